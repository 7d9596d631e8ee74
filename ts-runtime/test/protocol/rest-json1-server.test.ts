// restJson1 on the server side: reading requests (and rejecting malformed ones) and writing
// responses, modeled errors and framework errors.
import { describe, expect, test } from "vitest";
import type { HttpRequest, HttpResponse } from "../../src/http/types.js";
import { ByteStream } from "../../src/http/byte-stream.js";
import { collectBodyText } from "../../src/http/body.js";
import { FrameworkError } from "../../src/protocol/protocol.js";
import { restJson1 } from "../../src/protocol/rest-json1.js";
import { BLOB, BOOLEAN, BYTE, DOCUMENT, DOUBLE, FLOAT, INTEGER, LONG, SHORT, STRING, TIMESTAMP, UNIT } from "../../src/schema/index.js";
import type { OperationSchema, StructureSchema } from "../../src/schema/index.js";
import { enumOf, errorStruct, list, m, map, op, service, simple, struct, union } from "./schemas.js";

const Strings = list("Strings", STRING);
const StringMap = map("StringMap", STRING);
const StringListMap = map("StringListMap", Strings);

function call(input: StructureSchema, uri: string, method = "POST", output?: StructureSchema, code = 200): OperationSchema {
  return op("Call", { input, ...(output === undefined ? {} : { output }), traits: { http: { method, uri, code } } });
}

const svc = service("aws.protocols#restJson1", []);
const ctx = { service: svc };

function req(path: string, parts: { method?: string; query?: [string, string][]; headers?: Record<string, string>; body?: string } = {}): HttpRequest {
  return { method: parts.method ?? "POST", protocol: "http:", hostname: "localhost", path, query: parts.query ?? [], headers: parts.headers ?? {}, body: parts.body };
}

const JSON_HEADERS = { "content-type": "application/json" };

async function read(operation: OperationSchema, request: HttpRequest): Promise<Record<string, unknown>> {
  return restJson1.deserializeRequest(operation, request, ctx);
}

async function rejection(operation: OperationSchema, request: HttpRequest): Promise<FrameworkError> {
  const error: unknown = await read(operation, request).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FrameworkError)) throw new Error(`expected a FrameworkError, got ${String(error)}`);
  return error;
}

describe("restJson1 server requests: reading every location", () => {
  const Input = struct("Input", [
    m("id", STRING, { httpLabel: true, required: true }),
    m("n", INTEGER, { httpLabel: true, required: true }),
    m("path", STRING, { httpLabel: true, required: true }),
    m("q", DOUBLE, { httpQuery: "q" }),
    m("qs", list("Ints", INTEGER), { httpQuery: "qs" }),
    m("when", TIMESTAMP, { httpQuery: "when" }),
    m("all", StringListMap, { httpQueryParams: true }),
    m("h", BOOLEAN, { httpHeader: "X-Flag" }),
    m("hs", Strings, { httpHeader: "X-List" }),
    m("ht", list("Times", TIMESTAMP), { httpHeader: "X-Times" }),
    m("json", simple("string", { mediaType: "application/json" }, "Json"), { httpHeader: "X-Json" }),
    m("meta", StringMap, { httpPrefixHeaders: "x-meta-" }),
    m("name", STRING, { jsonName: "Name" }),
    m("size", LONG, { default: 10 }),
  ]);
  const operation = call(Input, "/r/{id}/{n}/files/{path+}");

  test("labels, greedy labels, query, params map, headers, prefix headers, body and defaults", async () => {
    const input = await read(
      operation,
      req("/r/a%20b%2Fc/-3/files/dir/sub%20dir/f.txt", {
        query: [
          ["q", "NaN"],
          ["qs", "1"],
          ["qs", "2"],
          ["when", "2020-01-02T03:04:05Z"],
          ["q", "2"],
        ],
        headers: {
          "content-type": "application/json; charset=utf-8",
          "x-flag": "false",
          "x-list": 'a, "b,c"',
          "x-times": "Wed, 01 Jan 2020 00:00:00 GMT, Thu, 02 Jan 2020 00:00:00 GMT",
          "x-json": "eyJhIjoxfQ==",
          "x-meta-color": "red",
        },
        body: '{"Name":"n"}',
      }),
    );
    expect(input).toEqual({
      id: "a b/c",
      n: -3,
      path: "dir/sub dir/f.txt",
      q: NaN,
      qs: [1, 2],
      when: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
      all: { q: ["NaN", "2"], qs: ["1", "2"], when: ["2020-01-02T03:04:05Z"] },
      h: false,
      hs: ["a", "b,c"],
      ht: [new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 0, 2))],
      json: '{"a":1}',
      meta: { color: "red" },
      name: "n",
      size: 10,
    });
  });

  test("a trailing slash is ignored and greedy labels may sit before literals", async () => {
    const Greedy = struct("G", [m("key", STRING, { httpLabel: true, required: true })]);
    expect(await read(call(Greedy, "/pre/{key+}/suffix", "GET"), req("/pre/a/suffix/b/suffix/", { method: "GET" }))).toEqual({ key: "a/suffix/b" });
  });

  test("an empty body is allowed for body members", async () => {
    expect(await read(operation, req("/r/a/1/files/x"))).toEqual({ id: "a", n: 1, path: "x", size: 10 });
  });

  test("a string params map takes the first value of each parameter", async () => {
    const Params = struct("P", [m("named", STRING, { httpQuery: "k" }), m("all", StringMap, { httpQueryParams: true })]);
    expect(await read(call(Params, "/p"), req("/p", { query: [["k", "one"], ["k", "two"], ["other", "x"]] }))).toEqual({ named: "one", all: { k: "one", other: "x" } });
  });
});

