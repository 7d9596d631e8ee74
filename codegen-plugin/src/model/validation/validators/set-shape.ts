// Set shapes are deprecated (Smithy 2.0 uses lists with @uniqueItems): a ModelDeprecation warning.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const setShapeValidator: Validator = {
  id: "ModelDeprecation",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.model.shapesOfType("set")) {
      yield shapeEvent(
        "ModelDeprecation",
        "WARNING",
        shape,
        "Set shapes are deprecated and have been removed in Smithy IDL v2. Use a list shape with the @uniqueItems trait instead.",
      );
    }
  },
};
