// TraitTarget: a trait may only be applied to shapes matching its definition's selector, and
// a trait shape marked @mixin cannot be applied at all.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, traitName } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "TraitTarget";

export const traitTargetValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const traitId of ctx.appliedTraits()) {
      const traitShape = ctx.model.getTopLevel(traitId);
      if (!traitShape) continue;
      const applied = ctx.shapesWithTrait(traitId);
      if (traitShape.traits.has("smithy.api#mixin")) {
        for (const shape of applied) {
          yield shapeEvent(ID, "ERROR", shape, `Trait \`${traitName(traitId)}\` is a mixin and cannot be applied to \`${shape.id}\`.`);
        }
      }
      const definition = traitShape.traits.get("smithy.api#trait");
      if (!isNodeObject(definition)) continue;
      const text = typeof definition["selector"] === "string" ? definition["selector"] : "*";
      if (text === "*") continue;
      const selector = ctx.selector(text);
      if (!selector) continue;
      const printed = text.replace(/\n\s*/g, " ");
      for (const shape of applied) {
        if (selector.matches(ctx.model, shape)) continue;
        yield shapeEvent(
          ID,
          "ERROR",
          shape,
          `Trait \`${traitName(traitId)}\` cannot be applied to \`${shape.id}\`. This trait may only be applied to shapes ` +
            `that match the following selector: ${printed}`,
        );
      }
    }
  },
};