describe("restJson1 server requests: malformed values are 400 SerializationException", () => {
  const Input = struct("Malformed", [
    m("byteInPath", BYTE, { httpLabel: true, required: true }),
    m("byteInBody", BYTE),
    m("shortInHeader", SHORT, { httpHeader: "shortInHeader" }),
    m("intInQuery", INTEGER, { httpQuery: "intInQuery" }),
    m("longInBody", LONG),
    m("floatInHeader", FLOAT, { httpHeader: "floatInHeader" }),
    m("boolInQuery", BOOLEAN, { httpQuery: "boolInQuery" }),
    m("boolInBody", BOOLEAN),
    m("blob", BLOB),
    m("tsHeader", TIMESTAMP, { httpHeader: "tsHeader" }),
    m("tsQueryEpoch", TIMESTAMP, { httpQuery: "tsQueryEpoch", timestampFormat: "epoch-seconds" }),
    m("tsBody", TIMESTAMP),
    m("tsBodyDateTime", TIMESTAMP, { timestampFormat: "date-time" }),
    m("json", simple("string", { mediaType: "application/json" }, "JsonText"), { httpHeader: "X-Json" }),
    m("list", Strings),
    m("map", StringMap),
    m("choice", union("Choice", [m("int", INTEGER), m("string", STRING)])),
  ]);
  const operation = call(Input, "/m/{byteInPath}");
  const ok = (parts: Parameters<typeof req>[1] = {}, path = "/m/1"): HttpRequest => req(path, parts);

  test("a well-formed request passes", async () => {
    expect(await read(operation, ok({ headers: JSON_HEADERS, body: '{"byteInBody":1,"choice":{"int":2}}' }))).toEqual({ byteInPath: 1, byteInBody: 1, choice: { int: 2 } });
  });

  const cases: [string, HttpRequest, string][] = [
    ["byte overflow in the path", ok({}, "/m/256"), "/byteInPath"],
    ["float in an integer path", ok({}, "/m/1.001"), "/byteInPath"],
    ["hex in the path", ok({}, "/m/0x42"), "/byteInPath"],
    ["NaN in an integer path", ok({}, "/m/NaN"), "/byteInPath"],
    ["byte overflow in the body", ok({ headers: JSON_HEADERS, body: '{"byteInBody":-256}' }), "/byteInBody"],
    ["string coercion in the body", ok({ headers: JSON_HEADERS, body: '{"byteInBody":"1"}' }), "/byteInBody"],
    ["short overflow in a header", ok({ headers: { shortinheader: "40000" } }), "/shortInHeader"],
    ["trailing characters in a header", ok({ headers: { shortinheader: "2ABC" } }), "/shortInHeader"],
    ["integer overflow in the query", ok({ query: [["intInQuery", "9223372000000000000"]] }), "/intInQuery"],
    ["long overflow in the body", ok({ headers: JSON_HEADERS, body: '{"longInBody":-184467440737095500000}' }), "/longInBody"],
    ["boolean in a float header", ok({ headers: { floatinheader: "true" } }), "/floatInHeader"],
    ["YAML boolean in the query", ok({ query: [["boolInQuery", "yes"]] }), "/boolInQuery"],
    ["capitalized boolean in the query", ok({ query: [["boolInQuery", "True"]] }), "/boolInQuery"],
    ["string boolean in the body", ok({ headers: JSON_HEADERS, body: '{"boolInBody":"true"}' }), "/boolInBody"],
    ["number boolean in the body", ok({ headers: JSON_HEADERS, body: '{"boolInBody":1}' }), "/boolInBody"],
    ["unpadded base64", ok({ headers: JSON_HEADERS, body: '{"blob":"YmxvYg="}' }), "/blob"],
    ["URL-safe base64", ok({ headers: JSON_HEADERS, body: '{"blob":"-_=="}' }), "/blob"],
    ["epoch seconds in a default (http-date) header", ok({ headers: { tsheader: "1515531081" } }), "/tsHeader"],
    ["date-time in a default (http-date) header", ok({ headers: { tsheader: "1985-04-12T23:20:50Z" } }), "/tsHeader"],
    ["http-date in an epoch query", ok({ query: [["tsQueryEpoch", "Tue, 29 Apr 2014 18:30:38 GMT"]] }), "/tsQueryEpoch"],
    ["Infinity in an epoch query", ok({ query: [["tsQueryEpoch", "Infinity"]] }), "/tsQueryEpoch"],
    ["stringified epoch seconds in the body", ok({ headers: JSON_HEADERS, body: '{"tsBody":"1515531081"}' }), "/tsBody"],
    ["date-time in an epoch body member", ok({ headers: JSON_HEADERS, body: '{"tsBody":"1985-04-12T23:20:50Z"}' }), "/tsBody"],
    ["a UTC offset in a date-time body member", ok({ headers: JSON_HEADERS, body: '{"tsBodyDateTime":"1996-12-19T16:39:57-08:00"}' }), "/tsBodyDateTime"],
    ["ISO 8601 but not RFC 3339", ok({ headers: JSON_HEADERS, body: '{"tsBodyDateTime":"19961219T163957Z"}' }), "/tsBodyDateTime"],
    ["bad base64 in a media-typed header", ok({ headers: { "x-json": "xyz" } }), "/json"],
    ["null in a dense list", ok({ headers: JSON_HEADERS, body: '{"list":["a",null]}' }), "/list/1"],
    ["null in a dense map", ok({ headers: JSON_HEADERS, body: '{"map":{"k":null}}' }), "/map/k"],
    ["two union members", ok({ headers: JSON_HEADERS, body: '{"choice":{"int":1,"string":"x"}}' }), "/choice"],
    ["an unknown union member", ok({ headers: JSON_HEADERS, body: '{"choice":{"other":"x"}}' }), "/choice"],
    ["an empty union", ok({ headers: JSON_HEADERS, body: '{"choice":{}}' }), "/choice"],
    ["a union set only to null", ok({ headers: JSON_HEADERS, body: '{"choice":{"int":null}}' }), "/choice"],
    ["invalid JSON", ok({ headers: JSON_HEADERS, body: '{"byteInBody": 1 // comment\n}' }), "invalid JSON"],
    ["trailing garbage", ok({ headers: JSON_HEADERS, body: '{"byteInBody": 1}x' }), "invalid JSON"],
    ["a JSON array body", ok({ headers: JSON_HEADERS, body: '[{"byteInBody": 1}]' }), "expected an object"],
    ["a JSON null body", ok({ headers: JSON_HEADERS, body: "null" }), "expected an object"],
    ["malformed percent-encoding in the path", ok({}, "/m/%E0%A4%A"), "percent-encoding"],
  ];

  test.each(cases)("%s", async (_name, request, message) => {
    const error = await rejection(operation, request);
    expect(error.errorKind).toBe("Serialization");
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain(message);
  });

  test("invalid UTF-8 in the body", async () => {
    const error: unknown = await read(operation, { ...ok({ headers: JSON_HEADERS }), body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FrameworkError);
    expect((error as FrameworkError).message).toContain("UTF-8");
  });

  test("an oversized body is 413 RequestTooLarge", async () => {
    const error: unknown = await restJson1.deserializeRequest(operation, ok({ headers: JSON_HEADERS, body: `{"list":[${'"x",'.repeat(100)}"x"]}` }), { service: svc, bodyLimit: 64 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ errorKind: "RequestTooLarge", statusCode: 413 });
  });

  test("__proto__ keys cannot pollute prototypes", async () => {
    const input = await read(operation, ok({ headers: JSON_HEADERS, body: '{"__proto__":{"byteInBody":1},"map":{"__proto__":"x","constructor":"y"}}' }));
    expect(input["byteInBody"]).toBeUndefined();
    expect(Object.getPrototypeOf(input["map"])).toBe(Object.prototype);
    expect(Object.keys(input["map"] as object)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>)["byteInBody"]).toBeUndefined();
  });
});

