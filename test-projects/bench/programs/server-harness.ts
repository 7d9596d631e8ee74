// What both benchmark servers share: listen on 127.0.0.1 (port 0), print "ready PORT", then
// answer commands on stdin, one per line, with one JSON line on stdout:
//   reset  start counting CPU and peak RSS from now   -> {"ok":true}
//   stats  CPU and memory since the last reset        -> ServerStats
// Closing stdin stops the server.
import { createServer, type RequestListener } from "node:http";
import { createInterface } from "node:readline";

export interface ServerStats {
  readonly cpuUserUs: number;
  readonly cpuSystemUs: number;
  /** Highest resident set size seen (sampled every 50 ms) since the last reset. */
  readonly rssPeakBytes: number;
  readonly heapUsedBytes: number;
}

export function serve(listener: RequestListener): void {
  const server = createServer(listener);
  server.keepAliveTimeout = 60_000;
  let cpuStart = process.cpuUsage();
  let rssPeak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }, 50);
  sampler.unref();
  createInterface({ input: process.stdin })
    .on("line", (line) => {
      if (line === "reset") {
        cpuStart = process.cpuUsage();
        rssPeak = process.memoryUsage.rss();
        process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
      } else if (line === "stats") {
        const cpu = process.cpuUsage(cpuStart);
        const memory = process.memoryUsage();
        const stats: ServerStats = {
          cpuUserUs: cpu.user,
          cpuSystemUs: cpu.system,
          rssPeakBytes: Math.max(rssPeak, memory.rss),
          heapUsedBytes: memory.heapUsed,
        };
        process.stdout.write(`${JSON.stringify(stats)}\n`);
      } else {
        process.stdout.write(`${JSON.stringify({ error: `unknown command ${JSON.stringify(line)}` })}\n`);
      }
    })
    .on("close", () => process.exit(0));
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("server: no TCP address");
    process.stdout.write(`ready ${address.port}\n`);
  });
}
