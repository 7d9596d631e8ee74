// Each protocol comes as a client half and a server half (what generated code imports), each
// reading big numbers only when built with the lossless JSON reader, and as an object joining
// both halves.
import { describe, expect, test } from "vitest";
import { awsJson1_0Client, awsJson1_1Client } from "../../src/protocol/aws-json-client.js";
import { awsJson1_0Server, awsJson1_1Server } from "../../src/protocol/aws-json-server.js";
import { awsJson1_0 } from "../../src/protocol/aws-json.js";
import { ClientServerProtocol } from "../../src/protocol/client-server-protocol.js";
import type { ClientProtocol, ServerProtocol } from "../../src/protocol/protocol.js";
import { restJson1Client } from "../../src/protocol/rest-json1-client.js";
import { restJson1Server } from "../../src/protocol/rest-json1-server.js";
import { restJson1 } from "../../src/protocol/rest-json1.js";
import { BIG_DECIMAL, BIG_INTEGER, LONG } from "../../src/schema/index.js";
import type { JsonProtocolOptions } from "../../src/protocol/json-protocol-options.js";
import { parseLosslessJson } from "../../src/serde/lossless-json-reader.js";
import { timestampCodec } from "../../src/serde/timestamp.js";
import { m, op, service, struct } from "./schemas.js";

const Big = struct("Big", [m("i", BIG_INTEGER), m("d", BIG_DECIMAL), m("n", LONG)]);
const Get = op("Get", { output: Big, traits: { http: { method: "GET", uri: "/big", code: 200 } } });
const Put = op("Put", { input: Big, traits: { http: { method: "PUT", uri: "/big", code: 200 } } });
const BIG_TEXT = '{"i":123456789012345678901234567890,"d":0.10000000000000000000000000001,"n":5}';
const BIG_VALUE = { i: 123456789012345678901234567890n, d: "0.10000000000000000000000000001", n: 5 };

/** A protocol half that can be rebuilt with the lossless JSON reader. */
type WithLossless<P> = P & { withOptions(options: JsonProtocolOptions): WithLossless<P> };

const clients: readonly [string, WithLossless<ClientProtocol>, string][] = [
  ["restJson1", restJson1Client, "aws.protocols#restJson1"],
  ["awsJson1_0", awsJson1_0Client, "aws.protocols#awsJson1_0"],
  ["awsJson1_1", awsJson1_1Client, "aws.protocols#awsJson1_1"],
];
const servers: readonly [string, WithLossless<ServerProtocol>, string][] = [
  ["restJson1", restJson1Server, "aws.protocols#restJson1"],
  ["awsJson1_0", awsJson1_0Server, "aws.protocols#awsJson1_0"],
  ["awsJson1_1", awsJson1_1Server, "aws.protocols#awsJson1_1"],
];

describe.each(clients)("%s client half", (_name, protocol, id) => {
  const ctx = { service: service(id, [Get]), idempotencyToken: () => "token" };
  const response = { statusCode: 200, headers: { "content-type": "application/json" }, body: BIG_TEXT };

  test("has no server methods", () => {
    expect(protocol.id).toBe(id);
    expect("deserializeRequest" in protocol || "serializeResponse" in protocol).toBe(false);
  });

  test("refuses to read big numbers without the lossless reader, rather than rounding them", async () => {
    await expect(protocol.deserializeResponse(Get, response, ctx)).rejects.toThrow(/withOptions\(\{ losslessReader: parseLosslessJson \}\)/);
  });

  test("withOptions gives one shared variant per set of options; the lossless one reads them exactly", async () => {
    const lossless = protocol.withOptions({ losslessReader: parseLosslessJson });
    expect(protocol.withOptions({ losslessReader: parseLosslessJson })).toBe(lossless);
    expect(lossless.withOptions({ losslessReader: parseLosslessJson })).toBe(lossless);
    expect(protocol.withOptions({})).toBe(protocol);
    const both = protocol.withOptions({ losslessReader: parseLosslessJson, timestamps: timestampCodec });
    expect(both).not.toBe(lossless);
    expect(protocol.withOptions({ timestamps: timestampCodec, losslessReader: parseLosslessJson })).toBe(both);
    expect(await lossless.deserializeResponse(Get, response, ctx)).toEqual(BIG_VALUE);
  });

  test("writes big numbers exactly without the reader", async () => {
    const request = await protocol.serializeRequest(Put, BIG_VALUE, { ...ctx, service: service(id, [Put]) });
    expect(request.body).toBe(BIG_TEXT);
  });
});

describe.each(servers)("%s server half", (_name, protocol, id) => {
  const ctx = { service: service(id, [Put]) };
  const headers = id === "aws.protocols#restJson1" ? { "content-type": "application/json" } : { "content-type": `application/x-amz-json-${id.endsWith("1_0") ? "1.0" : "1.1"}` };
  const request = { method: "PUT", protocol: "http:" as const, hostname: "h", path: "/big", query: [], headers, body: BIG_TEXT };

  test("has no client methods", () => {
    expect(protocol.id).toBe(id);
    expect("serializeRequest" in protocol || "deserializeResponse" in protocol).toBe(false);
  });

  test("reads big numbers only with the lossless reader; without it the request fails as an internal error, never rounded", async () => {
    await expect(protocol.deserializeRequest(Put, request, ctx)).rejects.toMatchObject({ errorKind: "InternalFailure" });
    const lossless = protocol.withOptions({ losslessReader: parseLosslessJson });
    expect(protocol.withOptions({ losslessReader: parseLosslessJson })).toBe(lossless);
    expect(await lossless.deserializeRequest(Put, request, ctx)).toEqual(BIG_VALUE);
  });
});

describe("protocols joining both halves", () => {
  test("restJson1 and awsJson1_0 read big numbers on both sides", () => {
    expect(restJson1).toBeInstanceOf(ClientServerProtocol);
    expect(restJson1.client.id).toBe(restJson1.server.id);
    expect(awsJson1_0.contentType).toBe("application/x-amz-json-1.0");
  });

  test("halves of different protocols cannot be joined", () => {
    expect(() => new ClientServerProtocol(restJson1Client, awsJson1_0Server)).toThrow(/different protocols/);
  });
});
