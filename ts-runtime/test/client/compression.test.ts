// @requestCompression (gzip) and @httpChecksumRequired (Content-MD5) interceptors.
import { gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { collectBody } from "../../src/http/body.js";
import { contentMd5 } from "../../src/client/checksum.js";
import { Client } from "../../src/client/client.js";
import type { ClientConfig } from "../../src/client/config.js";
import { requestCompression } from "../../src/client/compression.js";
import { ConstructionError } from "../../src/errors.js";
import type { HttpRequest } from "../../src/http/types.js";
import { BLOB, STRING } from "../../src/schema/prelude.js";
import type { OperationSchema } from "../../src/schema/schema.js";
import { FakeProtocol, GET_THING, ScriptedHttpClient, SERVICE, json, operation } from "./fakes.js";

const COMPRESSED = operation({ traits: { requestCompression: { encodings: ["br", "gzip"] } } });

/** Sends through a client whose protocol produced `request`'s body and headers. */
async function send(op: OperationSchema, body: HttpRequest["body"], config: ClientConfig = {}, headers: Record<string, string> = {}) {
  const protocol = new FakeProtocol();
  protocol.serializeRequest = async () => ({ method: "POST", protocol: "https:", hostname: "x", path: "/", query: [], headers, body });
  const http = new ScriptedHttpClient(json(200, {}));
  const c = new Client(
    { service: SERVICE, protocol, interceptors: [requestCompression(), contentMd5()] },
    { endpoint: "https://api.example.com", httpClient: http, ...config },
  );
  await c.send(op, {});
  return http.requests[0]!;
}

const big = "x".repeat(20_000);

describe("requestCompression", () => {
  test("gzips bodies at or above the threshold and sets Content-Encoding", async () => {
    const request = await send(COMPRESSED, big, {}, { "content-length": "20000" });
    expect(request.headers["content-encoding"]).toBe("gzip");
    expect(request.headers["content-length"]).toBeUndefined();
    const bytes = request.body as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(gunzipSync(bytes).toString()).toBe(big);
  });

  test("appends gzip after a user-provided encoding", async () => {
    const request = await send(COMPRESSED, big, {}, { "content-encoding": "custom" });
    expect(request.headers["content-encoding"]).toBe("custom, gzip");
  });

  test("leaves small bodies alone; the threshold is configurable", async () => {
    expect((await send(COMPRESSED, "small")).body).toBe("small");
    const zero = await send(COMPRESSED, "small", { requestMinCompressionSizeBytes: 0 });
    expect(gunzipSync(zero.body as Uint8Array).toString()).toBe("small");
  });

  test("disableRequestCompression, and operations without the trait or without gzip", async () => {
    expect((await send(COMPRESSED, big, { disableRequestCompression: true })).body).toBe(big);
    expect((await send(GET_THING, big)).body).toBe(big);
    expect((await send(operation({ traits: { requestCompression: { encodings: ["br"] } } }), big)).body).toBe(big);
  });

  test("streaming bodies are compressed as streams regardless of size", async () => {
    const streaming = operation({
      traits: { requestCompression: { encodings: ["gzip"] } },
      input: { kind: "structure", id: "test#Up", traits: {}, members: [{ name: "data", target: BLOB, traits: { streaming: true, httpPayload: true } }] },
    });
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("tiny "));
        controller.enqueue(new TextEncoder().encode("stream"));
        controller.close();
      },
    });
    const request = await send(streaming, source);
    expect(request.body).toBeInstanceOf(ReadableStream);
    expect(gunzipSync(await collectBody(request.body)).toString()).toBe("tiny stream");
    const bytesForStreamingMember = await send(streaming, "tiny");
    expect(gunzipSync(bytesForStreamingMember.body as Uint8Array).toString()).toBe("tiny");
  });

  test.each([[-1], [10_485_761], [1.5]])("requestMinCompressionSizeBytes %d is rejected", (value) => {
    const make = () => new Client({ service: SERVICE, protocol: new FakeProtocol() }, { requestMinCompressionSizeBytes: value });
    expect(make).toThrow(ConstructionError);
    expect(make).toThrow(/requestMinCompressionSizeBytes.*0 to 10485760/);
  });
});

describe("contentMd5", () => {
  const CHECKSUM = operation({
    traits: { httpChecksumRequired: true },
    input: { kind: "structure", id: "test#In", traits: {}, members: [{ name: "foo", target: STRING, traits: {} }] },
  });

  test("adds Content-MD5 for @httpChecksumRequired operations", async () => {
    const request = await send(CHECKSUM, '{"foo":"base64 encoded md5 checksum"}');
    expect(request.headers["content-md5"]).toBe("iB0/3YSo7maijL0IGOgA9g==");
    expect(request.body).toBe('{"foo":"base64 encoded md5 checksum"}');
  });

  test("keeps a Content-MD5 the request already has; skips other operations", async () => {
    expect((await send(CHECKSUM, "x", {}, { "content-md5": "given" })).headers["content-md5"]).toBe("given");
    expect((await send(GET_THING, "x")).headers["content-md5"]).toBeUndefined();
  });

  test("an empty body and a streaming body", async () => {
    expect((await send(CHECKSUM, undefined)).headers["content-md5"]).toBe("1B2M2Y8AsgTpgAmY7PhCfg==");
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("abc"));
        c.close();
      },
    });
    const request = await send(CHECKSUM, stream);
    expect(request.headers["content-md5"]).toBe("kAFQmDzST7DWlj99KOF/cg==");
    expect(new TextDecoder().decode(request.body as Uint8Array)).toBe("abc");
  });

  test("the checksum covers the compressed bytes", async () => {
    const both = operation({ traits: { httpChecksumRequired: true, requestCompression: { encodings: ["gzip"] } } });
    const request = await send(both, big);
    const { createHash } = await import("node:crypto");
    expect(request.headers["content-md5"]).toBe(createHash("md5").update(request.body as Uint8Array).digest("base64"));
  });
});
