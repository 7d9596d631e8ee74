// Builds validation events the way every built-in validator reports them: the validator's
// id (optionally extended with dot-separated parts), the shape the event is about, and the
// shape's source location unless a more precise one is known.
import type { Severity, ValidationEvent } from "../events.js";
import type { AnyShape } from "../shape.js";
import type { SourceLocation } from "../source-location.js";

export function shapeEvent(
  id: string,
  severity: Severity,
  shape: AnyShape,
  message: string,
  source: SourceLocation = shape.source,
): ValidationEvent {
  return { id, severity, message, shapeId: shape.id, source };
}

/** An event that is about no shape in particular (printed with "-" as the shape). */
export function modelEvent(id: string, severity: Severity, message: string, source?: SourceLocation): ValidationEvent {
  return source === undefined ? { id, severity, message } : { id, severity, message, source };
}

/** "`a`, `b`, `c`" — how Smithy quotes lists of names in messages (sorted by their text). */
export function tickedList(values: Iterable<unknown>): string {
  return [...values].map(String).sort().map((v) => `\`${v}\``).join(", ");
}

/** The name Smithy uses for a trait in messages: bare for prelude traits, absolute otherwise. */
export function traitName(traitId: string): string {
  return traitId.startsWith("smithy.api#") ? traitId.slice("smithy.api#".length) : traitId;
}

/** "(structure: `ns#Foo`)" — how Smithy prints a shape inside a message. */
export function describeShape(shape: AnyShape): string {
  return `(${shape.type}: \`${shape.id}\`)`;
}
