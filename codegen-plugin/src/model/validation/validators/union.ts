// Union: tagged unions need members; a union member targeting a shape with a default is
// noted (defaults do not apply in unions); @box on a union member has no effect.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { printNode } from "../node-validator.js";
import type { Validator } from "../validator.js";

export const unionValidator: Validator = {
  id: "Union",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const union of ctx.model.shapesOfType("union")) {
      if (union.members.size === 0) {
        yield shapeEvent("Union", "ERROR", union, "Tagged unions must have one or more members");
        continue;
      }
      for (const member of union.members.values()) {
        const target = ctx.model.getTopLevel(member.target);
        const defaultValue = target?.traits.get("smithy.api#default");
        if (target && defaultValue !== undefined) {
          yield shapeEvent(
            "Union",
            "NOTE",
            member,
            `This union member targets \`${target.id}\`, a shape with a default value of \`${printNode(defaultValue)}\`. ` +
              "Note that default values are only applicable to structures and ignored in tagged unions. It is a best " +
              "practice for union members to target shapes with no default value (for example, instead of targeting " +
              "PrimitiveInteger, target Integer).",
          );
        }
        if (member.traits.has("smithy.api#box")) {
          yield shapeEvent(
            "Union",
            "WARNING",
            member,
            "Invalid box trait found on a union member. The box trait on union members has no effect because union " +
              "members are implicitly nullable.",
          );
        }
      }
    }
  },
};
