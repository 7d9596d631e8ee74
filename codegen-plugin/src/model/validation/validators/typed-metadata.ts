// TypedMetadata: a metadata value whose key is typed by exactly one @metadata shape must be
// valid for that shape.
import type { ValidationEvent } from "../../events.js";
import { NO_SOURCE } from "../../source-location.js";
import type { ValidationContext } from "../context.js";
import { validateNodeValue } from "../node-validator.js";
import type { Validator } from "../validator.js";
import { metadataTypes } from "./metadata-trait.js";

export const typedMetadataValidator: Validator = {
  id: "TypedMetadata",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const [key, shapes] of metadataTypes(ctx)) {
      const value = ctx.model.metadata.get(key);
      if (value === undefined || shapes.length !== 1) continue;
      yield* validateNodeValue(ctx, shapes[0]!, value, {
        eventId: `TypedMetadata.${key}`,
        context: `metadata.${key}`,
        source: NO_SOURCE,
        requireBase64Blobs: true,
        rangeZeroValueWarning: true,
      });
    }
  },
};
