// The service the client benchmarks call, run in its own process so its CPU is not counted
// against the clients: canned GetItem answers and an echoing PutRecord. Every request is
// checked against the exchange all peers must perform (a mismatch answers 400, which makes the
// peer fail loudly instead of measuring a different exchange).
// Prints "ready PORT" once listening on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { AWS_JSON_1_0, benchRecord, GET_ITEM_INPUT, GET_ITEM_RESPONSE, GET_ITEM_TARGET, PUT_RECORD_PATH, PUT_RECORD_TRACE_ID, PUT_RECORD_VERSION, recordJson } from "./exchanges.js";

const expectedGetItem = canonical(GET_ITEM_INPUT);
const expectedRecord = canonical(JSON.parse(recordJson(benchRecord())));

/** JSON text with object keys sorted, so key order does not matter in the comparison. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refuse(res: ServerResponse, why: string): void {
  res.writeHead(400, { "content-type": "text/plain" }).end(`fake service: ${why}`);
}

function answer(req: IncomingMessage, res: ServerResponse, body: string): void {
  if (req.method === "POST" && req.url === "/" && req.headers["x-amz-target"] === GET_ITEM_TARGET) {
    if (req.headers["content-type"] !== AWS_JSON_1_0) return refuse(res, `unexpected content-type ${req.headers["content-type"]}`);
    if (canonical(parseOrUndefined(body)) !== expectedGetItem) return refuse(res, `unexpected GetItem input ${body}`);
    res.writeHead(200, {
      "content-type": AWS_JSON_1_0,
      "content-length": Buffer.byteLength(GET_ITEM_RESPONSE),
      "x-amzn-requestid": "BENCHMARKREQUESTID0000000000000000000000000000000000",
    });
    res.end(GET_ITEM_RESPONSE);
    return;
  }
  if (req.method === "PUT" && req.url === PUT_RECORD_PATH) {
    if (req.headers["x-trace-id"] !== PUT_RECORD_TRACE_ID) return refuse(res, `unexpected X-Trace-Id ${req.headers["x-trace-id"]}`);
    if (canonical(parseOrUndefined(body)) !== expectedRecord) return refuse(res, `unexpected PutRecord body ${body}`);
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "x-record-version": String(PUT_RECORD_VERSION),
    });
    res.end(body);
    return;
  }
  refuse(res, `no route for ${req.method} ${req.url} (x-amz-target ${req.headers["x-amz-target"]})`);
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => answer(req, res, Buffer.concat(chunks).toString("utf8")));
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("fake service: no TCP address");
  process.stdout.write(`ready ${address.port}\n`);
});
// The parent closes stdin to stop the service (also when the parent dies).
process.stdin.on("end", () => process.exit(0)).resume();
