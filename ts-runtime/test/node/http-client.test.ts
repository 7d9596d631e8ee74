// The node:http client against a loopback server: requests, responses, streaming, keep-alive,
// abort, errors, and a user-supplied client that goes through a proxy.
import { request as httpRequest } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { collectBody } from "../../src/http/body.js";
import { Client } from "../../src/client/client.js";
import { requestUrl } from "../../src/client/url.js";
import type { HttpClient, HttpRequest, HttpResponse } from "../../src/http/types.js";
import { createDefaultHttpClient } from "../../src/node/default-http-client.js";
import { NodeHttpClient } from "../../src/node/http-client.js";
import { FakeProtocol, GET_THING, SERVICE } from "../client/fakes.js";
import { startServer, type TestServer } from "./http-client-server.js";

let server: TestServer;
let client: NodeHttpClient;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  client?.destroy();
  server.seen.length = 0;
});

function request(overrides: Partial<HttpRequest> = {}): HttpRequest {
  return { method: "GET", protocol: "http:", hostname: "127.0.0.1", port: server.port, path: "/", query: [], headers: {}, body: undefined, ...overrides };
}

const text = async (response: HttpResponse) => new TextDecoder().decode(await collectBody(response.body));

describe("NodeHttpClient", () => {
  test("sends method, path, encoded query and headers; reads status, headers and body", async () => {
    server.handler = (_, res) => {
      res.setHeader("X-Multi", ["a", "b"]);
      res.setHeader("Content-Type", "text/plain");
      res.statusCode = 201;
      res.end("hello");
    };
    client = new NodeHttpClient();
    const response = await client.handle(
      request({ path: "/items/a%20b", query: [["q", "x y"], ["q", "z&"], ["e", ""]], headers: { "x-custom": "v" } }),
      {},
    );
    expect(server.seen[0]).toMatchObject({ method: "GET", url: "/items/a%20b?q=x%20y&q=z%26&e=", headers: { "x-custom": "v" } });
    expect(response.statusCode).toBe(201);
    expect(response.headers["x-multi"]).toBe("a, b");
    expect(response.headers["content-type"]).toBe("text/plain");
    expect(Object.getPrototypeOf(response.headers)).toBeNull();
    expect(await text(response)).toBe("hello");
  });

  test("string, byte and streaming request bodies", async () => {
    server.handler = (req, res, body) => res.end(`${req.headers["content-length"] ?? "chunked"}:${body}`);
    client = new NodeHttpClient();
    expect(await text(await client.handle(request({ method: "POST", body: "héllo" }), {}))).toBe("6:héllo");
    expect(await text(await client.handle(request({ method: "POST", body: new Uint8Array([104, 105]) }), {}))).toBe("2:hi");
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("str"));
        c.enqueue(new TextEncoder().encode("eam"));
        c.close();
      },
    });
    expect(await text(await client.handle(request({ method: "PUT", body: stream }), {}))).toBe("chunked:stream");
    async function* chunks() {
      yield new TextEncoder().encode("it");
      yield new TextEncoder().encode("er");
    }
    expect(await text(await client.handle(request({ method: "PUT", body: chunks() }), {}))).toBe("chunked:iter");
  });

  test("keeps connections alive between requests", async () => {
    server.handler = (_, res) => res.end("ok");
    client = new NodeHttpClient();
    for (let i = 0; i < 3; i++) await text(await client.handle(request(), {}));
    const ports = new Set(server.seen.map((s) => s.remotePort));
    expect(ports.size).toBe(1);
  });

  test("destroy() closes pooled connections", async () => {
    server.handler = (_, res) => res.end("ok");
    client = new NodeHttpClient();
    await text(await client.handle(request(), {}));
    const before = server.closedSockets;
    client.destroy();
    await expect.poll(() => server.closedSockets).toBeGreaterThan(before);
  });

  test("abort before the response rejects with the signal's reason and closes the socket", async () => {
    server.handler = () => {};
    client = new NodeHttpClient();
    const controller = new AbortController();
    const pending = client.handle(request(), { signal: controller.signal });
    await expect.poll(() => server.seen.length).toBe(1);
    const before = server.closedSockets;
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await expect.poll(() => server.closedSockets).toBeGreaterThan(before);
  });

  test("abort while the body streams fails the body read", async () => {
    server.handler = (_, res) => {
      res.write("partial");
    };
    client = new NodeHttpClient();
    const controller = new AbortController();
    const response = await client.handle(request(), { signal: controller.signal });
    const reading = collectBody(response.body);
    controller.abort(new Error("late stop"));
    await expect(reading).rejects.toThrow("late stop");
  });

  test("large bodies arrive whole and in order (with backpressure)", async () => {
    const chunk = "0123456789abcdef".repeat(4096);
    server.handler = (_, res) => {
      let n = 0;
      const write = () => {
        while (n < 64) {
          n++;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      write();
    };
    client = new NodeHttpClient();
    const response = await client.handle(request(), {});
    const slow: Uint8Array[] = [];
    for await (const part of response.body as AsyncIterable<Uint8Array>) {
      slow.push(part);
      if (slow.length % 8 === 0) await new Promise((r) => setTimeout(r, 1));
    }
    const total = slow.reduce((n, c) => n + c.byteLength, 0);
    expect(total).toBe(chunk.length * 64);
    expect(new TextDecoder().decode(slow[0]!).startsWith("0123456789abcdef")).toBe(true);
  });

  test("a connection closed mid-body fails the read with ECONNRESET", async () => {
    server.handler = (_, res) => {
      res.writeHead(200, { "content-length": "100" });
      res.write("only part");
      setTimeout(() => res.socket?.destroy(), 5);
    };
    client = new NodeHttpClient();
    const response = await client.handle(request(), {});
    await expect(collectBody(response.body)).rejects.toMatchObject({ code: "ECONNRESET" });
  });

  test("a body can be iterated once; return() abandons it", async () => {
    server.handler = (_, res) => {
      res.write("a");
    };
    client = new NodeHttpClient();
    const response = await client.handle(request(), {});
    const body = response.body as AsyncIterable<Uint8Array>;
    const iterator = body[Symbol.asyncIterator]();
    expect(() => body[Symbol.asyncIterator]()).toThrow(TypeError);
    const before = server.closedSockets;
    await iterator.return!();
    await expect.poll(() => server.closedSockets).toBeGreaterThan(before);
  });

  test("an already-aborted signal sends nothing", async () => {
    client = new NodeHttpClient();
    await expect(client.handle(request(), { signal: AbortSignal.abort(new Error("early")) })).rejects.toThrow("early");
    expect(server.seen).toHaveLength(0);
  });

  test("connection errors reject with the socket error", async () => {
    client = new NodeHttpClient();
    const closed = await startServer();
    const port = closed.port;
    await closed.close();
    await expect(client.handle(request({ port }), {})).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  test("https: requests go through node:https (a TLS handshake with a plain server fails)", async () => {
    client = new NodeHttpClient();
    await expect(client.handle(request({ protocol: "https:" }), {})).rejects.toThrow();
  });

  test("createDefaultHttpClient makes a NodeHttpClient", () => {
    expect(createDefaultHttpClient()).toBeInstanceOf(NodeHttpClient);
  });
});

/**
 * A user-supplied HttpClient that sends every request through a plain-HTTP forward proxy
 * (absolute-form request target), the way one would reach a service from behind a proxy.
 */
class ForwardProxyHttpClient implements HttpClient {
  constructor(
    readonly proxyHost: string,
    readonly proxyPort: number,
  ) {}

  handle(request: HttpRequest, options: { readonly signal?: AbortSignal }): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const host = request.port === undefined ? request.hostname : `${request.hostname}:${request.port}`;
      const req = httpRequest({
        host: this.proxyHost,
        port: this.proxyPort,
        method: request.method,
        path: requestUrl(request),
        headers: { ...request.headers, host },
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      req.on("error", reject);
      req.on("response", (res) => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: res }));
      req.end(request.body as string | Uint8Array | undefined);
    });
  }
}

describe("a user-supplied HTTP client", () => {
  test("routes calls through a forward proxy", async () => {
    const proxy = await startServer();
    const proxied: string[] = [];
    proxy.handler = (req, res, body) => {
      proxied.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? "");
      const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers: req.headers });
      upstream.on("response", (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.end(body);
    };
    server.handler = (_, res) => {
      res.setHeader("content-type", "application/json");
      res.end('{"name":"via proxy"}');
    };
    try {
      const c = new Client(
        { service: SERVICE, protocol: new FakeProtocol() },
        { endpoint: `http://127.0.0.1:${server.port}`, httpClient: new ForwardProxyHttpClient("127.0.0.1", proxy.port) },
      );
      const output = await c.send(GET_THING, { id: "1" });
      expect(output).toMatchObject({ name: "via proxy", $metadata: { httpStatusCode: 200 } });
      expect(proxied).toEqual([`POST http://127.0.0.1:${server.port}/GetThing`]);
      expect(server.seen[0]!.body).toBe('{"id":"1"}');
    } finally {
      await proxy.close();
    }
  });
});
