// The hand-written peer of PutRecord: node:http with a keep-alive agent, the same request
// bytes (label, query, header, JSON body), and the response read as a hand-written client
// would: status, the version header as a number, JSON.parse, the timestamp as a Date.
import { Agent, request } from "node:http";
import { benchRecord, PUT_RECORD_PATH, PUT_RECORD_TRACE_ID, putRecordSummary, recordJson, type BenchRecord } from "./exchanges.js";
import { runPeer, type Peer } from "./harness.js";

function connect(endpoint: string): Peer {
  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, scheduling: "lifo" });
  const record = benchRecord();
  const call = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const body = recordJson(record);
      const req = request(
        {
          hostname: url.hostname,
          port: url.port,
          method: "PUT",
          path: PUT_RECORD_PATH,
          agent,
          headers: { "content-type": "application/json", "x-trace-id": PUT_RECORD_TRACE_ID, "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            if (res.statusCode !== 200) {
              reject(new Error(`PutRecord failed with HTTP ${res.statusCode}: ${text}`));
              return;
            }
            try {
              const version = Number(res.headers["x-record-version"]);
              const parsed = JSON.parse(text) as Omit<BenchRecord, "updatedAt"> & { updatedAt?: string };
              const output: BenchRecord = { ...parsed, updatedAt: new Date(parsed.updatedAt ?? Number.NaN) };
              resolve(putRecordSummary(version, output));
            } catch (e) {
              reject(e instanceof Error ? e : new Error(String(e)));
            }
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  return { call, close: () => agent.destroy() };
}

await runPeer(connect);
