// HttpBindingsMissing: if a service's protocol requires @http (or some of its operations
// have it), every operation of the service needs it.
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { serviceProtocols } from "../indexes/http.js";
import type { Validator } from "../validator.js";

const HTTP = "smithy.api#http";

export const httpBindingsMissingValidator: Validator = {
  id: "HttpBindingsMissing",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    if (ctx.shapesWithTrait(HTTP).length === 0) return;
    for (const service of ctx.model.shapesOfType("service")) {
      const operations = ctx.topDown.contained(service.id).operations;
      const protocol = serviceProtocols(ctx, service).find((p) => {
        const def = p.traits.get("smithy.api#protocolDefinition");
        const traits = isNodeObject(def) ? def["traits"] : undefined;
        return isNodeArray(traits) && traits.includes(HTTP);
      });
      let severity: "ERROR" | "WARNING";
      let reason: string;
      if (protocol) {
        severity = "ERROR";
        reason = `The \`${protocol.id}\` protocol requires all`;
      } else if (operations.some((op) => op.traits.has(HTTP))) {
        severity = "WARNING";
        reason = "One or more";
      } else {
        continue;
      }
      for (const op of operations) {
        if (op.traits.has(HTTP)) continue;
        yield shapeEvent(
          "HttpBindingsMissing",
          severity,
          op,
          `${reason} operations in the \`${service.id}\` service define the \`http\` trait, but this operation is missing the \`http\` trait.`,
        );
      }
    }
  },
};
