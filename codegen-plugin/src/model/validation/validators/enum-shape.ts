// EnumShape: enum members need unique, non-empty string values; intEnum members unique
// integer values; member names should be UPPER_SNAKE_CASE (a warning).
import type { ValidationEvent } from "../../events.js";
import type { MemberShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { printNode } from "../node-validator.js";
import type { Validator } from "../validator.js";

const ID = "EnumShape";
const ENUM_VALUE = "smithy.api#enumValue";
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;

export const enumShapeValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.model.shapesOfType("enum")) {
      const values = new Set<string>();
      for (const member of shape.members.values()) {
        const value = member.traits.get(ENUM_VALUE);
        if (typeof value !== "string") {
          if (value !== undefined) {
            yield shapeEvent(ID, "ERROR", member, `enum members can only be assigned string values, but found: ${printNode(value)}`);
          }
        } else {
          if (values.has(value)) {
            yield shapeEvent(ID, "ERROR", member, `Multiple enum members found with duplicate value \`${value}\``);
          }
          values.add(value);
          if (value === "") yield shapeEvent(ID, "ERROR", member, "enum values may not be empty.");
        }
        yield* checkName(member);
      }
    }
    for (const shape of ctx.model.shapesOfType("intEnum")) {
      const values = new Set<number>();
      for (const member of shape.members.values()) {
        const value = member.traits.get(ENUM_VALUE);
        if (value === undefined) {
          yield shapeEvent(ID, "ERROR", member, "intEnum members must be assigned an integer value");
          continue;
        }
        if (typeof value !== "number") {
          yield shapeEvent(ID, "ERROR", member, `intEnum members require integer values, but found: ${printNode(value)}`);
          continue;
        }
        if (!Number.isInteger(value)) {
          yield shapeEvent(ID, "ERROR", member, `intEnum members do not support floating point values: ${value}`);
          continue;
        }
        if (value > 2147483647 || value < -2147483648) {
          yield shapeEvent(ID, "ERROR", member, `intEnum members must fit within an integer, but found: ${value}`);
          continue;
        }
        if (values.has(value)) {
          yield shapeEvent(ID, "ERROR", member, `Multiple intEnum members found with duplicate value \`${value}\``);
        }
        values.add(value);
        yield* checkName(member);
      }
    }
  },
};

function* checkName(member: MemberShape): Iterable<ValidationEvent> {
  if (!RECOMMENDED_NAME.test(member.memberName)) {
    yield shapeEvent(
      ID,
      "WARNING",
      member,
      `The name \`${member.memberName}\` does not match the recommended enum name format of beginning with an ` +
        "uppercase letter, followed by any number of uppercase letters, numbers, or underscores.",
    );
  }
}
