// UnstableTrait: applying a trait whose definition is @unstable warns.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const unstableTraitValidator: Validator = {
  id: "UnstableTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const definition of ctx.shapesWithTrait("smithy.api#unstable")) {
      for (const shape of ctx.shapesWithTrait(definition.id)) {
        yield shapeEvent(
          `UnstableTrait.${definition.id}`,
          "WARNING",
          shape,
          `This shape applies a trait that is unstable: ${definition.id}`,
        );
      }
    }
  },
};
