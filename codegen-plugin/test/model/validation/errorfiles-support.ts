// Smithy's errorfiles convention: loading (and validating) X.smithy or X.json must produce
// exactly the events listed in X.errors. Matching follows Smithy's own test runner: an actual
// event matches an expected one when the severities are equal, the actual id equals or nests
// under the expected id, the shape ids are equal ("-" for none), and the actual message (plus
// " (reason)" when suppressed, newlines escaped) starts with the expected message. SUPPRESSED
// events and deprecation events need not be listed.
import { readFileSync } from "node:fs";
import { eventIdContains, formatEvent, type ValidationEvent } from "../../../src/model/events.js";
import { loadModel } from "../../../src/model/loader.js";
import { validateModel } from "../../../src/model/validation/index.js";

export interface ExpectedEvent {
  readonly severity: string;
  readonly shape: string;
  readonly message: string;
  readonly id: string;
}

const EVENT_LINE = /^\[(SUPPRESSED|NOTE|WARNING|DANGER|ERROR)\] (\S+): ?(.*) \| ([^)]+)$/;

/** Parses the "[SEVERITY] shape: message | EventId" lines of an .errors file. */
export function parseErrorsFile(text: string): ExpectedEvent[] {
  const out: ExpectedEvent[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const m = EVENT_LINE.exec(line.trimEnd());
    if (!m) throw new Error(`not an expected-event line: ${line}`);
    out.push({ severity: m[1]!, shape: m[2]!, message: m[3]!, id: m[4]!.trim() });
  }
  return out;
}

function escapeNewlines(text: string): string {
  return text.replace(/\n/g, "\\n").replace(/\r/g, "\\n");
}

export function eventMatches(actual: ValidationEvent, expected: ExpectedEvent): boolean {
  const reason = actual.suppressionReason !== undefined ? ` (${actual.suppressionReason})` : "";
  return (
    actual.severity === expected.severity &&
    eventIdContains(actual.id, expected.id) &&
    (actual.shapeId ?? "-") === expected.shape &&
    escapeNewlines(actual.message + reason).startsWith(escapeNewlines(expected.message))
  );
}

function isDeprecation(e: ValidationEvent): boolean {
  return ["ModelDeprecation", "DeprecatedTrait", "DeprecatedShape"].some((id) => eventIdContains(e.id, id));
}

export interface ErrorfileOutcome {
  readonly missing: string[];
  readonly unexpected: string[];
}

/** Event ids of Smithy's critical validators: their ERRORs normally stop validation. */
const CRITICAL_IDS = new Set([
  "Target", "ResourceCycle", "EnumShape", "ExclusiveStructureMemberTrait", "TraitTarget", "TraitValue", "TraitConflict",
  "DefaultTrait", "ShapeIdConflict", "SingleOperationBinding", "SingleResourceBinding",
]);

function isCritical(e: ExpectedEvent): boolean {
  const dot = e.id.indexOf(".");
  return CRITICAL_IDS.has(dot < 0 ? e.id : e.id.slice(0, dot)) || (e.id === "Model" && e.severity === "ERROR");
}

/**
 * Like Smithy's runner: a case expecting events from critical validators and from others
 * validates without stopping after critical errors (cases written before that rule existed).
 */
function loadAndValidate(modelPath: string, expected: readonly ExpectedEvent[]): readonly ValidationEvent[] {
  const source = { filename: modelPath, text: readFileSync(modelPath, "utf8") };
  const continueAfterCriticalErrors = expected.some(isCritical) && expected.some((e) => !isCritical(e));
  if (!continueAfterCriticalErrors) return loadModel([source]).events;
  const loaded = loadModel([source], { validate: false });
  if (loaded.events.some((e) => e.severity === "ERROR")) return loaded.events;
  return [...loaded.events, ...validateModel(loaded.model, { continueAfterCriticalErrors })];
}

/** Loads one errorfiles model and compares its events with the expected ones. */
export function runErrorfile(modelPath: string, errorsPath: string): ErrorfileOutcome {
  const expected = parseErrorsFile(readFileSync(errorsPath, "utf8"));
  const actual = loadAndValidate(modelPath, expected);
  const missing = expected.filter((e) => !actual.some((a) => eventMatches(a, e)));
  const unexpected = actual.filter(
    (a) => a.severity !== "SUPPRESSED" && !isDeprecation(a) && !expected.some((e) => eventMatches(a, e)),
  );
  return {
    missing: missing.map((e) => `[${e.severity}] ${e.shape}: ${e.message} | ${e.id}`),
    unexpected: unexpected.map(formatEvent),
  };
}