describe("restJson1 server requests: content negotiation", () => {
  const Greeting = struct("Greeting", [m("hi", STRING)]);
  const HeaderOnly = struct("HeaderOnly", [m("h", STRING, { httpHeader: "header" })]);
  const Empty = struct("Empty", []);
  const Jpeg = struct("Jpeg", [m("payload", simple("blob", { mediaType: "image/jpeg" }, "JpegBlob"), { httpPayload: true })]);
  const AnyBlob = struct("AnyBlob", [m("payload", BLOB, { httpPayload: true })]);
  const Text = struct("Text", [m("payload", STRING, { httpPayload: true })]);

  const unsupported: [string, OperationSchema, HttpRequest][] = [
    ["a Content-Type without modeled input", call(UNIT, "/x"), req("/x", { headers: JSON_HEADERS, body: "{}" })],
    ["a Content-Type when only headers are modeled", call(HeaderOnly, "/x"), req("/x", { headers: JSON_HEADERS, body: "{}" })],
    ["a JSON body with another JSON media type", call(Greeting, "/x"), req("/x", { headers: { "content-type": "application/hal+json" }, body: "{}" })],
    ["a body without Content-Type", call(Greeting, "/x"), req("/x", { body: "{}" })],
    ["JSON for a JPEG payload", call(Jpeg, "/x"), req("/x", { headers: JSON_HEADERS, body: "{}" })],
    ["JSON for a text payload", call(Text, "/x"), req("/x", { headers: JSON_HEADERS, body: "{}" })],
    ["no Content-Type for a text payload", call(Text, "/x"), req("/x", { body: "raw" })],
  ];
  test.each(unsupported)("415 for %s", async (_name, operation, request) => {
    expect(await rejection(operation, request)).toMatchObject({ errorKind: "UnsupportedMediaType", statusCode: 415 });
  });

  const accepted: [string, OperationSchema, HttpRequest][] = [
    ["parameters in Content-Type", call(Greeting, "/x"), req("/x", { headers: { "content-type": "application/json; charset=utf-8" }, body: "{}" })],
    ["a stray Content-Type on an empty body", call(HeaderOnly, "/x"), req("/x", { headers: JSON_HEADERS })],
    ["an empty body without Content-Type", call(Greeting, "/x"), req("/x")],
    ["a JSON object for a member-less input", call(Empty, "/x"), req("/x", { headers: JSON_HEADERS, body: "{}" })],
    ["any Content-Type for a blob payload", call(AnyBlob, "/x"), req("/x", { headers: { "content-type": "image/gif" }, body: "GIF" })],
    ["no Content-Type for a blob payload", call(AnyBlob, "/x"), req("/x", { body: "GIF" })],
    ["any Accept for a blob output", call(AnyBlob, "/x", "POST", AnyBlob), req("/x", { headers: { accept: "image/gif" } })],
    ["Accept */*", call(Greeting, "/x", "POST", Greeting), req("/x", { headers: { accept: "*/*" } })],
    ["Accept application/*", call(Greeting, "/x", "POST", Greeting), req("/x", { headers: { accept: "application/*" } })],
    ["Accept application/json for Unit output", call(UNIT, "/x"), req("/x", { headers: { accept: "application/json" } })],
    ["any Accept for Unit output", call(UNIT, "/x"), req("/x", { headers: { accept: "text/html" } })],
  ];
  test.each(accepted)("accepts %s", async (_name, operation, request) => {
    await expect(read(operation, request)).resolves.toBeDefined();
  });

  const notAcceptable: [string, OperationSchema, HttpRequest][] = [
    ["another JSON type for a JSON output", call(UNIT, "/x", "POST", Greeting), req("/x", { headers: { accept: "application/hal+json" } })],
    ["JSON for a JPEG output", call(UNIT, "/x", "POST", Jpeg), req("/x", { headers: { accept: "application/json" } })],
    ["JSON for a text output", call(UNIT, "/x", "POST", Text), req("/x", { headers: { accept: "application/json" } })],
  ];
  test.each(notAcceptable)("406 for %s", async (_name, operation, request) => {
    expect(await rejection(operation, request)).toMatchObject({ errorKind: "NotAcceptable", statusCode: 406 });
  });

  test("an empty object for a structure payload reads as unset (what clients send for unset)", async () => {
    const Nested = struct("Nested", [m("v", STRING)]);
    const WithPayload = struct("WithPayload", [m("id", STRING, { httpHeader: "x-id" }), m("nested", Nested, { httpPayload: true })]);
    expect(await read(call(WithPayload, "/x"), req("/x", { headers: { ...JSON_HEADERS, "x-id": "1" }, body: " { } " }))).toEqual({ id: "1" });
    expect(await read(call(WithPayload, "/x"), req("/x", { headers: JSON_HEADERS, body: '{"v":"x"}' }))).toEqual({ nested: { v: "x" } });
  });

  test("payloads are read by kind", async () => {
    const Doc = struct("Doc", [m("doc", DOCUMENT, { httpPayload: true })]);
    const Stream = struct("Stream", [m("body", simple("blob", { streaming: true }, "Stream"), { httpPayload: true })]);
    expect(await read(call(AnyBlob, "/x"), req("/x", { body: "bytes" }))).toEqual({ payload: new TextEncoder().encode("bytes") });
    expect(await read(call(Text, "/x"), req("/x", { headers: { "content-type": "text/plain" }, body: "words" }))).toEqual({ payload: "words" });
    expect(await read(call(Doc, "/x"), req("/x", { headers: JSON_HEADERS, body: '"hello"' }))).toEqual({ doc: "hello" });
    const streamed = await read(call(Stream, "/x"), req("/x", { body: "chunks" }));
    expect(await (streamed["body"] as ByteStream).text()).toBe("chunks");
  });
});

