// Builders for the events the loader itself reports. Their ids are Smithy's: "Model" for
// everything that makes a model unloadable, plus a few sub-ids (Model.UnresolvedTrait, ...).
import type { Severity, ValidationEvent } from "../events.js";
import type { SourceLocation } from "../source-location.js";

export const MODEL_EVENT_ID = "Model";

export function loaderEvent(
  severity: Severity,
  message: string,
  source: SourceLocation | undefined,
  shapeId?: string,
  id: string = MODEL_EVENT_ID,
): ValidationEvent {
  return {
    id,
    severity,
    message,
    ...(shapeId !== undefined ? { shapeId } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

export function loaderError(message: string, source: SourceLocation | undefined, shapeId?: string): ValidationEvent {
  return loaderEvent("ERROR", message, source, shapeId);
}

export const BAD_DOC_COMMENT_ID = "Model.BadDocumentationComment";

export function badDocCommentEvent(source: SourceLocation, comments: string | undefined): ValidationEvent {
  let message =
    "Found documentation comments ('///') attached to nothing. Documentation comments must appear on their own " +
    "lines, directly before shapes and members, and before any traits.";
  if (comments !== undefined) message += ` The invalid comments were: ${comments}`;
  return loaderEvent("WARNING", message, source, undefined, BAD_DOC_COMMENT_ID);
}

/**
 * "Expected an object with possible properties of `a`, `b`, but found additional properties: `c`"
 * (both lists sorted), reported as a warning: unknown keys are ignored.
 */
export function additionalPropertiesEvent(
  allowed: readonly string[],
  found: readonly string[],
  source: SourceLocation | undefined,
  shapeId?: string,
): ValidationEvent {
  const ticked = (xs: readonly string[]): string => [...xs].sort().map((x) => `\`${x}\``).join(", ");
  return loaderEvent(
    "WARNING",
    `Expected an object with possible properties of ${ticked(allowed)}, but found additional properties: ${ticked(found)}`,
    source,
    shapeId,
  );
}
