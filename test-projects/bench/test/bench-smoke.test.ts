// Keeps the client and server benchmarks from rotting: each runs in --quick mode (a few
// iterations) and must exit cleanly and write well-formed results. Nothing here looks at how
// fast anything was: timings are reported by the benchmarks, never asserted.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTsc } from "@smithy-ts/test-tooling";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { benchRoot, distDir } from "../src/paths.js";
import { BENCHMARKS, prepare, type BenchmarkName } from "../src/prepare.js";

const resultsDir = mkdtempSync(join(tmpdir(), "smithy-ts-bench-"));

beforeAll(async () => {
  await prepare();
});

afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

function runQuick(name: BenchmarkName): Record<string, unknown> {
  const run = spawnSync(process.execPath, [join(distDir, `${name}.mjs`), "--quick", "--results", resultsDir], { encoding: "utf8", timeout: 150_000 });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`${name}.json`);
  return JSON.parse(readFileSync(join(resultsDir, `${name}.json`), "utf8")) as Record<string, unknown>;
}

/** A Spread: n >= 1 finite measurements, min <= median <= max. */
function expectSpread(value: unknown, what: string): void {
  expect(value, what).toMatchObject({ median: expect.any(Number), min: expect.any(Number), max: expect.any(Number), n: expect.any(Number) });
  const s = value as { median: number; min: number; max: number; n: number };
  expect([s.median, s.min, s.max].every(Number.isFinite), what).toBe(true);
  expect(s.min <= s.median && s.median <= s.max && s.n >= 1, what).toBe(true);
}

function rowsOf(results: Record<string, unknown>, name: BenchmarkName): Record<string, unknown>[] {
  expect(results).toMatchObject({ benchmark: name, quick: true, node: process.version, cpus: expect.any(Number) });
  expect(Array.isArray(results["rows"])).toBe(true);
  return results["rows"] as Record<string, unknown>[];
}

describe("client and server benchmarks run in quick mode and write well-formed results", () => {
  test("client-cpu: every peer of both exchanges, ratios against the raw peer", () => {
    const rows = rowsOf(runQuick("client-cpu"), "client-cpu");
    expect(rows.map((r) => `${r["scenario"]}/${r["peer"]}`)).toEqual(["get-item/raw", "get-item/smithy-ts", "get-item/aws-sdk-v3", "put-record/raw", "put-record/smithy-ts"]);
    for (const row of rows) {
      for (const key of ["cpuUsPerCall", "wallUsPerCall", "rssMiB"]) expectSpread(row[key], `${row["scenario"]}/${row["peer"]} ${key}`);
      if (row["peer"] === "raw") expect(row["ratioVsRaw"]).toBeUndefined();
      else expectSpread(row["ratioVsRaw"], `${row["peer"]} ratio`);
    }
  });

  test("bundle-size: ours and the AWS SDK for browser and node, with a breakdown of ours", () => {
    const rows = rowsOf(runQuick("bundle-size"), "bundle-size");
    expect(rows.map((r) => `${r["program"]}/${r["platform"]}`)).toEqual([
      "get-item-ours/browser",
      "get-item-ours/node",
      "get-item-aws/browser",
      "get-item-aws/node",
      "put-record-ours/browser",
      "put-record-ours/node",
    ]);
    for (const row of rows) {
      const { minifiedBytes, gzipBytes } = row as { minifiedBytes: number; gzipBytes: number };
      expect(gzipBytes > 0 && gzipBytes < minifiedBytes).toBe(true);
      if (row["peer"] === "smithy-ts") {
        const areas = row["areas"] as Record<string, number>;
        expect(Object.keys(areas)).toContain("generated client");
        // The areas partition the bundle (esbuild's per-input bytes leave out only glue code).
        const total = Object.values(areas).reduce((a, b) => a + b, 0);
        expect(total <= minifiedBytes && total > minifiedBytes * 0.9).toBe(true);
        expect(Array.isArray(row["largestModules"]) && Array.isArray(row["serverModules"])).toBe(true);
      }
    }
  });

  test("cold-start: every variant, each over the baseline measured in the same round", () => {
    const rows = rowsOf(runQuick("cold-start"), "cold-start");
    expect(rows.map((r) => r["variant"])).toEqual([
      "baseline",
      "empty-module",
      "raw",
      "smithy-ts-bundled",
      "smithy-ts-unbundled",
      "aws-sdk-v3-bundled",
      "aws-sdk-v3-unbundled",
    ]);
    for (const row of rows) {
      expectSpread(row["wallMs"], `${row["variant"]} wallMs`);
      expectSpread(row["overBaselineMs"], `${row["variant"]} overBaselineMs`);
      if (row["variant"] !== "baseline" && row["variant"] !== "empty-module") expectSpread(row["sinceStartMs"], `${row["variant"]} sinceStartMs`);
    }
  });

  test("server-throughput: both servers on both operations, with load, CPU and RSS figures", () => {
    const rows = rowsOf(runQuick("server-throughput"), "server-throughput");
    expect(rows.map((r) => `${r["scenario"]}/${r["server"]}`)).toEqual(["empty/raw", "empty/smithy-ts", "record/raw", "record/smithy-ts"]);
    for (const row of rows) {
      for (const key of ["requestsPerSecond", "p50Ms", "p99Ms", "cpuUsPerRequest", "rssPeakMiB"]) expectSpread(row[key], `${row["scenario"]}/${row["server"]} ${key}`);
      for (const key of ["throughputVsRaw", "p99VsRaw", "cpuVsRaw"]) {
        if (row["server"] === "raw") expect(row[key]).toBeUndefined();
        else expectSpread(row[key], `${row["scenario"]} ${key}`);
      }
    }
  });

  test("every benchmark has a smoke test", () => {
    expect([...BENCHMARKS]).toEqual(["client-cpu", "bundle-size", "cold-start", "server-throughput"]);
  });
});

describe("benchmark sources type-check strictly", () => {
  for (const project of [".", "programs"]) {
    test(project === "." ? "src and test" : "programs (with the generated packages)", () => {
      const r = runTsc(join(benchRoot, project));
      expect(r.output).toBe("");
      expect(r.ok).toBe(true);
    });
  }
});
