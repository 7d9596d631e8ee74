// PrivateAccess: shapes marked @private may only be referenced from their own namespace
// (an ERROR), and private traits only applied there (a WARNING).
import type { ValidationEvent } from "../../events.js";
import { namespaceOf } from "../../shape-id.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "PrivateAccess";

export const privateAccessValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const privateIds = new Set(ctx.shapesWithTrait("smithy.api#private").map((s) => s.id));
    if (privateIds.size === 0) return;
    for (const privateId of privateIds) {
      const namespace = namespaceOf(privateId);
      for (const rel of ctx.reverseRelationships(privateId)) {
        if (namespaceOf(rel.shape.id) === namespace) continue;
        yield shapeEvent(ID, "ERROR", rel.shape, message(rel.kind.toLowerCase(), privateId));
      }
      for (const shape of ctx.shapesWithTrait(privateId)) {
        if (namespaceOf(shape.id) !== namespace) yield shapeEvent(ID, "WARNING", shape, message("trait", privateId));
      }
    }
  },
};

function message(kind: string, privateId: string): string {
  return `This shape has an invalid ${kind} relationship that targets a private shape, \`${privateId}\`, in another namespace.`;
}

