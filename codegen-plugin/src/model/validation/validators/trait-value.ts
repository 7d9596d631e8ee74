// TraitValue: every trait value must match the shape that defines the trait (types, required
// members, constraint traits, enum values, @idRef, ...). Prelude shapes are not checked.
import type { ValidationEvent } from "../../events.js";
import { isPreludeId } from "../../shape-id.js";
import type { ValidationContext } from "../context.js";
import { traitName } from "../event-builder.js";
import { validateNodeValue } from "../node-validator.js";
import type { Validator } from "../validator.js";

export const traitValueValidator: Validator = {
  id: "TraitValue",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.model.allShapes()) {
      if (isPreludeId(shape.id)) continue;
      for (const [traitId, value] of shape.traits) {
        const traitShape = ctx.model.getTopLevel(traitId);
        if (!traitShape) continue;
        yield* validateNodeValue(ctx, traitShape, value, {
          eventId: "TraitValue",
          shapeId: shape.id,
          context: `Error validating trait \`${traitName(traitId)}\``,
          source: shape.source,
        });
      }
    }
  },
};
