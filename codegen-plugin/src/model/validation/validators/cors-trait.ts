// CorsTrait: `origin` and `origins` are mutually exclusive.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const corsTraitValidator: Validator = {
  id: "CorsTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const service of ctx.shapesWithTrait("smithy.api#cors")) {
      const trait = service.traits.get("smithy.api#cors");
      if (!isNodeObject(trait)) continue;
      const origins = trait["origins"];
      if (trait["origin"] !== undefined && isNodeObject(origins) && Object.keys(origins).length > 0) {
        yield shapeEvent("CorsTrait", "ERROR", service, "The `origin` and `origins` members of the `cors` trait are mutually exclusive.");
      }
    }
  },
};