describe("restJson1 server responses", () => {
  const Nested = struct("Nested", [m("greeting", STRING, { default: "hi" })]);
  const Output = struct("Output", [
    m("code", INTEGER, { httpResponseCode: true }),
    m("h", list("Modes", enumOf("Mode", ["a", "b"])), { httpHeader: "X-Modes" }),
    m("tag", STRING, { httpHeader: "X-Tag", default: "t0" }),
    m("query", STRING, { httpQuery: "ignored" }),
    m("nested", Nested),
    m("name", STRING, { jsonName: "Name" }),
    m("count", INTEGER, { default: 0 }),
  ]);

  test("status from @httpResponseCode or @http, headers with defaults, and a JSON body with defaults", async () => {
    const operation = call(UNIT, "/x", "PUT", Output, 201);
    const fallback = await restJson1.serializeResponse(operation, { nested: {} }, ctx);
    expect(fallback.statusCode).toBe(201);
    expect(fallback.headers).toEqual({ "x-tag": "t0", "content-type": "application/json", "content-length": "38" });
    expect(JSON.parse(fallback.body as string)).toEqual({ nested: { greeting: "hi" }, count: 0 });
    const explicit = await restJson1.serializeResponse(operation, { code: 202, h: ["a", "b"], query: "q", name: "n" }, ctx);
    expect(explicit.statusCode).toBe(202);
    expect(explicit.headers["x-modes"]).toBe("a, b");
    expect(JSON.parse(explicit.body as string)).toEqual({ query: "q", Name: "n", count: 0 });
  });

  test("outputs without body members still answer with a JSON object; Unit answers with nothing", async () => {
    const headerOnly = await restJson1.serializeResponse(call(UNIT, "/x", "GET", struct("H", [m("h", STRING, { httpHeader: "h" })])), {}, ctx);
    expect(headerOnly.body).toBe("{}");
    expect(headerOnly.headers["content-type"]).toBe("application/json");
    const unit = await restJson1.serializeResponse(call(UNIT, "/x"), {}, ctx);
    expect(unit.body).toBeUndefined();
    expect(unit.headers).toEqual({ "content-length": "0" });
  });

  test("payload outputs", async () => {
    const Blob = struct("B", [m("data", simple("blob", { mediaType: "image/png" }, "Png"), { httpPayload: true })]);
    const Choice = struct("U", [m("choice", union("C", [m("a", STRING)]), { httpPayload: true })]);
    const png = await restJson1.serializeResponse(call(UNIT, "/x", "GET", Blob), { data: new Uint8Array([1]) }, ctx);
    expect(png.headers).toEqual({ "content-type": "image/png", "content-length": "1" });
    const unset = await restJson1.serializeResponse(call(UNIT, "/x", "GET", Choice), {}, ctx);
    expect(unset.body).toBeUndefined();
    expect(unset.headers).toEqual({ "content-length": "0" });
    const Struct = struct("SP", [m("nested", struct("N", [m("v", STRING)]), { httpPayload: true })]);
    expect((await restJson1.serializeResponse(call(UNIT, "/x", "GET", Struct), {}, ctx)).body).toBeUndefined();
    expect((await restJson1.serializeResponse(call(UNIT, "/x", "GET", Struct), { nested: { v: "x" } }, ctx)).body).toBe('{"v":"x"}');
  });

  test("an output that cannot be serialized is an InternalFailure, not a client error", async () => {
    await expect(restJson1.serializeResponse(call(UNIT, "/x", "GET", Output), { count: "many" }, ctx)).rejects.toMatchObject({ errorKind: "InternalFailure" });
  });
});

