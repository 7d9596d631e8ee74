// The README's generated tables: they must match their sources (the conformance report and the
// committed benchmark snapshot), and the renderers must say clearly what is wrong with bad input.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  currentSections,
  parseBenchSnapshot,
  parseConformanceReport,
  README,
  readBenchResults,
  REGENERATE,
  renderBenchmarkTables,
  renderConformanceTable,
  replaceSections,
  type ConformanceSuite,
} from "../src/readme-tables.js";

describe("README.md", () => {
  test("its generated tables match conformance-report.json and the benchmark snapshot", () => {
    const readme = readFileSync(README, "utf8");
    const expected = replaceSections(readme, currentSections());
    // Compare section by section so a failure shows the stale table, not the whole README.
    for (const name of ["conformance-table", "benchmark-tables"]) {
      expect(section(readme, name), `README.md's ${name} is stale: run \`${REGENERATE}\``).toBe(section(expected, name));
    }
    expect(readme === expected, `README.md is stale: run \`${REGENERATE}\``).toBe(true);
  });
});

function section(text: string, name: string): string {
  const from = text.indexOf(`<!-- BEGIN ${name}`);
  const to = text.indexOf(`<!-- END ${name} -->`);
  return from < 0 || to < 0 ? "(markers missing)" : text.slice(from, to);
}

const SUITE: ConformanceSuite = { protocol: "aws.protocols#restJson1", side: "client", kind: "request", total: 10, passed: 8, failed: 1, knownFailures: ["CaseA"] };

describe("conformance table", () => {
  test("one row per suite with its rate and known failures, then totals", () => {
    const table = renderConformanceTable([SUITE, { ...SUITE, side: "server", total: 5, passed: 5, failed: 0, knownFailures: [] }]);
    expect(table.split("\n")).toEqual([
      "| Protocol | Side | Kind | Cases | Passed | Rate | Unexpected failures | Known failures |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      "| restJson1 | client | request | 10 | 8 | 80.0% | 1 | `CaseA` |",
      "| restJson1 | server | request | 5 | 5 | 100.0% | 0 |  |",
      "| **all** |  |  | **15** | **13** | **86.7%** | **1** |  |",
    ]);
  });

  test("an empty report says how to produce one", () => {
    expect(renderConformanceTable([])).toMatch(/npm test -w test-projects\/protocol-tests/);
  });

  test("a malformed report names the file and the field", () => {
    expect(() => parseConformanceReport("{}", "r.json")).toThrow('r.json: expected {"suites": [...]}');
    expect(() => parseConformanceReport('{"suites":[{"protocol":"p"}]}', "r.json")).toThrow("r.json: suites[0].knownFailures must be a list of case ids");
    expect(() => parseConformanceReport('{"suites":[{"protocol":"p","side":"client","kind":"request","total":"1","passed":1,"failed":0,"knownFailures":[]}]}', "r.json")).toThrow(
      'r.json: suites[0]: "total" must be a number',
    );
    expect(() => parseConformanceReport("{", "r.json")).toThrow(/^r\.json: not valid JSON/);
  });
});

const spread = (median: number) => ({ median, min: median, max: median, n: 3 });
const header = { date: "2024-06-01T12:00:00.000Z", node: "v20.0.0", platform: "linux-x64", cpus: 2, cpuModel: "Test CPU", rounds: 3 };

describe("benchmark tables", () => {
  test("each benchmark present becomes a table, with the machine it was measured on", () => {
    const text = renderBenchmarkTables({
      "client-cpu": {
        ...header,
        calls: 100,
        rows: [
          { scenario: "get-item", label: "raw", cpuUsPerCall: spread(100), rssMiB: spread(50) },
          { scenario: "get-item", label: "ours", cpuUsPerCall: spread(120), rssMiB: spread(51), ratioVsRaw: spread(1.2) },
        ],
      },
      "server-throughput": {
        ...header,
        connections: 8,
        rows: [{ scenario: "new-kind", label: "ours", requestsPerSecond: spread(12345.6), p99Ms: spread(4.56), cpuUsPerRequest: spread(30), rssPeakMiB: spread(60), throughputVsRaw: spread(0.8) }],
      },
    });
    expect(text).toContain("Measured 2024-06-01 with Node v20.0.0 on linux-x64, 2 × Test CPU.");
    expect(text).toContain("| DynamoDB GetItem (awsJson1_0) | raw | 100 | 1.00× | 50 |");
    expect(text).toContain("| DynamoDB GetItem (awsJson1_0) | ours | 120 | 1.20× | 51 |");
    expect(text).toContain("| new-kind | ours | 12,346 | 0.80× | 4.6 | 30 | 60 |");
    expect(text).not.toContain("Bundle size");
  });

  test("no snapshot says how to take one; a malformed one names the row and field", () => {
    expect(renderBenchmarkTables({})).toMatch(/npm run readme -- --bench/);
    expect(() => renderBenchmarkTables({ "bundle-size": { ...header, rows: [{ label: "x", platform: "node", minifiedBytes: 1 }] } })).toThrow('bundle-size rows[0]: "gzipBytes" must be a number');
    expect(() => parseBenchSnapshot('{"bogus": {}}', "s.json")).toThrow('s.json: unknown benchmark "bogus"');
  });

  test("the snapshot keeps the benchmarks' results but drops per-module breakdowns", () => {
    const dir = mkdtempSync(join(tmpdir(), "smithy-ts-readme-"));
    try {
      writeFileSync(join(dir, "bundle-size.json"), JSON.stringify({ ...header, rows: [{ label: "x", platform: "node", minifiedBytes: 2048, gzipBytes: 1024, largestModules: [1], serverModules: [2] }] }));
      const snapshot = readBenchResults(dir);
      expect(Object.keys(snapshot)).toEqual(["bundle-size"]);
      expect(snapshot["bundle-size"]?.["rows"]).toEqual([{ label: "x", platform: "node", minifiedBytes: 2048, gzipBytes: 1024 }]);
      expect(renderBenchmarkTables(snapshot)).toContain("| x | node | 2.0 KiB | 1.0 KiB |");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("replaceSections", () => {
  test("replaces only what lies between a section's markers, and is idempotent", () => {
    const begin = "<!-- BEGIN t: generated by `npm run readme`, do not edit -->";
    const doc = `intro\n${begin}\nold\n<!-- END t -->\noutro\n`;
    const once = replaceSections(doc, [{ name: "t", content: "new" }]);
    expect(once).toBe(`intro\n${begin}\nnew\n<!-- END t -->\noutro\n`);
    expect(replaceSections(once, [{ name: "t", content: "new" }])).toBe(once);
  });

  test("missing markers are an error that shows the markers to add", () => {
    expect(() => replaceSections("no markers", [{ name: "t", content: "x" }])).toThrow(/the markers of the generated section "t" are missing; put\n<!-- BEGIN t/);
  });
});
