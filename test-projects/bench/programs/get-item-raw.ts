// The hand-written peer of GetItem: node:http with a keep-alive agent (as the generated
// client's default HTTP client), the same request bytes, JSON.parse of the response.
import { Agent, request } from "node:http";
import { AWS_JSON_1_0, GET_ITEM_INPUT, GET_ITEM_TARGET, getItemSummary } from "./exchanges.js";
import { runPeer, type Peer } from "./harness.js";

function connect(endpoint: string): Peer {
  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, scheduling: "lifo" });
  const call = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(GET_ITEM_INPUT);
      const req = request(
        {
          hostname: url.hostname,
          port: url.port,
          method: "POST",
          path: "/",
          agent,
          headers: { "content-type": AWS_JSON_1_0, "x-amz-target": GET_ITEM_TARGET, "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            if (res.statusCode !== 200) {
              reject(new Error(`GetItem failed with HTTP ${res.statusCode}: ${text}`));
              return;
            }
            try {
              const output = JSON.parse(text) as { Item?: Record<string, object> };
              resolve(getItemSummary(output.Item));
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
