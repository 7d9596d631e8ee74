// ServiceAuthDefinitions: a service with several auth schemes should order them with @auth.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { serviceAuthSchemes } from "../indexes/http.js";
import type { Validator } from "../validator.js";

export const serviceAuthDefinitionsValidator: Validator = {
  id: "ServiceAuthDefinitions",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const service of ctx.model.shapesOfType("service")) {
      if (service.traits.has("smithy.api#auth") || serviceAuthSchemes(ctx, service).length <= 1) continue;
      yield shapeEvent(
        "ServiceAuthDefinitions",
        "WARNING",
        service,
        "This service uses multiple authentication schemes but does not have the `@auth` trait applied. The `@auth` " +
          "trait defines a priority ordering of auth schemes for a client to use. Without it, the ordering of auth " +
          "schemes is alphabetical based on the absolute shape ID of the auth schemes.",
      );
    }
  },
};
