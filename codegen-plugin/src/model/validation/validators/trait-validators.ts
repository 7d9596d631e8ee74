// TraitValidators: @traitValidators keys must be valid event ids; each applied trait with
// validators reports every shape its selectors find from the shape the trait is applied to.
import type { Severity, ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import { isNamespace } from "../../shape-id.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "TraitValidators";
const TRAIT_VALIDATORS = "smithy.api#traitValidators";
const SEVERITIES = new Set<Severity>(["NOTE", "WARNING", "DANGER", "ERROR"]);

export const traitValidatorsValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const traitShape of ctx.shapesWithTrait(TRAIT_VALIDATORS)) {
      const validators = traitShape.traits.get(TRAIT_VALIDATORS);
      if (!isNodeObject(validators)) continue;
      const invalid = Object.keys(validators).filter((key) => !isNamespace(key));
      for (const key of invalid) {
        yield shapeEvent(ID, "ERROR", traitShape, `\`${TRAIT_VALIDATORS}\` key is not a valid event ID: \`${key}\``);
      }
      if (invalid.length > 0) continue;
      for (const applied of ctx.shapesWithTrait(traitShape.id)) {
        for (const [eventId, definition] of Object.entries(validators)) {
          if (!isNodeObject(definition) || typeof definition["selector"] !== "string") continue;
          // Starting the selector from the one shape the trait is applied to.
          const selector = ctx.selector(`[id='${applied.id}'] ${definition["selector"]}`);
          if (!selector) continue;
          const severity = typeof definition["severity"] === "string" && SEVERITIES.has(definition["severity"] as Severity)
            ? (definition["severity"] as Severity)
            : "ERROR";
          const suffix = typeof definition["message"] === "string" ? `: ${definition["message"]}` : "";
          for (const shape of selector.select(ctx.model)) {
            yield shapeEvent(
              eventId,
              severity,
              shape,
              `Found an incompatible shape when validating the constraints of the \`${traitShape.id}\` trait attached to \`${applied.id}\`${suffix}`,
            );
          }
        }
      }
    }
  },
};
