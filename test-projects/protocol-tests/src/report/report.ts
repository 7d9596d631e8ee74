// conformance-report.json: per protocol, side and kind, the true number of cases and how many
// passed, failed unexpectedly, or failed as listed known failures.
//
// Global teardown writes it from the suites' results. A suite only updates its entry when all
// of its cases ran (a filtered run keeps the previous entry), so the file always holds whole
// totals; entries are ordered by suite, side and kind, so an unchanged outcome is an unchanged file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { REPORT_FILE } from "../paths.js";
import { KINDS_BY_SIDE, SUITES, type CaseKind, type Side } from "../suites.js";
import { readAllResults, type SuiteResults } from "./results.js";

export interface ReportSuite {
  readonly protocol: string;
  readonly side: Side;
  readonly kind: CaseKind;
  readonly total: number;
  readonly passed: number;
  /** Cases that failed and are not known failures. */
  readonly failed: number;
  /** Known failures that failed, sorted. */
  readonly knownFailures: readonly string[];
}

export interface ConformanceReport {
  readonly suites: readonly ReportSuite[];
}

/** A suite's report entry, or undefined when not every case ran. */
export function summarize(results: SuiteResults): ReportSuite | undefined {
  const ids = Object.keys(results.outcomes);
  if (ids.length < results.total) return undefined;
  const known = new Set(results.known);
  const failing = ids.filter((id) => !results.outcomes[id]).sort();
  return {
    protocol: results.protocol,
    side: results.side,
    kind: results.kind,
    total: results.total,
    passed: ids.length - failing.length,
    failed: failing.filter((id) => !known.has(id)).length,
    knownFailures: failing.filter((id) => known.has(id)),
  };
}

export function readReport(): ConformanceReport {
  if (!existsSync(REPORT_FILE)) return { suites: [] };
  const parsed = JSON.parse(readFileSync(REPORT_FILE, "utf8")) as Partial<ConformanceReport>;
  return { suites: Array.isArray(parsed.suites) ? parsed.suites : [] };
}

/** Merges this run's complete suites into the report file; returns the entries it wrote. */
export function writeConformanceReport(): ReportSuite[] {
  const fresh = readAllResults().flatMap((r) => summarize(r) ?? []);
  if (fresh.length === 0) return [];
  const key = (s: ReportSuite) => `${s.protocol} ${s.side} ${s.kind}`;
  const merged = new Map(readReport().suites.map((s) => [key(s), s]));
  for (const s of fresh) merged.set(key(s), s);
  const suites = [...merged.values()].sort((a, b) => rank(a) - rank(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  writeFileSync(REPORT_FILE, formatReport({ suites }));
  return fresh;
}

function rank(s: ReportSuite): number {
  const protocol = SUITES.findIndex((x) => x.protocol === s.protocol);
  const side = s.side === "client" ? 0 : 1;
  const kind = KINDS_BY_SIDE.server.indexOf(s.kind);
  return (protocol < 0 ? SUITES.length : protocol) * 100 + side * 10 + kind;
}

/** One suite per line: readable in diffs, and still plain JSON. */
export function formatReport(report: ConformanceReport): string {
  const lines = report.suites.map((s) => `    ${JSON.stringify(s)}`);
  return `{\n  "suites": [\n${lines.join(",\n")}\n  ]\n}\n`;
}
