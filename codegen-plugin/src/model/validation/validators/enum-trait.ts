// EnumTrait (the legacy @enum trait): values and names must be unique, names should be
// UPPER_SNAKE_CASE, and either every definition has a name or none does (then a warning).
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject, type NodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "EnumTrait";
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;

export const enumTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#enum")) {
      const trait = shape.traits.get("smithy.api#enum");
      if (!isNodeArray(trait)) continue;
      const definitions = trait.filter((d): d is NodeObject => isNodeObject(d));
      const values = new Set<string>();
      for (const def of definitions) {
        const value = def["value"];
        if (typeof value !== "string") continue;
        if (values.has(value)) {
          yield shapeEvent(ID, "ERROR", shape, `Duplicate enum trait values found with the same \`value\` property of '${value}'`);
        }
        values.add(value);
      }
      const names = new Set<string>();
      for (const def of definitions) {
        const name = def["name"];
        if (typeof name !== "string") continue;
        if (names.has(name)) {
          yield shapeEvent(ID, "ERROR", shape, `Duplicate enum trait values found with the same \`name\` property of '${name}'`);
        }
        names.add(name);
        if (!RECOMMENDED_NAME.test(name)) {
          yield shapeEvent(
            `${ID}.${name}`,
            "WARNING",
            shape,
            `The name \`${name}\` does not match the recommended enum name format of beginning with an uppercase ` +
              "letter, followed by any number of uppercase letters, numbers, or underscores.",
          );
        }
      }
      if (names.size > 0) {
        for (const def of definitions) {
          if (typeof def["name"] === "string") continue;
          yield shapeEvent(
            ID,
            "ERROR",
            shape,
            `\`${String(def["value"])}\` enum value body is missing the \`name\` property; if any enum trait value ` +
              "contains a `name` property, then all values must contain the `name` property.",
          );
        }
      } else {
        yield shapeEvent(
          "EnumNamesPresent",
          "WARNING",
          shape,
          "Enums should define the `name` property to allow rich types to be generated in code generators.",
        );
      }
    }
  },
};
