// Server throughput (reported, never asserted). Run: npm run bench:server -w test-projects/bench
//
// The generated server (programs/server-ours.ts) and a hand-written node:http server doing the
// same parsing and checks (programs/server-raw.ts) run side by side, each in its own process,
// and take turns under bounded load from a third process (programs/load-generator.ts: fixed
// keep-alive connections, closed loop). Per operation: both servers start fresh and are warmed
// up, then the load alternates between them in short slices (rotated order); each server reports
// its own CPU time and peak RSS per slice. Ratios are taken between neighbouring slices, so
// load from elsewhere on the machine, which changes over seconds, affects both sides alike.
import type { LoadPlan, LoadReport } from "../programs/load-generator.js";
import type { ServerStats } from "../programs/server-harness.js";
import { benchRecord, PUT_RECORD_PATH, PUT_RECORD_TRACE_ID, recordJson } from "../programs/exchanges.js";
import { parseOptions } from "./options.js";
import { bundledProgram } from "./paths.js";
import { runJson, startService, type RunningService } from "./processes.js";
import { environmentLine, writeResults } from "./results.js";
import { formatRatio, formatSpread, noisePercent, rotate, spread, type Spread } from "./stats.js";
import { printTable } from "./table.js";
interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly request: { readonly method: string; readonly path: string; readonly headers: Readonly<Record<string, string>>; readonly body: string };
}

const SCENARIOS: readonly Scenario[] = [
  { id: "empty", title: "Ping (empty operation)", request: { method: "POST", path: "/ping", headers: {}, body: "" } },
  {
    id: "record",
    title: "PutRecord (~1 KB JSON each way)",
    request: {
      method: "PUT",
      path: PUT_RECORD_PATH,
      headers: { "content-type": "application/json", "x-trace-id": PUT_RECORD_TRACE_ID },
      body: recordJson(benchRecord()),
    },
  },
];

const SERVERS = [
  { id: "raw", label: "hand-written node:http", program: "server-raw" },
  { id: "smithy-ts", label: "smithy-ts generated server", program: "server-ours" },
] as const;

type ServerId = (typeof SERVERS)[number]["id"];

interface Sample {
  readonly load: LoadReport;
  readonly stats: ServerStats;
}

export interface ServerRow {
  readonly scenario: string;
  readonly server: ServerId;
  readonly label: string;
  readonly requestsPerSecond: Spread;
  readonly p50Ms: Spread;
  readonly p99Ms: Spread;
  /** Server CPU (user + system) per request, from the server process itself. */
  readonly cpuUsPerRequest: Spread;
  readonly rssPeakMiB: Spread;
  /** ours / raw, slice by slice (undefined for raw). */
  readonly throughputVsRaw: Spread | undefined;
  readonly p99VsRaw: Spread | undefined;
  readonly cpuVsRaw: Spread | undefined;
}

const options = parseOptions(process.argv.slice(2));
const slices = options.rounds ?? (options.quick ? 1 : 10);
const connections = options.quick ? 4 : 16;
const warmupMs = options.quick ? 200 : 2000;
const sliceMs = options.quick ? 300 : 1000;

/** One answer of a server, for checking that both servers answer alike. */
async function probe(port: number, scenario: Scenario): Promise<string> {
  const { method, path, headers, body } = scenario.request;
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, body: body === "" ? null : body });
  const text = await response.text();
  const parsed: unknown = text === "" ? {} : JSON.parse(text);
  return `${response.status} x-record-version=${response.headers.get("x-record-version")} ${JSON.stringify(parsed)}`;
}

function load(server: RunningService, scenario: Scenario, durationMs: number): Promise<LoadReport> {
  const plan: LoadPlan = { port: server.port, ...scenario.request, connections, durationMs };
  return runJson<LoadReport>(bundledProgram("load-generator"), [JSON.stringify(plan)]);
}

async function measure(server: RunningService, scenario: Scenario, label: string): Promise<Sample> {
  await server.command("reset");
  const report = await load(server, scenario, sliceMs);
  const stats = JSON.parse(await server.command("stats")) as ServerStats;
  if (report.failures > 0) throw new Error(`${label}, ${scenario.title}: ${report.failures} failed requests (first: ${report.firstFailure})`);
  return { load: report, stats };
}

