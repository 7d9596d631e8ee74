// The fetch client against a loopback node:http server (Node's own fetch).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { collectBody } from "../../src/http/body.js";
import { createDefaultHttpClient } from "../../src/client/default-http-client.js";
import { FetchHttpClient } from "../../src/client/fetch-http-client.js";
import type { HttpRequest, HttpResponse } from "../../src/http/types.js";
import { startServer, type TestServer } from "../node/http-client-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

function request(overrides: Partial<HttpRequest> = {}): HttpRequest {
  return { method: "GET", protocol: "http:", hostname: "127.0.0.1", port: server.port, path: "/", query: [], headers: {}, body: undefined, ...overrides };
}

const text = async (response: HttpResponse) => new TextDecoder().decode(await collectBody(response.body));

describe("FetchHttpClient", () => {
  test("sends method, path, query and headers (but not host); reads the response", async () => {
    server.handler = (_, res) => {
      res.setHeader("X-Reply", "yes");
      res.statusCode = 202;
      res.end("fetched");
    };
    const response = await new FetchHttpClient().handle(
      request({ path: "/a%2Fb", query: [["k", "v w"]], headers: { "x-custom": "1", host: "ignored.example" } }),
      {},
    );
    const seen = server.seen.at(-1)!;
    expect(seen).toMatchObject({ method: "GET", url: "/a%2Fb?k=v%20w", headers: { "x-custom": "1", host: `127.0.0.1:${server.port}` } });
    expect(response.statusCode).toBe(202);
    expect(response.headers["x-reply"]).toBe("yes");
    expect(Object.getPrototypeOf(response.headers)).toBeNull();
    expect(await text(response)).toBe("fetched");
  });

  test("string, byte and streaming bodies; GET with an empty body is sent without one", async () => {
    server.handler = (_, res, body) => res.end(body);
    const client = new FetchHttpClient();
    expect(await text(await client.handle(request({ method: "POST", body: "s" }), {}))).toBe("s");
    expect(await text(await client.handle(request({ method: "POST", body: new Uint8Array([66]) }), {}))).toBe("B");
    async function* chunks() {
      yield new TextEncoder().encode("a");
      yield new TextEncoder().encode("b");
    }
    expect(await text(await client.handle(request({ method: "PUT", body: chunks() }), {}))).toBe("ab");
    expect(await text(await client.handle(request({ method: "GET", body: "" }), {}))).toBe("");
  });

  test("abort rejects with the signal's reason", async () => {
    server.handler = () => {};
    const controller = new AbortController();
    const pending = new FetchHttpClient().handle(request(), { signal: controller.signal });
    const reason = new Error("cancelled");
    setTimeout(() => controller.abort(reason), 5);
    await expect(pending).rejects.toBe(reason);
  });

  test("a custom fetch and extra RequestInit fields", async () => {
    const calls: [string, RequestInit][] = [];
    const fake: typeof fetch = async (input, init) => {
      calls.push([String(input), init ?? {}]);
      return new Response("x", { status: 200 });
    };
    const response = await new FetchHttpClient({ fetch: fake, requestInit: { credentials: "include" } }).handle(
      request({ protocol: "https:", hostname: "::1", port: 8443, path: "/p" }),
      {},
    );
    expect(calls[0]![0]).toBe("https://[::1]:8443/p");
    expect(calls[0]![1].credentials).toBe("include");
    expect(await text(response)).toBe("x");
  });

  test("the non-Node default is the fetch client", () => {
    expect(createDefaultHttpClient()).toBeInstanceOf(FetchHttpClient);
  });
});
