// @requestCompression on the server: gzip bodies are decoded before the protocol reads them
// (never past the body limit), and the "gzip" coding is dropped from Content-Encoding so a
// member bound to that header sees only the codings the caller chose.
import { describe, expect, test } from "vitest";
import { FrameworkError } from "../../src/protocol/protocol.js";
import { restJson1 } from "../../src/protocol/rest-json1.js";
import { STRING, type OperationSchema, type ServiceSchema } from "../../src/schema/index.js";
import { ServiceBuilder } from "../../src/server/builder.js";
import { serviceConfig } from "../../src/server/config.js";
import { decodeRequestCompression } from "../../src/server/content-encoding.js";
import { recordingLogger, request } from "./support.js";

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const PUT: OperationSchema = {
  id: "example#Put",
  name: "Put",
  input: {
    kind: "structure",
    id: "example#PutInput",
    traits: {},
    members: [
      { name: "encoding", target: STRING, traits: { httpHeader: "Content-Encoding" } },
      { name: "data", target: STRING, traits: {} },
    ],
  },
  output: { kind: "structure", id: "smithy.api#Unit", traits: {}, members: [] },
  errors: [],
  traits: { http: { method: "POST", uri: "/put", code: 200 }, requestCompression: { encodings: ["gzip"] } },
};
const PLAIN: OperationSchema = { ...PUT, traits: { http: PUT.traits.http! } };

describe("decodeRequestCompression", () => {
  test("decodes a trailing gzip coding and keeps the codings before it", async () => {
    const decoded = await decodeRequestCompression(PUT, { "content-encoding": "custom, gzip", "x-other": "1" }, await gzip('{"data":"x"}'), 1024);
    expect(decoded?.headers).toEqual({ "content-encoding": "custom", "x-other": "1" });
    expect(new TextDecoder().decode(decoded?.body as Uint8Array)).toBe('{"data":"x"}');
    const only = await decodeRequestCompression(PUT, { "content-encoding": "GZIP" }, await gzip("{}"), 1024);
    expect(only?.headers).toEqual({});
  });

  test("leaves requests alone without the trait, without a trailing gzip, or without a body", async () => {
    const body = await gzip("{}");
    expect(await decodeRequestCompression(PLAIN, { "content-encoding": "gzip" }, body, 1024)).toBeUndefined();
    expect(await decodeRequestCompression(PUT, { "content-encoding": "gzip, custom" }, body, 1024)).toBeUndefined();
    expect(await decodeRequestCompression(PUT, {}, body, 1024)).toBeUndefined();
    expect(await decodeRequestCompression(PUT, { "content-encoding": "gzip" }, undefined, 1024)).toBeUndefined();
  });

  test("a corrupt stream is a Serialization error; a body that inflates past the limit is RequestTooLarge", async () => {
    const corrupt = decodeRequestCompression(PUT, { "content-encoding": "gzip" }, new Uint8Array([1, 2, 3, 4]), 1024);
    await expect(corrupt).rejects.toMatchObject({ errorKind: "Serialization" });
    await expect(corrupt).rejects.toBeInstanceOf(FrameworkError);
    const bomb = await gzip(JSON.stringify({ data: "a".repeat(100_000) }));
    expect(bomb.length).toBeLessThan(1024);
    await expect(decodeRequestCompression(PUT, { "content-encoding": "gzip" }, bomb, 1024)).rejects.toMatchObject({ errorKind: "RequestTooLarge" });
  });
});

describe("a @requestCompression operation served with restJson1", () => {
  const service: ServiceSchema = {
    id: "example#Svc", name: "Svc", version: "1", protocol: { id: "aws.protocols#restJson1", settings: {} }, authSchemes: [], errors: [], operations: [PUT],
  };
  type Ops = { Put: { input: { encoding?: string; data?: string }; output: Record<string, never>; errors: never } };

  test("the handler gets the decompressed input and the caller's own Content-Encoding", async () => {
    const seen: unknown[] = [];
    const app = new ServiceBuilder<Ops>({ schema: service, protocol: restJson1 }, serviceConfig().logger(recordingLogger().logger).build())
      .handler("Put", (input) => {
        seen.push(input);
        return {};
      })
      .build();
    const body = await gzip(JSON.stringify({ data: "hello" }));
    const compressed = { ...request("POST", "/put", { headers: { "content-type": "application/json", "content-encoding": "custom, gzip" } }), body };
    const res = await app.handle(compressed);
    expect(res.statusCode).toBe(200);
    expect(seen).toEqual([{ encoding: "custom", data: "hello" }]);
    const plain = await app.handle(request("POST", "/put", { headers: { "content-type": "application/json" }, body: '{"data":"plain"}' }));
    expect(plain.statusCode).toBe(200);
    expect(seen[1]).toEqual({ data: "plain" });
  });
});
