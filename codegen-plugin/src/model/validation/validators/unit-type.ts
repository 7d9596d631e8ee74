// UnitType: smithy.api#Unit may only be an operation's input/output or the target of a
// union, enum or intEnum member.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const UNIT = "smithy.api#Unit";
const UNIT_MEMBER_CONTAINERS = new Set(["union", "enum", "intEnum"]);

export const unitTypeValidator: Validator = {
  id: "UnitType",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const rel of ctx.reverseRelationships(UNIT)) {
      switch (rel.kind) {
        case "INPUT":
        case "OUTPUT":
          break;
        case "MEMBER_TARGET": {
          const shape = rel.shape;
          const container = shape.type === "member" ? ctx.model.getTopLevel(shape.container) : undefined;
          if (container && !UNIT_MEMBER_CONTAINERS.has(container.type)) {
            yield shapeEvent("UnitType", "ERROR", shape, "Only members of a union, enum, or intEnum can reference smithy.api#Unit");
          }
          break;
        }
        default:
          yield shapeEvent("UnitType", "ERROR", rel.shape, `This shape has an invalid ${rel.kind} reference to smithy.api#Unit`);
      }
    }
  },
};
