// HttpUriFormat: @http URIs must be ASCII (non-ASCII characters must be percent-encoded).
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const httpUriFormatValidator: Validator = {
  id: "HttpUriFormat",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#http")) {
      const trait = shape.traits.get("smithy.api#http");
      const uri = isNodeObject(trait) ? trait["uri"] : undefined;
      if (typeof uri === "string" && /[^\x00-\x7f]/.test(uri)) {
        yield shapeEvent("HttpUriFormat", "ERROR", shape, `@http trait \`uri\` is invalid: ${uri}`);
      }
    }
  },
};
