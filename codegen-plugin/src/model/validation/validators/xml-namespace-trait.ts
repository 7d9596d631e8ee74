// XmlNamespaceTrait: the namespace `uri` must be a syntactically valid URI.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { describeShape, shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

/** RFC 3986 URI reference: optional scheme, then characters allowed in URIs. */
const URI = /^(?:[A-Za-z][A-Za-z0-9+.-]*:(?!:))?[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;

export const xmlNamespaceTraitValidator: Validator = {
  id: "XmlNamespaceTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#xmlNamespace")) {
      const trait = shape.traits.get("smithy.api#xmlNamespace");
      const uri = isNodeObject(trait) ? trait["uri"] : undefined;
      if (typeof uri !== "string" || isUri(uri)) continue;
      yield shapeEvent(
        "XmlNamespaceTrait",
        "ERROR",
        shape,
        `An \`xmlNamespace\` trait is applied to the ${describeShape(shape)} shape with an invalid uri: ${uri}`,
      );
    }
  },
};

function isUri(text: string): boolean {
  // A leading ":" means an empty scheme, which is not a URI.
  return !text.startsWith(":") && URI.test(text);
}
