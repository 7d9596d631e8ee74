// NoInlineDocumentSupport: a service using a protocol that declares
// `noInlineDocumentSupport` must not have document shapes in its closure.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import { formatLocation } from "../../source-location.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const noInlineDocumentSupportValidator: Validator = {
  id: "NoInlineDocumentSupport",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const documents = [...ctx.model.shapesOfType("document")];
    if (documents.length === 0) return;
    const protocols = ctx
      .shapesWithTrait("smithy.api#protocolDefinition")
      .filter((p) => {
        const def = p.traits.get("smithy.api#protocolDefinition");
        return isNodeObject(def) && def["noInlineDocumentSupport"] === true;
      })
      .map((p) => p.id);
    if (protocols.length === 0) return;
    for (const service of ctx.model.shapesOfType("service")) {
      const used = protocols.filter((p) => service.traits.has(p));
      if (used.length === 0) continue;
      const closure = ctx.serviceClosure(service.id);
      const found = documents.filter((d) => closure.has(d.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
      if (found.length === 0) continue;
      const list = found.map((d) => `${d.id} @ ${formatLocation(d.source)}`).join(", ");
      for (const protocol of used) {
        yield shapeEvent(
          "NoInlineDocumentSupport",
          "ERROR",
          service,
          `This service uses the \`${protocol}\` protocol which does not support inline document types, but the ` +
            `following document types were found in the closure of the service: [${list}]`,
        );
      }
    }
  },
};
