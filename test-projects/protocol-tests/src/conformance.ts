// Declares one suite's tests: one vitest test per case, known failures as `test.fails`, and
// every case's own outcome recorded for the conformance report. Each side's test files call
// this with their runner; the runner throws (an assertion error) when a case fails.
import { afterAll, describe, test } from "vitest";
import { knownFailureOf, readKnownFailures } from "./known-failures.js";
import { readManifest, suiteOf, type Manifest, type ManifestCase } from "./manifest.js";
import { SuiteRecorder } from "./report/results.js";
import type { CaseKind, Side } from "./suites.js";

export type CaseRunner = (c: ManifestCase, manifest: Manifest) => Promise<void>;

/**
 * The suites of one protocol and side, one describe block per kind. Without a manifest (no
 * corpus) the blocks are skipped; global setup has already said why.
 */
export function conformanceSuites(protocol: string, side: Side, runners: Partial<Record<CaseKind, CaseRunner>>): void {
  const manifest = readManifest();
  const known = readKnownFailures(side);
  for (const [kind, run] of Object.entries(runners) as [CaseKind, CaseRunner][]) {
    const suite = manifest === undefined ? undefined : suiteOf(manifest, protocol, side, kind);
    describe.skipIf(suite === undefined)(`${protocol} ${side} ${kind} tests`, () => {
      if (suite === undefined || manifest === undefined) return;
      const knownHere = suite.cases.filter((c) => knownFailureOf(known, kind, c.id) !== undefined).map((c) => c.id);
      const recorder = new SuiteRecorder(protocol, side, kind, suite.cases.length, knownHere);
      afterAll(() => recorder.flush());
      for (const c of suite.cases) {
        const body = async (): Promise<void> => {
          try {
            await run(c, manifest);
          } catch (e) {
            recorder.record(c.id, false);
            throw e;
          }
          recorder.record(c.id, true);
        };
        const failure = knownFailureOf(known, kind, c.id);
        if (failure === undefined) test(c.id, body);
        else test.fails(`${c.id} [known failure: ${failure.reason}]`, body);
      }
    });
  }
}
