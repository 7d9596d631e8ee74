// The command line every client peer program shares (one program per peer, so bundles and
// cold starts contain only that peer):
//   node peer.mjs ENDPOINT                      one call, then print {"summary", "sinceStartMs"}
//   node peer.mjs ENDPOINT --loop CALLS WARMUP  WARMUP calls, then CALLS calls measured with
//                                               process.cpuUsage; print the totals as JSON
// Calls are sequential over one keep-alive connection: per-call cost, not concurrency.

/** One connected client of the exchange under test. */
export interface Peer {
  /** Performs the exchange once and reduces the parsed response to its summary. */
  call(): Promise<string>;
  /** Closes pooled connections. */
  close(): void;
}

/** What `--loop` prints (one JSON line). */
export interface LoopReport {
  readonly summary: string;
  readonly calls: number;
  readonly cpuUserUs: number;
  readonly cpuSystemUs: number;
  readonly wallMs: number;
  readonly rssBytes: number;
}

/** What a single call prints (one JSON line). */
export interface OnceReport {
  readonly summary: string;
  /** Milliseconds from Node's time origin (process start) to the parsed response. */
  readonly sinceStartMs: number;
}

export async function runPeer(connect: (endpoint: string) => Peer): Promise<void> {
  const [endpoint, mode, callsText, warmupText] = process.argv.slice(2);
  if (endpoint === undefined) throw new Error("usage: node peer.mjs ENDPOINT [--loop CALLS WARMUP]");
  const peer = connect(endpoint);
  if (mode === undefined) {
    const summary = await peer.call();
    const report: OnceReport = { summary, sinceStartMs: performance.now() };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    peer.close();
    process.exit(0);
  }
  const calls = Number(callsText);
  const warmup = Number(warmupText);
  if (mode !== "--loop" || !Number.isInteger(calls) || calls < 1 || !Number.isInteger(warmup) || warmup < 0) {
    throw new Error(`usage: node peer.mjs ENDPOINT --loop CALLS WARMUP (got ${process.argv.slice(3).join(" ")})`);
  }
  let summary = "";
  for (let i = 0; i < warmup; i++) summary = await peer.call();
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < calls; i++) summary = await peer.call();
  const cpu = process.cpuUsage(cpuStart);
  const wallMs = performance.now() - wallStart;
  const report: LoopReport = { summary, calls, cpuUserUs: cpu.user, cpuSystemUs: cpu.system, wallMs, rssBytes: process.memoryUsage.rss() };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  peer.close();
  process.exit(0);
}
