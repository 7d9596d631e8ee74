// The README's generated tables: the protocol conformance table, rendered from
// test-projects/protocol-tests/conformance-report.json, and the benchmark tables, rendered from
// a snapshot of test-projects/bench/results/*.json (results are per machine and not committed,
// so the README's figures come from a committed snapshot, taken with `npm run readme -- --bench`).
// Each table sits between marker comments in README.md; everything else in the README is prose.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./corpus.js";

export const README = join(repoRoot, "README.md");
export const CONFORMANCE_REPORT = join(repoRoot, "test-projects/protocol-tests/conformance-report.json");
export const BENCH_RESULTS_DIR = join(repoRoot, "test-projects/bench/results");
export const BENCH_SNAPSHOT = join(repoRoot, "test-projects/tooling/data/benchmarks.json");
/** The benchmarks the README shows, in order. */
export const BENCHMARKS = ["client-cpu", "bundle-size", "cold-start", "server-throughput"] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export const REGENERATE = "npm run readme";

/** Thrown for inputs the renderer cannot use; the message names the file and the fix. */
export class ReadmeTableError extends Error {
  override readonly name = "ReadmeTableError";
}

// ---------------------------------------------------------------- conformance

export interface ConformanceSuite {
  readonly protocol: string;
  readonly side: string;
  readonly kind: string;
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly knownFailures: readonly string[];
}

export function parseConformanceReport(text: string, file: string): ConformanceSuite[] {
  const parsed = parseJson(text, file);
  const suites = isRecord(parsed) ? parsed["suites"] : undefined;
  if (!Array.isArray(suites)) throw new ReadmeTableError(`${file}: expected {"suites": [...]}`);
  return suites.map((s: unknown, i) => {
    const where = `${file}: suites[${i}]`;
    if (!isRecord(s)) throw new ReadmeTableError(`${where} is not an object`);
    const known = s["knownFailures"];
    if (!Array.isArray(known) || !known.every((k) => typeof k === "string")) throw new ReadmeTableError(`${where}.knownFailures must be a list of case ids`);
    return {
      protocol: stringField(s, "protocol", where),
      side: stringField(s, "side", where),
      kind: stringField(s, "kind", where),
      total: numberField(s, "total", where),
      passed: numberField(s, "passed", where),
      failed: numberField(s, "failed", where),
      knownFailures: known as string[],
    };
  });
}

export function renderConformanceTable(suites: readonly ConformanceSuite[]): string {
  if (suites.length === 0) return "_No conformance report yet: run `npm test -w test-projects/protocol-tests`._";
  const rows = suites.map((s) => [
    s.protocol.replace(/^aws\.protocols#/, ""),
    s.side,
    s.kind,
    String(s.total),
    String(s.passed),
    s.total === 0 ? "n/a" : `${((100 * s.passed) / s.total).toFixed(1)}%`,
    String(s.failed),
    s.knownFailures.length === 0 ? "" : s.knownFailures.map((id) => `\`${id}\``).join(", "),
  ]);
  const total = suites.reduce((n, s) => n + s.total, 0);
  const passed = suites.reduce((n, s) => n + s.passed, 0);
  const failed = suites.reduce((n, s) => n + s.failed, 0);
  rows.push(["**all**", "", "", `**${total}**`, `**${passed}**`, `**${((100 * passed) / total).toFixed(1)}%**`, `**${failed}**`, ""]);
  return markdownTable(["Protocol", "Side", "Kind", "Cases", "Passed", "Rate", "Unexpected failures", "Known failures"], rows);
}

// ---------------------------------------------------------------- benchmarks

/** Each benchmark's results file as the bench writes it (header plus `rows`). */
export type BenchSnapshot = Partial<Record<BenchmarkName, Record<string, unknown>>>;

/** Reads the benchmarks' latest results, dropping per-module breakdowns the README does not show. */
export function readBenchResults(dir: string): BenchSnapshot {
  const snapshot: BenchSnapshot = {};
  for (const name of BENCHMARKS) {
    const file = join(dir, `${name}.json`);
    if (!existsSync(file)) continue;
    const parsed = parseJson(readFileSync(file, "utf8"), file);
    if (!isRecord(parsed) || !Array.isArray(parsed["rows"])) throw new ReadmeTableError(`${file}: expected a benchmark results object with "rows"`);
    const rows = (parsed["rows"] as unknown[]).map((row) => {
      if (!isRecord(row)) return row;
      const { largestModules: _largest, serverModules: _server, ...kept } = row;
      return kept;
    });
    snapshot[name] = { ...parsed, rows };
  }
  return snapshot;
}

export function parseBenchSnapshot(text: string, file: string): BenchSnapshot {
  const parsed = parseJson(text, file);
  if (!isRecord(parsed)) throw new ReadmeTableError(`${file}: expected an object keyed by benchmark name`);
  const snapshot: BenchSnapshot = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!(BENCHMARKS as readonly string[]).includes(name)) throw new ReadmeTableError(`${file}: unknown benchmark "${name}" (expected one of ${BENCHMARKS.join(", ")})`);
    if (!isRecord(value)) throw new ReadmeTableError(`${file}: "${name}" is not an object`);
    snapshot[name as BenchmarkName] = value;
  }
  return snapshot;
}

