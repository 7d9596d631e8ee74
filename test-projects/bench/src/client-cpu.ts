// Client per-call CPU (reported, never asserted). Run: npm run bench:client-cpu -w test-projects/bench
//
// Each peer performs the same exchange with the same fake service, which runs in a second
// process so its CPU is not counted. A peer runs in a fresh process per round: warm-up calls,
// then sequential calls over one keep-alive connection, measured with process.cpuUsage
// (user + system). Peers take turns within a round (in a rotated order each round), and each
// ratio is computed within a round, so machine-wide slowdowns affect both sides of a ratio.
import type { LoopReport } from "../programs/harness.js";
import { parseOptions } from "./options.js";
import { bundledProgram } from "./paths.js";
import { runJson, startService } from "./processes.js";
import { environmentLine, writeResults } from "./results.js";
import { formatRatio, formatSpread, noisePercent, rotate, spread, type Spread } from "./stats.js";
import { printTable } from "./table.js";

interface PeerSpec {
  readonly id: "raw" | "smithy-ts" | "aws-sdk-v3";
  readonly label: string;
  readonly program: string;
}

interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly peers: readonly PeerSpec[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    id: "get-item",
    title: "DynamoDB GetItem (awsJson1_0)",
    peers: [
      { id: "raw", label: "hand-written http.request", program: "get-item-raw" },
      { id: "smithy-ts", label: "smithy-ts generated client", program: "get-item-ours" },
      { id: "aws-sdk-v3", label: "@aws-sdk/client-dynamodb (+SigV4)", program: "get-item-aws" },
    ],
  },
  {
    id: "put-record",
    title: "PutRecord (restJson1, ~1 KB JSON each way)",
    peers: [
      { id: "raw", label: "hand-written http.request", program: "put-record-raw" },
      { id: "smithy-ts", label: "smithy-ts generated client", program: "put-record-ours" },
    ],
  },
];

export interface ClientCpuRow {
  readonly scenario: string;
  readonly peer: PeerSpec["id"];
  readonly label: string;
  readonly cpuUsPerCall: Spread;
  readonly wallUsPerCall: Spread;
  readonly rssMiB: Spread;
  /** This peer's CPU per call over the raw peer's, round by round; undefined for raw itself. */
  readonly ratioVsRaw: Spread | undefined;
}

const options = parseOptions(process.argv.slice(2));
const rounds = options.rounds ?? (options.quick ? 1 : 5);
const calls = options.quick ? 200 : 5000;
const warmup = options.quick ? 50 : 1000;

const service = await startService(bundledProgram("fake-service"));
const endpoint = `http://127.0.0.1:${service.port}`;
const samples = new Map<string, LoopReport[]>();
try {
  for (let round = 0; round < rounds; round++) {
    for (const scenario of SCENARIOS) {
      for (const peer of rotate(scenario.peers, round)) {
        const report = await runJson<LoopReport>(bundledProgram(peer.program), [endpoint, "--loop", String(calls), String(warmup)]);
        const key = `${scenario.id}/${peer.id}`;
        samples.set(key, [...(samples.get(key) ?? []), report]);
      }
    }
  }
} finally {
  await service.stop();
}

const cpuPerCall = (r: LoopReport): number => (r.cpuUserUs + r.cpuSystemUs) / r.calls;
const rows: ClientCpuRow[] = [];
for (const scenario of SCENARIOS) {
  const raw = samples.get(`${scenario.id}/raw`)!;
  for (const peer of scenario.peers) {
    const reports = samples.get(`${scenario.id}/${peer.id}`)!;
    const mismatch = reports.find((r) => r.summary !== raw[0]!.summary);
    if (mismatch !== undefined) {
      throw new Error(`${scenario.title}: ${peer.label} parsed "${mismatch.summary}", the raw peer "${raw[0]!.summary}"; the peers must perform the same exchange`);
    }
    rows.push({
      scenario: scenario.id,
      peer: peer.id,
      label: peer.label,
      cpuUsPerCall: spread(reports.map(cpuPerCall)),
      wallUsPerCall: spread(reports.map((r) => (r.wallMs * 1000) / r.calls)),
      rssMiB: spread(reports.map((r) => r.rssBytes / 1024 / 1024)),
      ratioVsRaw: peer.id === "raw" ? undefined : spread(reports.map((r, i) => cpuPerCall(r) / cpuPerCall(raw[i]!))),
    });
  }
}

const noise = Math.max(...rows.map((r) => noisePercent(r.cpuUsPerCall)));
printTable(
  `Client per-call CPU: µs of client CPU per call, median of ${rounds} round(s) x ${calls} calls after ${warmup} warm-up calls [min–max over rounds]`,
  ["exchange", "peer", "CPU µs/call", "vs raw", "wall µs/call", "RSS MiB"],
  rows.map((r) => [
    SCENARIOS.find((s) => s.id === r.scenario)!.title,
    r.label,
    formatSpread(r.cpuUsPerCall),
    r.ratioVsRaw === undefined ? "1.00x" : formatRatio(r.ratioVsRaw),
    formatSpread(r.wallUsPerCall, 0),
    formatSpread(r.rssMiB, 0),
  ]),
  [
    `Aim: smithy-ts <= 1.5x raw. Run-to-run noise of CPU/call: up to ±${noise.toFixed(0)}% (half the min–max range over rounds).`,
    "The AWS SDK v3 client also signs every request with SigV4 (static fake credentials); the other peers send no auth.",
    environmentLine(),
  ],
);
const file = writeResults(options, "client-cpu", { rounds, calls, warmup, rows });
console.log(`\nwrote ${file}`);
