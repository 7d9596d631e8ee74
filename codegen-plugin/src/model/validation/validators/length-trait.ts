// LengthTrait: bounds must be non-negative and `min` must not exceed `max`.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "LengthTrait";

export const lengthTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#length")) {
      const trait = shape.traits.get("smithy.api#length");
      if (!isNodeObject(trait)) continue;
      const min = typeof trait["min"] === "number" ? trait["min"] : undefined;
      const max = typeof trait["max"] === "number" ? trait["max"] : undefined;
      if (min !== undefined && min < 0) yield shapeEvent(ID, "ERROR", shape, "A length trait is applied with a negative `min` value.");
      if (max !== undefined && max < 0) yield shapeEvent(ID, "ERROR", shape, "A length trait is applied with a negative `max` value.");
      if (min !== undefined && max !== undefined && min > max) {
        yield shapeEvent(ID, "ERROR", shape, "A length trait is applied with a `min` value greater than its `max` value.");
      }
    }
  },
};
