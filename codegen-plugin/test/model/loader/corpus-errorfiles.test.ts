// errorfiles/loader: loading (and validating) X.smithy or X.json must produce exactly the events
// listed in X.errors, matched the way Smithy's own test runner matches them: same severity,
// an event id equal to or nested under the expected one, the same shape ("-" for none), and
// a message (plus any suppression reason) that starts with the expected text. SUPPRESSED events
// and deprecation events (ModelDeprecation, DeprecatedTrait, DeprecatedShape) need not be listed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { eventIdContains, formatEvent, type ValidationEvent } from "../../../src/model/events.js";
import { listFiles, loadFiles } from "./corpus-support.js";

const corpus = corpusOrSkip("errorfiles/loader corpus tests");

/**
 * Cases known not to produce exactly the expected events, with the reason. They run expecting
 * failure, so a fix is noticed (then remove the entry). Empty: every case passes.
 */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

interface ExpectedEvent {
  readonly severity: string;
  readonly shape: string;
  readonly message: string;
  readonly id: string;
}

/** Parses "[SEVERITY] shape: message | EventId" lines. */
function parseErrorsFile(text: string): ExpectedEvent[] {
  const out: ExpectedEvent[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\[(\w+)\] (\S+): (.*)$/.exec(line.trim());
    if (!m) continue;
    const rest = m[3]!;
    const bar = rest.lastIndexOf(" | ");
    out.push({
      severity: m[1]!,
      shape: m[2]!,
      message: bar >= 0 ? rest.slice(0, bar) : rest,
      id: bar >= 0 ? rest.slice(bar + 3).trim() : "",
    });
  }
  return out;
}

function matches(actual: ValidationEvent, expected: ExpectedEvent): boolean {
  const reason = actual.suppressionReason !== undefined ? ` (${actual.suppressionReason})` : "";
  const message = (actual.message + reason).replace(/\r?\n/g, "\\n");
  return (
    actual.severity === expected.severity &&
    eventIdContains(actual.id, expected.id) &&
    (actual.shapeId ?? "-") === expected.shape &&
    message.startsWith(expected.message)
  );
}

function isDeprecation(e: ValidationEvent): boolean {
  return ["ModelDeprecation", "DeprecatedTrait", "DeprecatedShape"].some((id) => eventIdContains(e.id, id));
}

function check(modelPath: string, errorsPath: string): void {
  const expected = parseErrorsFile(readFileSync(errorsPath, "utf8"));
  const actual = loadFiles([modelPath]).events;
  const missing = expected.filter((e) => !actual.some((a) => matches(a, e)));
  const unexpected = actual.filter((a) => a.severity !== "SUPPRESSED" && !isDeprecation(a) && !expected.some((e) => matches(a, e)));
  expect({
    missing: missing.map((e) => `[${e.severity}] ${e.shape}: ${e.message} | ${e.id}`),
    unexpected: unexpected.map(formatEvent),
  }).toEqual({ missing: [], unexpected: [] });
}

describe.skipIf(!corpus)("errorfiles/loader", () => {
  const dir = join(corpus ?? "", "errorfiles/loader");
  const models = corpus ? listFiles(dir, [".smithy", ".json"]) : [];
  for (const modelPath of models) {
    const base = modelPath.replace(/\.(smithy|json)$/, "");
    const errorsPath = `${base}.errors`;
    if (!existsSync(errorsPath)) continue;
    const name = base.slice(dir.length + 1);
    const known = KNOWN_FAILURES[name];
    if (known) test.fails(`${name} (known failure: ${known})`, () => check(modelPath, errorsPath));
    else test(name, () => check(modelPath, errorsPath));
  }
});
