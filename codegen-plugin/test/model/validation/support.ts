// Helpers for validator unit tests: validate an inline IDL model and compare the events a
// validator reports (severity, shape, id, and the start of the message).
import { expect } from "vitest";
import { eventIdContains, type ValidationEvent } from "../../../src/model/events.js";
import { loadModel } from "../../../src/model/loader.js";
import { validateModel, type ValidationOptions } from "../../../src/model/validation/index.js";

/** Loads `idl` (namespace smithy.example is declared for it) and returns every event. */
export function validate(idl: string, options: ValidationOptions = {}): readonly ValidationEvent[] {
  return validateFiles([`$version: "2"\nnamespace smithy.example\n${idl}`], options);
}

/** Loads complete IDL files together and returns every event. */
export function validateFiles(files: readonly string[], options: ValidationOptions = {}): readonly ValidationEvent[] {
  const sources = files.map((text, i) => ({ filename: `test${i}.smithy`, text }));
  const loaded = loadModel(sources, { validate: false });
  const loadErrors = loaded.events.filter((e) => e.severity === "ERROR");
  if (loadErrors.length > 0) throw new Error(`test model does not load: ${loadErrors.map((e) => e.message).join("; ")}`);
  return [...loaded.events, ...validateModel(loaded.model, options)];
}

/** "SEVERITY shape id: message" for the events whose id is (or nests under) one of `ids`. */
export function eventsFor(events: readonly ValidationEvent[], ...ids: string[]): string[] {
  return events
    .filter((e) => ids.some((id) => eventIdContains(e.id, id)))
    .map((e) => `${e.severity} ${e.shapeId ?? "-"} ${e.id}: ${e.message}`)
    .sort();
}

/**
 * Asserts that the events with the given ids are exactly `expected`, each written as
 * "SEVERITY shape id: message start" (the message may be abbreviated).
 */
export function expectEvents(events: readonly ValidationEvent[], ids: string | readonly string[], expected: readonly string[]): void {
  const remaining = eventsFor(events, ...(typeof ids === "string" ? [ids] : ids));
  const missing: string[] = [];
  for (const e of expected) {
    const i = remaining.findIndex((a) => a.startsWith(e));
    if (i < 0) missing.push(e);
    else remaining.splice(i, 1);
  }
  expect({ missing, unexpected: remaining }).toEqual({ missing: [], unexpected: [] });
}
