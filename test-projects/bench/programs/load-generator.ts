// A small closed-loop load generator (the server benchmark's second process): a fixed number
// of keep-alive connections, each sending its next request as soon as the previous answer
// has been read, for a fixed time. Prints one JSON line (LoadReport).
//   node load-generator.mjs '{"port":8080,"method":"PUT","path":"/x","headers":{},"body":"…","connections":16,"durationMs":5000}'
import { Agent, request } from "node:http";

export interface LoadPlan {
  readonly port: number;
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly connections: number;
  readonly durationMs: number;
}

export interface LoadReport {
  readonly requests: number;
  /** Answers other than 200, and transport errors. */
  readonly failures: number;
  readonly firstFailure: string | undefined;
  readonly elapsedMs: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
}

const plan = JSON.parse(process.argv[2] ?? "{}") as LoadPlan;
const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
const body = Buffer.from(plan.body);
const headers = { ...plan.headers, "content-length": String(body.length) };
const latencies: number[] = [];
let failures = 0;
let firstFailure: string | undefined;

function fail(why: string): void {
  failures++;
  firstFailure ??= why;
}

function send(): Promise<void> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port: plan.port, method: plan.method, path: plan.path, headers, agent }, (res) => {
      res.on("data", () => {});
      res.on("end", () => {
        if (res.statusCode !== 200) fail(`HTTP ${res.statusCode}`);
        resolve();
      });
      res.on("error", (e) => {
        fail(e.message);
        resolve();
      });
    });
    req.on("error", (e) => {
      fail(e.message);
      resolve();
    });
    req.end(body);
  });
}

async function worker(deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    const start = performance.now();
    await send();
    latencies.push(performance.now() - start);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const start = performance.now();
const deadline = start + plan.durationMs;
await Promise.all(Array.from({ length: plan.connections }, () => worker(deadline)));
const elapsedMs = performance.now() - start;
agent.destroy();
const sorted = Array.from(Float64Array.from(latencies).sort());
const report: LoadReport = {
  requests: latencies.length,
  failures,
  firstFailure,
  elapsedMs,
  requestsPerSecond: (latencies.length / elapsedMs) * 1000,
  latencyMs: { p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? 0 },
};
process.stdout.write(`${JSON.stringify(report)}\n`);