const SCENARIOS: Readonly<Record<string, string>> = {
  "get-item": "DynamoDB GetItem (awsJson1_0)",
  "put-record": "PutRecord (restJson1)",
  empty: "empty operation",
  record: "1 KB JSON record",
};

export function renderBenchmarkTables(snapshot: BenchSnapshot): string {
  const parts: string[] = [];
  const first = BENCHMARKS.map((n) => snapshot[n]).find((b) => b !== undefined);
  if (first === undefined) return "_No benchmark snapshot yet: run `npm run bench -w test-projects/bench`, then `npm run readme -- --bench`._";
  const where = "benchmark snapshot";
  parts.push(
    `Measured ${stringField(first, "date", where).slice(0, 10)} with Node ${stringField(first, "node", where)} on ${stringField(first, "platform", where)}, ` +
      `${numberField(first, "cpus", where)} × ${stringField(first, "cpuModel", where)}. Figures are medians over rounds; each ratio compares peers measured side by side in the same round.`,
  );

  const cpu = snapshot["client-cpu"];
  if (cpu !== undefined) {
    const rows = rowsOf(cpu, "client-cpu").map((r, i) => {
      const w = `client-cpu rows[${i}]`;
      const ratio = r["ratioVsRaw"] === undefined ? "1.00×" : `${median(r, "ratioVsRaw", w).toFixed(2)}×`;
      return [scenario(r, w), stringField(r, "label", w), median(r, "cpuUsPerCall", w).toFixed(0), ratio, median(r, "rssMiB", w).toFixed(0)];
    });
    parts.push(`**Client CPU per call** (loopback, ${numberField(cpu, "calls", "client-cpu")} calls × ${numberField(cpu, "rounds", "client-cpu")} rounds)\n\n` +
      markdownTable(["Exchange", "Client", "CPU µs/call", "vs hand-written", "RSS MiB"], rows));
  }

  const bundle = snapshot["bundle-size"];
  if (bundle !== undefined) {
    const rows = rowsOf(bundle, "bundle-size").map((r, i) => {
      const w = `bundle-size rows[${i}]`;
      return [stringField(r, "label", w), stringField(r, "platform", w), kib(numberField(r, "minifiedBytes", w)), kib(numberField(r, "gzipBytes", w))];
    });
    parts.push("**Bundle size** of a program making one call (esbuild, minified; gzip -9)\n\n" + markdownTable(["Program", "Platform", "Minified", "Gzipped"], rows));
  }

  const cold = snapshot["cold-start"];
  if (cold !== undefined) {
    const rows = rowsOf(cold, "cold-start").map((r, i) => {
      const w = `cold-start rows[${i}]`;
      return [stringField(r, "label", w), median(r, "wallMs", w).toFixed(0), median(r, "overBaselineMs", w).toFixed(0)];
    });
    parts.push(`**Cold start** to the first parsed response (new process each time, ${numberField(cold, "rounds", "cold-start")} rounds)\n\n` +
      markdownTable(["Program", "Wall ms", "ms over `node -e 0`"], rows));
  }

  const server = snapshot["server-throughput"];
  if (server !== undefined) {
    const rows = rowsOf(server, "server-throughput").map((r, i) => {
      const w = `server-throughput rows[${i}]`;
      const ratio = r["throughputVsRaw"] === undefined ? "1.00×" : `${median(r, "throughputVsRaw", w).toFixed(2)}×`;
      return [
        scenario(r, w),
        stringField(r, "label", w),
        Math.round(median(r, "requestsPerSecond", w)).toLocaleString("en-US"),
        ratio,
        median(r, "p99Ms", w).toFixed(1),
        median(r, "cpuUsPerRequest", w).toFixed(0),
        median(r, "rssPeakMiB", w).toFixed(0),
      ];
    });
    parts.push(`**Server throughput** on node:http (loopback, ${numberField(server, "connections", "server-throughput")} connections from a second process)\n\n` +
      markdownTable(["Operation", "Server", "Requests/s", "vs hand-written", "p99 ms", "CPU µs/request", "Peak RSS MiB"], rows));
  }
  return parts.join("\n\n");
}

