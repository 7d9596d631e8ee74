// HttpResponseCodeSemantics: @http codes are 2xx (204/205 without a body); @httpError codes
// are 4xx for client errors and 5xx for server errors.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { hasBody, httpTrait, responseBindings } from "../indexes/http.js";
import type { Validator } from "../validator.js";

const ID = "HttpResponseCodeSemantics";

export const httpResponseCodeSemanticsValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const op of ctx.shapesWithTrait("smithy.api#http")) {
      if (op.type !== "operation") continue;
      const http = httpTrait(ctx, op);
      if (!http) continue;
      if (http.code < 200 || http.code >= 300) {
        yield shapeEvent(ID, "DANGER", op, `Expected an \`http\` code in the 2xx range, but found ${http.code}`);
      } else if ((http.code === 204 || http.code === 205) && hasBody(responseBindings(ctx, op))) {
        yield shapeEvent(
          ID,
          "WARNING",
          op,
          `The HTTP ${http.code} status code does not allow a response body. To use this status code, all output ` +
            "members need to be bound to @httpHeader, @httpPrefixHeaders, @httpResponseCode, etc.",
        );
      }
    }
    for (const shape of ctx.shapesWithTrait("smithy.api#error")) {
      const error = shape.traits.get("smithy.api#error");
      const code = shape.traits.get("smithy.api#httpError");
      if (shape.type !== "structure" || typeof code !== "number") continue;
      if (error === "client" && (code < 400 || code >= 500)) {
        yield shapeEvent(ID, "DANGER", shape, `Expected an \`httpError\` code in the 4xx range for a \`client\` error, but found ${code}`);
      } else if (error === "server" && (code < 500 || code >= 600)) {
        yield shapeEvent(ID, "DANGER", shape, `Expected an \`httpError\` code in the 5xx range for a \`server\` error, but found ${code}`);
      }
    }
  },
};