const samples = new Map<string, Sample[]>();
for (const scenario of SCENARIOS) {
  const running = new Map<ServerId, RunningService>();
  try {
    for (const server of SERVERS) running.set(server.id, await startService(bundledProgram(server.program)));
    const answers = await Promise.all(SERVERS.map((server) => probe(running.get(server.id)!.port, scenario)));
    if (answers[0] !== answers[1]) throw new Error(`${scenario.title}: the servers answer differently:\n  ${answers.join("\n  ")}`);
    for (const server of SERVERS) await load(running.get(server.id)!, scenario, warmupMs);
    for (let slice = 0; slice < slices; slice++) {
      for (const server of rotate(SERVERS, slice)) {
        const key = `${scenario.id}/${server.id}`;
        samples.set(key, [...(samples.get(key) ?? []), await measure(running.get(server.id)!, scenario, server.label)]);
      }
    }
  } finally {
    for (const server of running.values()) await server.stop();
  }
}

const cpuPerRequest = (s: Sample): number => (s.stats.cpuUserUs + s.stats.cpuSystemUs) / s.load.requests;
const rows: ServerRow[] = [];
for (const scenario of SCENARIOS) {
  const raw = samples.get(`${scenario.id}/raw`)!;
  for (const server of SERVERS) {
    const own = samples.get(`${scenario.id}/${server.id}`)!;
    const vsRaw = (f: (s: Sample) => number): Spread | undefined => (server.id === "raw" ? undefined : spread(own.map((s, i) => f(s) / f(raw[i]!))));
    rows.push({
      scenario: scenario.id,
      server: server.id,
      label: server.label,
      requestsPerSecond: spread(own.map((s) => s.load.requestsPerSecond)),
      p50Ms: spread(own.map((s) => s.load.latencyMs.p50)),
      p99Ms: spread(own.map((s) => s.load.latencyMs.p99)),
      cpuUsPerRequest: spread(own.map(cpuPerRequest)),
      rssPeakMiB: spread(own.map((s) => s.stats.rssPeakBytes / 1024 / 1024)),
      throughputVsRaw: vsRaw((s) => s.load.requestsPerSecond),
      p99VsRaw: vsRaw((s) => s.load.latencyMs.p99),
      cpuVsRaw: vsRaw(cpuPerRequest),
    });
  }
}

printTable(
  `Server on node:http, ${connections} keep-alive connections (closed loop): median of ${slices} alternating ${sliceMs} ms slices per server after ${warmupMs} ms warm-up [min–max]`,
  ["operation", "server", "req/s", "vs raw", "p50 ms", "p99 ms", "p99 vs raw", "CPU µs/req", "CPU vs raw", "peak RSS MiB"],
  rows.map((r) => [
    SCENARIOS.find((s) => s.id === r.scenario)!.title,
    r.label,
    formatSpread(r.requestsPerSecond, 0),
    r.throughputVsRaw === undefined ? "1.00x" : formatRatio(r.throughputVsRaw),
    formatSpread(r.p50Ms, 2),
    formatSpread(r.p99Ms, 2),
    r.p99VsRaw === undefined ? "1.00x" : formatRatio(r.p99VsRaw),
    formatSpread(r.cpuUsPerRequest, 1),
    r.cpuVsRaw === undefined ? "1.00x" : formatRatio(r.cpuVsRaw),
    formatSpread(r.rssPeakMiB, 0),
  ]),
  [
    "Aim: smithy-ts >= 0.8x raw throughput. The load generator shares the machine: req/s depends on both processes; CPU µs/req is the server's own and less sensitive to that.",
    `Run-to-run noise of req/s: up to ±${Math.max(...rows.map((r) => noisePercent(r.requestsPerSecond))).toFixed(0)}%; of CPU µs/req: up to ±${Math.max(...rows.map((r) => noisePercent(r.cpuUsPerRequest))).toFixed(0)}%.`,
    environmentLine(),
  ],
);
const file = writeResults(options, "server-throughput", { slices, sliceMs, connections, warmupMs, rows });
console.log(`\nwrote ${file}`);
