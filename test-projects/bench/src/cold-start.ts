// Cold start (reported, never asserted). Run: npm run bench:cold-start -w test-projects/bench
//
// Wall time from spawning `node PROGRAM ENDPOINT` to the line the program prints once it has
// the first parsed GetItem response from the fake service (a second process, started once).
// The baseline is `node -e 0`, timed to its exit: what remains over it is loading the program
// and the client and making the first call. Each round runs every variant once, in a rotated
// order; each variant's cost over the baseline is taken within the round.
import { spawn } from "node:child_process";
import type { OnceReport } from "../programs/harness.js";
import { parseOptions } from "./options.js";
import { bundledProgram, unbundledProgram } from "./paths.js";
import { startService } from "./processes.js";
import { environmentLine, writeResults } from "./results.js";
import { formatSpread, noisePercent, rotate, spread, type Spread } from "./stats.js";
import { printTable } from "./table.js";

interface Variant {
  readonly id: string;
  readonly label: string;
  /** Arguments to node; the endpoint is appended to those of client programs. */
  readonly args: readonly string[];
  /** A client program (prints a OnceReport), or a program that only starts. */
  readonly kind: "client" | "start-only";
}

const VARIANTS: readonly Variant[] = [
  { id: "baseline", label: "node -e 0 (to exit)", args: ["-e", "0"], kind: "start-only" },
  { id: "empty-module", label: "an .mjs that prints one line", args: [bundledProgram("print-line")], kind: "start-only" },
  { id: "raw", label: "hand-written http.request", args: [bundledProgram("get-item-raw")], kind: "client" },
  { id: "smithy-ts-bundled", label: "smithy-ts, bundled (1 file)", args: [bundledProgram("get-item-ours")], kind: "client" },
  { id: "smithy-ts-unbundled", label: "smithy-ts, unbundled (node_modules)", args: [unbundledProgram("get-item-ours")], kind: "client" },
  { id: "aws-sdk-v3-bundled", label: "AWS SDK v3, bundled (1 file)", args: [bundledProgram("get-item-aws")], kind: "client" },
  { id: "aws-sdk-v3-unbundled", label: "AWS SDK v3, unbundled (node_modules)", args: [unbundledProgram("get-item-aws")], kind: "client" },
];

interface Sample {
  /** Spawn to the first line on stdout (to the exit for `node -e 0`, which prints nothing). */
  readonly wallMs: number;
  readonly report: OnceReport | undefined;
}

function runOnce(variant: Variant, endpoint: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const args = variant.kind === "client" ? [...variant.args, endpoint] : variant.args;
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let wallMs: number | undefined;
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      if (wallMs === undefined && d.includes("\n")) wallMs = performance.now() - started;
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (variant.id === "baseline") wallMs = performance.now() - started;
      if (code !== 0 || wallMs === undefined) {
        reject(new Error(`${variant.label} failed (exit ${code}):\n${stderr || stdout}`));
        return;
      }
      resolve({ wallMs, report: variant.kind === "client" ? (JSON.parse(stdout.split("\n")[0]!) as OnceReport) : undefined });
    });
  });
}

export interface ColdStartRow {
  readonly variant: string;
  readonly label: string;
  /** Spawn to the first parsed response. */
  readonly wallMs: Spread;
  /** wallMs minus the baseline's, round by round. */
  readonly overBaselineMs: Spread;
  /** The program's own clock: Node's time origin to the parsed response (client programs only). */
  readonly sinceStartMs: Spread | undefined;
}

const options = parseOptions(process.argv.slice(2));
const rounds = options.rounds ?? (options.quick ? 1 : 21);
const service = await startService(bundledProgram("fake-service"));
const endpoint = `http://127.0.0.1:${service.port}`;
const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.id, []]));
try {
  // One untimed run of each variant first, so every variant starts with warm file caches.
  if (!options.quick) for (const variant of VARIANTS) await runOnce(variant, endpoint);
  for (let round = 0; round < rounds; round++) {
    for (const variant of rotate(VARIANTS, round)) samples.get(variant.id)!.push(await runOnce(variant, endpoint));
  }
} finally {
  await service.stop();
}

const baseline = samples.get("baseline")!;
const expected = samples.get("raw")![0]!.report!.summary;
const rows: ColdStartRow[] = VARIANTS.map((variant) => {
  const own = samples.get(variant.id)!;
  const wrong = own.find((s) => s.report !== undefined && s.report.summary !== expected);
  if (wrong !== undefined) throw new Error(`${variant.label} parsed "${wrong.report!.summary}", the raw client "${expected}"`);
  return {
    variant: variant.id,
    label: variant.label,
    wallMs: spread(own.map((s) => s.wallMs)),
    overBaselineMs: spread(own.map((s, i) => s.wallMs - baseline[i]!.wallMs)),
    sinceStartMs: variant.kind === "client" ? spread(own.map((s) => s.report!.sinceStartMs)) : undefined,
  };
});

printTable(
  `Cold start to the first parsed GetItem response: median of ${rounds} runs [min–max], ms`,
  ["client", "spawn -> response", "over baseline", "in-process clock"],
  rows.map((r) => [r.label, formatSpread(r.wallMs), r.variant === "baseline" ? "-" : formatSpread(r.overBaselineMs), r.sinceStartMs === undefined ? "-" : formatSpread(r.sinceStartMs)]),
  [
    "Aim: smithy-ts <= 20 ms over the baseline. \"in-process clock\" is performance.now() at the response (Node's time origin is process start).",
    `Run-to-run noise of spawn -> response: up to ±${Math.max(...rows.map((r) => noisePercent(r.wallMs))).toFixed(0)}% (half the min–max range).`,
    environmentLine(),
  ],
);
const file = writeResults(options, "cold-start", { rounds, rows });
console.log(`\nwrote ${file}`);