describe("restJson1 server errors", () => {
  const Detail = struct("Detail", [m("foo", STRING, { jsonName: "Fooooo" })]);
  const Complex = errorStruct("ComplexProblem", [m("header", STRING, { httpHeader: "X-Header" }), m("top", STRING), m("detail", Detail)], { error: "client", httpError: 403 });
  const Plain = errorStruct("PlainProblem", [m("message", STRING)], { error: "server" });
  const operation = op("Fail", { errors: [Complex, Plain], traits: { http: { method: "POST", uri: "/fail", code: 200 } } });

  test("modeled errors: @httpError status, X-Amzn-Errortype, bound headers and body members", async () => {
    const error = new (Complex.errorClass())({ header: "h", top: "t", detail: { foo: "f" } });
    const res = await restJson1.serializeError(operation, error, ctx);
    expect(res.statusCode).toBe(403);
    expect(res.headers).toMatchObject({ "x-amzn-errortype": "ComplexProblem", "x-header": "h", "content-type": "application/json" });
    expect(JSON.parse(res.body as string)).toEqual({ top: "t", detail: { Fooooo: "f" } });
  });

  test("server faults default to 500", async () => {
    const res = await restJson1.serializeError(operation, new (Plain.errorClass())({}), ctx);
    expect(res.statusCode).toBe(500);
    expect(res.headers["x-amzn-errortype"]).toBe("PlainProblem");
  });

  test("an unmodeled error becomes a 500 that reveals nothing", async () => {
    const res = await restJson1.serializeError(operation, new Error("database password is hunter2"), ctx);
    expect(res.statusCode).toBe(500);
    expect(res.headers["x-amzn-errortype"]).toBe("InternalFailureException");
    expect(await collectBodyText(res.body)).not.toContain("hunter2");
  });

  test.each([
    ["Serialization", 400, "SerializationException"],
    ["UnsupportedMediaType", 415, "UnsupportedMediaTypeException"],
    ["NotAcceptable", 406, "NotAcceptableException"],
    ["UnknownOperation", 404, "UnknownOperationException"],
    ["InternalFailure", 500, "InternalFailureException"],
  ] as const)("framework error %s", (kind, status, code) => {
    const res: HttpResponse = restJson1.serializeFrameworkError(new FrameworkError(kind, "secret detail"), ctx);
    expect(res.statusCode).toBe(status);
    expect(res.headers["x-amzn-errortype"]).toBe(code);
    expect(res.headers["content-type"]).toBe("application/json");
    const body = JSON.parse(res.body as string) as { message: string };
    expect(body.message).toBe(kind === "InternalFailure" ? "Internal failure" : "secret detail");
  });
});

describe("restJson1 server requests: an empty structure payload", () => {
  const Config = struct("PayloadConfig", [m("data", INTEGER)]);
  const body = { headers: JSON_HEADERS, body: "{}" };

  test("reads back as unset when the payload member is optional (what clients send for unset)", async () => {
    const Input = struct("OptionalPayloadInput", [m("config", Config, { httpPayload: true })]);
    expect(await read(call(Input, "/p"), req("/p", body))).toEqual({});
  });

  test("is the empty structure when the payload member is @required", async () => {
    const Input = struct("RequiredPayloadInput", [m("config", Config, { httpPayload: true, required: true })]);
    expect(await read(call(Input, "/p"), req("/p", body))).toEqual({ config: {} });
  });
});
