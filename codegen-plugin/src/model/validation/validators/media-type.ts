// MediaType: @mediaType values must be media types (type/subtype with optional parameters).
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:[ \\t]*;[ \\t]*${TOKEN}=(?:${TOKEN}|${QUOTED}))*$`);

export const mediaTypeValidator: Validator = {
  id: "MediaType",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#mediaType")) {
      const value = shape.traits.get("smithy.api#mediaType");
      if (typeof value !== "string" || MEDIA_TYPE.test(value)) continue;
      yield shapeEvent("MediaType", "ERROR", shape, `Invalid mediaType value, "${value}": ${mediaTypeProblem(value)}`);
    }
  },
};

function mediaTypeProblem(value: string): string {
  const slash = value.indexOf("/");
  if (slash < 0) return "Expected a media type of the form type/subtype";
  if (!new RegExp(`^${TOKEN}/${TOKEN}`).test(value)) return "Expected a valid subtype after '/'";
  return "Expected media type parameters of the form `; name=value`";
}
