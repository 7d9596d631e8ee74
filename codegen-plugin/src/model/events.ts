// Validation events, printed the way the Smithy CLI prints them:
//   [ERROR] ns.foo#Shape$member: message | EventId file.smithy:3:5
import { formatLocation, type SourceLocation } from "./source-location.js";

export type Severity = "SUPPRESSED" | "NOTE" | "WARNING" | "DANGER" | "ERROR";

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {
  SUPPRESSED: 0,
  NOTE: 1,
  WARNING: 2,
  DANGER: 3,
  ERROR: 4,
};

export interface ValidationEvent {
  /** Event id, possibly hierarchical with dots ("TraitValue.UnknownMember.smithy.api#sensitive.test"). */
  readonly id: string;
  readonly severity: Severity;
  readonly message: string;
  /** Shape the event is about, when there is one. */
  readonly shapeId?: string;
  readonly source?: SourceLocation;
  /** Set when a suppression turned the event into SUPPRESSED (or the severity was lowered). */
  readonly suppressionReason?: string;
}

export function formatEvent(e: ValidationEvent): string {
  const where = e.source ? formatLocation(e.source) : "";
  const reason = e.suppressionReason !== undefined ? ` (${e.suppressionReason})` : "";
  return `[${e.severity}] ${e.shapeId ?? "-"}: ${e.message}${reason} | ${e.id}${where ? ` ${where}` : ""}`;
}

/** True when the event blocks a build (ERROR or DANGER). */
export function isBlocking(e: ValidationEvent): boolean {
  return e.severity === "ERROR" || e.severity === "DANGER";
}

/**
 * Hierarchical id match used by suppressions and test expectations: "A.B" contains "A" and
 * "A.B", not "A.Bc".
 */
export function eventIdContains(actual: string, expected: string): boolean {
  return actual === expected || (actual.startsWith(expected) && actual.charAt(expected.length) === ".");
}

/** Events in a stable order: by file, line, column, then id and message. */
export function sortEvents(events: readonly ValidationEvent[]): ValidationEvent[] {
  return [...events].sort((a, b) => {
    const fa = a.source?.filename ?? "";
    const fb = b.source?.filename ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.source?.line ?? 0;
    const lb = b.source?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.source?.column ?? 0;
    const cb = b.source?.column ?? 0;
    if (ca !== cb) return ca - cb;
    if (a.id !== b.id) return a.id < b.id ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}
