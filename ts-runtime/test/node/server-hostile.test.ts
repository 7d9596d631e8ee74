// Hostile input against the node:http listener (and the Fetch/Lambda adapters where the
// platform does not already protect us): oversized bodies, deep nesting, prototype-pollution
// keys, a ReDoS-shaped @pattern input, truncated bodies, invalid UTF-8, huge headers. Nothing
// may crash, every answer must carry the right status, and no handler may see the input.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { toNodeListener } from "../../src/node/server-adapter.js";
import { storeApp, type StoreApp } from "../server/real-services.js";

let app: StoreApp;
let server: Server;
let port = 0;

beforeAll(async () => {
  app = storeApp();
  server = createServer(toNodeListener(app.service));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  app.calls.length = 0;
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request with node:http, writing the body in chunks; tolerates the server closing early. */
function send(method: string, path: string, options: { headers?: Record<string, string>; chunks?: (string | Uint8Array)[] } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers: options.headers ?? {} }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString("utf8") }));
      res.on("error", reject);
    });
    // The server may answer 413 and close while we are still writing: that is the point.
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE" && e.code !== "ECONNRESET") reject(e);
    });
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

const json = { "content-type": "application/json" };

describe("oversized bodies", () => {
  test("a declared Content-Length over the limit answers 413 without reading the body", async () => {
    const megabytes = "1".repeat(2 * 1024 * 1024);
    const res = await send("PUT", "/items/x", { headers: { ...json, "content-length": String(megabytes.length + 11) }, chunks: ['{"code":"', megabytes, '"}'] });
    expect(res.status).toBe(413);
    expect(res.headers["x-amzn-errortype"]).toBe("RequestEntityTooLargeException");
    expect(res.headers["connection"]).toBe("close");
    expect(app.calls).toEqual([]);
  });

  test("a chunked body is cut off as soon as it passes the limit", async () => {
    const chunk = "1".repeat(64 * 1024);
    const chunks = ['{"code":"', ...Array<string>(24).fill(chunk), '"}'];
    const res = await send("PUT", "/items/x", { headers: { ...json, "transfer-encoding": "chunked" }, chunks });
    expect(res.status).toBe(413);
    expect(app.calls).toEqual([]);
  });

  test("the server keeps serving afterwards", async () => {
    const res = await send("GET", "/items/fine");
    expect(res.status).toBe(200);
  });
});

describe("malformed and malicious bodies", () => {
  test("deeply nested JSON is rejected as a serialization error", async () => {
    const depth = 100_000;
    const res = await send("PUT", "/items/x", { headers: json, chunks: [`{"code":"1","tree":${'{"child":'.repeat(depth)}{}${"}".repeat(depth)}}`] });
    expect(res.status).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("SerializationException");
    const arrays = await send("PUT", "/items/x", { headers: json, chunks: [`${"[".repeat(depth)}${"]".repeat(depth)}`] });
    expect(arrays.status).toBe(400);
    expect(app.calls).toEqual([]);
  });

  test("__proto__, constructor and prototype keys pollute nothing", async () => {
    const body = '{"code":"1","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"tree":{"__proto__":{"polluted":"yes"},"label":"x"}}';
    const res = await send("PUT", "/items/x?__proto__=1&constructor=2", { headers: { ...json, "__proto__": "h" }, chunks: [body] });
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    const input = app.calls[0]!.input as Record<string, unknown>;
    expect(Object.getPrototypeOf(input)).not.toHaveProperty("polluted");
    expect((input["tree"] as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("a ReDoS-shaped @pattern input is answered (400) instead of hanging the server", async () => {
    const res = await send("PUT", "/items/x", { headers: json, chunks: [`{"code":"${"0".repeat(200_000)}!"}`] });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ fieldList: [{ path: "/code" }] });
    expect(app.calls).toEqual([]);
  });

  test("invalid UTF-8 in the body or in a label is a 400", async () => {
    const body = await send("PUT", "/items/x", { headers: json, chunks: [new Uint8Array([0x7b, 0x22, 0x63, 0x6f, 0x64, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])] });
    expect(body.status).toBe(400);
    const label = await send("GET", "/items/%C3%28");
    expect(label.status).toBe(400);
    expect(app.calls).toEqual([]);
  });

  test("a body cut short by the client gets no handler call and no crash", async () => {
    await new Promise<void>((resolve) => {
      const req = httpRequest({ host: "127.0.0.1", port, method: "PUT", path: "/items/x", headers: { ...json, "content-length": "100" } });
      req.on("error", () => resolve());
      req.write('{"code":"12');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    const after = await send("GET", "/items/still-alive");
    expect(after.status).toBe(200);
    expect(app.calls.map((c) => c.operation)).toEqual(["GetItem"]);
  });
});

describe("oversized request heads", () => {
  test("huge headers: node:http answers 431 itself; the Fetch and Lambda adapters answer 400", async () => {
    const huge = "x".repeat(64 * 1024);
    const viaNode = await send("GET", "/items/x", { headers: { "x-huge": huge } });
    expect(viaNode.status).toBe(431);
    const viaFetch = await app.service.fetch(new Request("http://store.example/items/x", { headers: { "x-huge": huge } }));
    expect(viaFetch.status).toBe(400);
    const viaLambda = await app.service.toLambdaHandler()({ version: "2.0", rawPath: "/items/x", headers: { "x-huge": huge }, requestContext: { http: { method: "GET" } } });
    expect(viaLambda.statusCode).toBe(400);
    expect(app.calls).toEqual([]);
  });

  test("over a thousand query parameters or a kilometre-long path are a 400", async () => {
    const query = Array.from({ length: 1500 }, (_, i) => `k${i}=v`).join("&");
    expect((await send("GET", `/items/x?${query}`)).status).toBe(400);
    expect((await send("GET", `/items/${"a".repeat(9000)}`)).status).toBe(400);
    expect(app.calls).toEqual([]);
  });
});