// ---------------------------------------------------------------- README sections

export interface GeneratedSection {
  readonly name: string;
  readonly content: string;
}

function markers(name: string): { begin: string; end: string } {
  return { begin: `<!-- BEGIN ${name}: generated by \`${REGENERATE}\`, do not edit -->`, end: `<!-- END ${name} -->` };
}

/** The README with each section's content replaced; every section's markers must be present. */
export function replaceSections(readme: string, sections: readonly GeneratedSection[]): string {
  let out = readme;
  for (const { name, content } of sections) {
    const { begin, end } = markers(name);
    const from = out.indexOf(begin);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new ReadmeTableError(`README.md: the markers of the generated section "${name}" are missing; put\n${begin}\n${end}\nwhere the table belongs`);
    out = `${out.slice(0, from + begin.length)}\n${content}\n${out.slice(to)}`;
  }
  return out;
}

/** The sections as they should read, from the report and the committed benchmark snapshot. */
export function currentSections(): GeneratedSection[] {
  const report = existsSync(CONFORMANCE_REPORT) ? parseConformanceReport(readFileSync(CONFORMANCE_REPORT, "utf8"), CONFORMANCE_REPORT) : [];
  const snapshot = existsSync(BENCH_SNAPSHOT) ? parseBenchSnapshot(readFileSync(BENCH_SNAPSHOT, "utf8"), BENCH_SNAPSHOT) : {};
  return [
    { name: "conformance-table", content: renderConformanceTable(report) },
    { name: "benchmark-tables", content: renderBenchmarkTables(snapshot) },
  ];
}

// ---------------------------------------------------------------- helpers

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function scenario(row: Record<string, unknown>, where: string): string {
  const name = stringField(row, "scenario", where);
  return SCENARIOS[name] ?? name;
}

function rowsOf(results: Record<string, unknown>, name: string): Record<string, unknown>[] {
  const rows = results["rows"];
  if (!Array.isArray(rows) || !rows.every(isRecord)) throw new ReadmeTableError(`${name}: "rows" must be a list of objects`);
  return rows;
}

function median(row: Record<string, unknown>, key: string, where: string): number {
  const spread = row[key];
  if (!isRecord(spread)) throw new ReadmeTableError(`${where}: "${key}" must be {median, min, max, n}`);
  return numberField(spread, "median", `${where}.${key}`);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ReadmeTableError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringField(o: Record<string, unknown>, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== "string") throw new ReadmeTableError(`${where}: "${key}" must be a string`);
  return v;
}

function numberField(o: Record<string, unknown>, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isFinite(v)) throw new ReadmeTableError(`${where}: "${key}" must be a number`);
  return v;
}
