// MetadataTrait: a metadata key may be typed by only one @metadata shape, and Smithy's own
// keys (suppressions, severityOverrides, validators) cannot be typed by models.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { AnyShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "MetadataTrait";
const RESERVED = new Set(["severityOverrides", "suppressions", "validators"]);

/** @metadata shapes grouped by the metadata key they type, in model order. */
export function metadataTypes(ctx: ValidationContext): Map<string, AnyShape[]> {
  return ctx.memo("metadataTypes", () => {
    const byKey = new Map<string, AnyShape[]>();
    for (const shape of ctx.shapesWithTrait("smithy.api#metadata")) {
      const trait = shape.traits.get("smithy.api#metadata");
      const key = isNodeObject(trait) ? trait["key"] : undefined;
      if (typeof key !== "string") continue;
      const list = byKey.get(key);
      if (list) list.push(shape);
      else byKey.set(key, [shape]);
    }
    return byKey;
  });
}

export const metadataTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const [key, shapes] of metadataTypes(ctx)) {
      if (RESERVED.has(key)) {
        for (const shape of shapes) {
          yield shapeEvent(ID, "ERROR", shape, `The metadata key \`${key}\` has been reserved by Smithy and may not be defined elsewhere.`);
        }
      } else if (shapes.length > 1) {
        const ids = shapes.map((s) => s.id);
        for (const shape of shapes) {
          const others = [...new Set(ids.filter((id) => id !== shape.id))].sort();
          yield shapeEvent(
            ID,
            "ERROR",
            shape,
            `A type has already been defined for the metadata key \`${key}\`. Conflicts with: [${others.join(", ")}]`,
          );
        }
      }
    }
  },
};
