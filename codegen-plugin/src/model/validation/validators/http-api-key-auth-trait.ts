// HttpApiKeyAuthTrait: a `scheme` only makes sense when the key is sent in a header.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const httpApiKeyAuthTraitValidator: Validator = {
  id: "HttpApiKeyAuthTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const service of ctx.shapesWithTrait("smithy.api#httpApiKeyAuth")) {
      const trait = service.traits.get("smithy.api#httpApiKeyAuth");
      if (!isNodeObject(trait) || trait["scheme"] === undefined || trait["in"] === "header") continue;
      yield shapeEvent(
        "HttpApiKeyAuthTrait",
        "ERROR",
        service,
        `The httpApiKeyAuth trait must have an \`in\` value of \`header\` when a \`scheme\` is provided, found: ${String(trait["in"])}`,
      );
    }
  },
};
