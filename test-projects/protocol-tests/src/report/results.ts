// Outcomes of one suite's cases, written by the test file that ran them and merged into
// conformance-report.json by global teardown. An outcome is the case's own result: a known
// failure that fails is recorded as failed (its test passes), one that passes as passed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RESULTS_DIR } from "../paths.js";
import type { CaseKind, Side } from "../suites.js";

export interface SuiteResults {
  readonly protocol: string;
  readonly side: Side;
  readonly kind: CaseKind;
  /** Number of cases in the suite (from the manifest). */
  readonly total: number;
  /** Case id -> whether it passed; cases that did not run (filtered out) are absent. */
  readonly outcomes: Readonly<Record<string, boolean>>;
  /** Ids of the suite's cases on the known-failures list. */
  readonly known: readonly string[];
}

export class SuiteRecorder {
  readonly #outcomes: Record<string, boolean> = {};

  constructor(
    readonly protocol: string,
    readonly side: Side,
    readonly kind: CaseKind,
    readonly total: number,
    readonly known: readonly string[],
  ) {}

  record(id: string, passed: boolean): void {
    this.#outcomes[id] = passed;
  }

  /** Writes this suite's results for global teardown. */
  flush(): void {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const results: SuiteResults = { protocol: this.protocol, side: this.side, kind: this.kind, total: this.total, outcomes: this.#outcomes, known: this.known };
    const name = `${this.side}-${this.protocol.replace(/[^A-Za-z0-9_]/g, "_")}-${this.kind}.json`;
    writeFileSync(join(RESULTS_DIR, name), `${JSON.stringify(results, null, 2)}\n`);
  }
}

export function readAllResults(): SuiteResults[] {
  let names: string[];
  try {
    names = readdirSync(RESULTS_DIR).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return names.map((n) => JSON.parse(readFileSync(join(RESULTS_DIR, n), "utf8")) as SuiteResults);
}
