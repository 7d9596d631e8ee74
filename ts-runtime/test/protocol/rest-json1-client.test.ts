// restJson1 on the client side: building requests from inputs and reading responses and
// error responses back.
import { describe, expect, test } from "vitest";
import { ResponseError, ServiceError, ConstructionError } from "../../src/errors.js";
import type { HttpRequest, HttpResponse } from "../../src/http/types.js";
import { ByteStream } from "../../src/http/byte-stream.js";
import { restJson1 } from "../../src/protocol/rest-json1.js";
import { BLOB, BOOLEAN, DOCUMENT, DOUBLE, FLOAT, INTEGER, LONG, STRING, TIMESTAMP } from "../../src/schema/index.js";
import type { OperationSchema, StructureSchema } from "../../src/schema/index.js";
import { enumOf, errorStruct, list, m, map, op, service, simple, struct, union } from "./schemas.js";

const Strings = list("Strings", STRING);
const Ints = list("Ints", INTEGER);
const Times = list("Times", TIMESTAMP);
const StringMap = map("StringMap", STRING);
const StringListMap = map("StringListMap", Strings);
const Mode = enumOf("Mode", ["fast", "slow"]);

function call(input: StructureSchema, uri: string, method = "POST", output?: StructureSchema, traits: OperationSchema["traits"] = {}): OperationSchema {
  return op("Call", { input, ...(output === undefined ? {} : { output }), traits: { http: { method, uri, code: 200 }, ...traits } });
}

const svc = service("aws.protocols#restJson1", []);
const ctx = { service: svc, idempotencyToken: () => "tok-0001" };

async function request(operation: OperationSchema, input: Record<string, unknown>): Promise<HttpRequest> {
  return restJson1.serializeRequest(operation, input, ctx);
}

function response(statusCode: number, headers: Record<string, string>, body: string | Uint8Array | undefined = undefined): HttpResponse {
  return { statusCode, headers, body };
}

describe("restJson1 client requests: URI", () => {
  const Labels = struct("Labels", [
    m("name", STRING, { httpLabel: true, required: true }),
    m("count", INTEGER, { httpLabel: true, required: true }),
    m("ratio", DOUBLE, { httpLabel: true, required: true }),
    m("on", BOOLEAN, { httpLabel: true, required: true }),
    m("at", TIMESTAMP, { httpLabel: true, required: true }),
    m("atEpoch", TIMESTAMP, { httpLabel: true, required: true, timestampFormat: "epoch-seconds" }),
    m("atHttp", TIMESTAMP, { httpLabel: true, required: true, timestampFormat: "http-date" }),
  ]);
  const operation = call(Labels, "/items/{name}/{count}/{ratio}/{on}/{at}/{atEpoch}/{atHttp}", "GET");
  const at = new Date(Date.UTC(2021, 5, 7, 8, 9, 10));

  test("labels are formatted by type and percent-encoded", async () => {
    const req = await request(operation, { name: " 50%/x?#😀", count: 7, ratio: NaN, on: false, at, atEpoch: at, atHttp: at });
    expect(req.method).toBe("GET");
    expect(req.path).toBe("/items/%2050%25%2Fx%3F%23%F0%9F%98%80/7/NaN/false/2021-06-07T08%3A09%3A10Z/1623053350/Mon%2C%2007%20Jun%202021%2008%3A09%3A10%20GMT");
    expect(req.body).toBeUndefined();
    expect(req.headers["content-type"]).toBeUndefined();
    expect(req.headers["content-length"]).toBeUndefined();
  });

  test("the root path and a modeled trailing slash are kept", async () => {
    expect((await request(call(struct("E", []), "/"), {})).path).toBe("/");
    expect((await request(call(struct("E", []), "/dir/"), {})).path).toBe("/dir/");
  });

  test("a missing or empty label is a ConstructionError naming it", async () => {
    await expect(request(operation, { count: 1 })).rejects.toThrow(ConstructionError);
    await expect(request(operation, { count: 1 })).rejects.toThrow("/name: the URI label must be set");
    await expect(request(operation, { name: "", count: 1, ratio: 1, on: true, at, atEpoch: at, atHttp: at })).rejects.toThrow(/must not be empty/);
  });

  test("greedy labels keep slashes; literal segments are kept verbatim", async () => {
    const Greedy = struct("Greedy", [m("bucket", STRING, { httpLabel: true, required: true }), m("key", STRING, { httpLabel: true, required: true })]);
    const req = await request(call(Greedy, "/b/{bucket}/(x+)/{key+}", "GET"), { bucket: "my/bucket", key: "dir/sub dir/file.txt" });
    expect(req.path).toBe("/b/my%2Fbucket/(x+)/dir/sub%20dir/file.txt");
  });
});

describe("restJson1 client requests: query", () => {
  const Query = struct("Query", [
    m("text", STRING, { httpQuery: "Text" }),
    m("texts", Strings, { httpQuery: "Texts" }),
    m("ints", Ints, { httpQuery: "Ints" }),
    m("flag", BOOLEAN, { httpQuery: "Flag" }),
    m("num", FLOAT, { httpQuery: "Num" }),
    m("when", TIMESTAMP, { httpQuery: "When" }),
    m("whens", Times, { httpQuery: "Whens" }),
    m("mode", Mode, { httpQuery: "Mode" }),
    m("rest", StringListMap, { httpQueryParams: true }),
  ]);
  const operation = call(Query, "/search?fixed=yes&bare", "GET");

  test("scalars, lists, literal parameters and the params map", async () => {
    const req = await request(operation, {
      text: "a&b=c",
      texts: ["x", "y"],
      ints: [],
      flag: false,
      num: -Infinity,
      when: new Date(0),
      whens: [new Date(1000), new Date(2000)],
      mode: "fast",
      rest: { extra: ["1", "2"], Text: ["shadowed"] },
    });
    expect(req.path).toBe("/search");
    expect(req.query).toEqual([
      ["fixed", "yes"],
      ["bare", ""],
      ["Text", "a&b=c"],
      ["Texts", "x"],
      ["Texts", "y"],
      ["Flag", "false"],
      ["Num", "-Infinity"],
      ["When", "1970-01-01T00:00:00Z"],
      ["Whens", "1970-01-01T00:00:01Z"],
      ["Whens", "1970-01-01T00:00:02Z"],
      ["Mode", "fast"],
      ["extra", "1"],
      ["extra", "2"],
    ]);
  });

  test("unset members are omitted, empty strings are sent", async () => {
    const req = await request(operation, { text: "", flag: undefined, mode: null });
    expect(req.query).toEqual([
      ["fixed", "yes"],
      ["bare", ""],
      ["Text", ""],
    ]);
  });

  test("a string map of params", async () => {
    const Params = struct("Params", [m("named", STRING, { httpQuery: "k" }), m("all", StringMap, { httpQueryParams: true })]);
    const req = await request(call(Params, "/p"), { named: "from-member", all: { k: "from-map", other: "v" } });
    expect(req.query).toEqual([
      ["k", "from-member"],
      ["other", "v"],
    ]);
  });

  test("idempotency tokens are filled when unset, kept when set", async () => {
    const Token = struct("Token", [m("token", STRING, { httpQuery: "token", idempotencyToken: true })]);
    const input = {};
    expect((await request(call(Token, "/t"), input)).query).toEqual([["token", "tok-0001"]]);
    expect(input).toEqual({});
    expect((await request(call(Token, "/t"), { token: "mine" })).query).toEqual([["token", "mine"]]);
  });
});

describe("restJson1 client requests: headers", () => {
  const JsonText = simple("string", { mediaType: "application/json" }, "JsonText");
  const Headers = struct("Headers", [
    m("str", STRING, { httpHeader: "X-Str" }),
    m("strs", Strings, { httpHeader: "X-Strs" }),
    m("ints", Ints, { httpHeader: "X-Ints" }),
    m("bool", BOOLEAN, { httpHeader: "X-Bool" }),
    m("long", LONG, { httpHeader: "X-Long" }),
    m("dbl", DOUBLE, { httpHeader: "X-Dbl" }),
    m("when", TIMESTAMP, { httpHeader: "X-When" }),
    m("whenIso", TIMESTAMP, { httpHeader: "X-When-Iso", timestampFormat: "date-time" }),
    m("whens", Times, { httpHeader: "X-Whens" }),
    m("json", JsonText, { httpHeader: "X-Json" }),
    m("meta", StringMap, { httpPrefixHeaders: "X-Meta-" }),
  ]);
  const operation = call(Headers, "/h", "GET");

  test("every scalar kind, lists with quoting, timestamps and media-typed strings", async () => {
    const at = new Date(Date.UTC(2020, 0, 2, 3, 4, 5));
    const req = await request(operation, {
      str: "plain",
      strs: ["a", "b,c", 'd"e'],
      ints: [1, 2],
      bool: true,
      long: 12345678901,
      dbl: NaN,
      when: at,
      whenIso: at,
      whens: [at, at],
      json: '{"k":true}',
      meta: { One: "1", two: "" },
    });
    expect(req.headers).toEqual({
      "x-meta-one": "1",
      "x-meta-two": "",
      "x-str": "plain",
      "x-strs": 'a, "b,c", "d\\"e"',
      "x-ints": "1, 2",
      "x-bool": "true",
      "x-long": "12345678901",
      "x-dbl": "NaN",
      "x-when": "Thu, 02 Jan 2020 03:04:05 GMT",
      "x-when-iso": "2020-01-02T03:04:05Z",
      "x-whens": "Thu, 02 Jan 2020 03:04:05 GMT, Thu, 02 Jan 2020 03:04:05 GMT",
      "x-json": "eyJrIjp0cnVlfQ==",
    });
  });

  test("empty strings and empty lists are sent as empty headers; null is not sent", async () => {
    const req = await request(operation, { str: "", strs: [], bool: null });
    expect(req.headers).toEqual({ "x-str": "", "x-strs": "" });
  });

  test("prefix-header keys must be header-name tokens", async () => {
    await expect(request(operation, { meta: { "bad key\r\n": "x" } })).rejects.toThrow(/cannot be part of a header name/);
  });

  test("a specific header wins over a prefix-headers entry", async () => {
    const Both = struct("Both", [m("all", StringMap, { httpPrefixHeaders: "" }), m("one", STRING, { httpHeader: "hello" })]);
    const req = await request(call(Both, "/b", "GET"), { all: { hello: "from-map", other: "x" }, one: "from-member" });
    expect(req.headers).toEqual({ hello: "from-member", other: "x" });
  });
});

describe("restJson1 client requests: bodies", () => {
  const Body = struct("Body", [m("id", STRING, { httpHeader: "X-Id" }), m("name", STRING), m("when", TIMESTAMP), m("nick", STRING, { jsonName: "Nick" })]);
  const HeaderOnly = struct("HeaderOnly", [m("id", STRING, { httpHeader: "X-Id" })]);
  const Empty = struct("Empty", []);

  test("body members go into a JSON document with Content-Type and Content-Length", async () => {
    const req = await request(call(Body, "/b"), { id: "1", name: "é", when: new Date(1500), nick: "n" });
    expect(req.body).toBe('{"name":"é","when":1.5,"Nick":"n"}');
    expect(req.headers).toMatchObject({ "x-id": "1", "content-type": "application/json", "content-length": "35" });
  });

  test("an input with body members always sends a document, even an empty one", async () => {
    const req = await request(call(Body, "/b"), {});
    expect(req.body).toBe("{}");
    expect(req.headers["content-type"]).toBe("application/json");
  });

  test("inputs without body members send no body and no Content-Type", async () => {
    for (const input of [HeaderOnly, Empty]) {
      const req = await request(call(input, "/n"), { id: "x" });
      expect(req.body).toBeUndefined();
      expect(req.headers["content-type"]).toBeUndefined();
      expect(req.headers["content-length"]).toBeUndefined();
    }
    const unit = await request(op("NoInput", { traits: { http: { method: "POST", uri: "/u", code: 200 } } }), {});
    expect(unit.body).toBeUndefined();
  });

  const Blob = struct("BlobPayload", [m("type", STRING, { httpHeader: "Content-Type" }), m("data", BLOB, { httpPayload: true })]);
  const TextBlob = struct("TextBlob", [m("data", simple("blob", { mediaType: "text/csv" }, "Csv"), { httpPayload: true })]);
  const Text = struct("Text", [m("text", STRING, { httpPayload: true })]);
  const EnumPayload = struct("EnumPayload", [m("mode", Mode, { httpPayload: true })]);
  const Nested = struct("Nested", [m("a", STRING), m("b", INTEGER, { jsonName: "B" })]);
  const StructPayload = struct("StructPayload", [m("nested", Nested, { httpPayload: true })]);
  const Choice = union("Choice", [m("a", STRING), m("b", INTEGER)]);
  const UnionPayload = struct("UnionPayload", [m("choice", Choice, { httpPayload: true })]);
  const DocPayload = struct("DocPayload", [m("doc", DOCUMENT, { httpPayload: true })]);
  const Stream = struct("Stream", [m("body", simple("blob", { streaming: true }, "Stream"), { httpPayload: true, default: "" })]);

  test.each([
    ["blob", Blob, { data: new Uint8Array([1, 2, 3]) }, new Uint8Array([1, 2, 3]), "application/octet-stream", "3"],
    ["blob with a bound Content-Type", Blob, { type: "image/png", data: new Uint8Array([9]) }, new Uint8Array([9]), "image/png", "1"],
    ["blob with @mediaType", TextBlob, { data: new Uint8Array([65]) }, new Uint8Array([65]), "text/csv", "1"],
    ["string", Text, { text: "raw text" }, "raw text", "text/plain", "8"],
    ["enum", EnumPayload, { mode: "slow" }, "slow", "text/plain", "4"],
    ["structure", StructPayload, { nested: { a: "x", b: 1 } }, '{"a":"x","B":1}', "application/json", "15"],
    ["unset structure", StructPayload, {}, "{}", "application/json", "2"],
    ["union", UnionPayload, { choice: { b: 2 } }, '{"b":2}', "application/json", "7"],
    ["document", DocPayload, { doc: "just a string" }, '"just a string"', "application/json", "15"],
  ] as const)("@httpPayload %s", async (_name, input, value, body, contentType, length) => {
    const req = await request(call(input, "/p"), value);
    expect(req.body).toEqual(body);
    expect(req.headers["content-type"]).toBe(contentType);
    expect(req.headers["content-length"]).toBe(length);
  });

  test.each([
    ["blob", Blob],
    ["string", Text],
    ["union", UnionPayload],
    ["document", DocPayload],
    ["stream", Stream],
  ] as const)("an unset %s payload sends no body", async (_name, input) => {
    const req = await request(call(input, "/p"), {});
    expect(req.body).toBeUndefined();
    expect(req.headers["content-type"]).toBeUndefined();
  });

  test("streaming payloads pass through untouched", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([1]));
        c.close();
      },
    });
    const req = await request(call(Stream, "/s"), { body: new ByteStream(stream) });
    expect(req.body).toBe(stream);
    expect(req.headers["content-type"]).toBe("application/octet-stream");
    expect(req.headers["content-length"]).toBeUndefined();
    const bytes = await request(call(Stream, "/s"), { body: new Uint8Array([1, 2]) });
    expect(bytes.headers["content-length"]).toBe("2");
  });

  test("clients ask for the JSON the operation answers with", async () => {
    const req = await request(call(Body, "/b", "POST", Body), {});
    expect(req.headers["accept"]).toBe("application/json");
    const blobOut = await request(call(Body, "/b", "POST", Blob), {});
    expect(blobOut.headers["accept"]).toBeUndefined();
  });

  test("bad member values are ConstructionErrors naming the member", async () => {
    await expect(request(call(Body, "/b"), { when: "yesterday" })).rejects.toThrow("/when: expected a Date");
    await expect(request(call(Text, "/b"), { text: 5 })).rejects.toThrow(ConstructionError);
  });

  test("an operation without @http cannot be called", async () => {
    await expect(request(op("NoHttp", { input: Body }), {})).rejects.toThrow(/no @http trait/);
  });
});

describe("restJson1 client responses", () => {
  const Out = struct("Out", [
    m("status", INTEGER, { httpResponseCode: true }),
    m("etag", STRING, { httpHeader: "ETag" }),
    m("tags", Strings, { httpHeader: "X-Tags" }),
    m("whens", Times, { httpHeader: "X-Whens" }),
    m("meta", StringMap, { httpPrefixHeaders: "x-meta-" }),
    m("name", STRING, { jsonName: "Name" }),
    m("count", INTEGER, { default: 3 }),
    m("size", LONG, { required: true }),
  ]);
  const operation = call(struct("In", []), "/o", "GET", Out);

  test("status, headers, prefix headers, body, defaults and error correction", async () => {
    const out = await restJson1.deserializeResponse(
      operation,
      response(
        201,
        {
          etag: "abc",
          "x-tags": '"a,b", c',
          "x-whens": "Wed, 01 Jan 2020 00:00:00 GMT, Thu, 02 Jan 2020 00:00:00 GMT",
          "x-meta-color": "red",
          "x-meta-shape": "round",
          "content-type": "application/json",
        },
        '{"Name":"n","unknown":1}',
      ),
      ctx,
    );
    expect(out).toEqual({
      status: 201,
      etag: "abc",
      tags: ["a,b", "c"],
      whens: [new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 0, 2))],
      meta: { color: "red", shape: "round" },
      name: "n",
      count: 3,
      size: 0,
    });
  });

  test("an empty body is fine", async () => {
    expect(await restJson1.deserializeResponse(operation, response(200, {}), ctx)).toEqual({ status: 200, count: 3, size: 0 });
  });

  test("an empty list header is an empty list", async () => {
    expect(await restJson1.deserializeResponse(operation, response(200, { "x-tags": "" }), ctx)).toMatchObject({ tags: [] });
  });

  test("payload members", async () => {
    const Blob = struct("B", [m("data", BLOB, { httpPayload: true })]);
    const Doc = struct("D", [m("doc", DOCUMENT, { httpPayload: true })]);
    const Nested = struct("N", [m("v", STRING)]);
    const Str = struct("S", [m("nested", Nested, { httpPayload: true })]);
    const get = (out: StructureSchema, body: string | Uint8Array | undefined): Promise<Record<string, unknown>> =>
      restJson1.deserializeResponse(call(struct("In", []), "/p", "GET", out), response(200, {}, body), ctx);
    expect(await get(Blob, new Uint8Array([1, 2]))).toEqual({ data: new Uint8Array([1, 2]) });
    expect(await get(Blob, "")).toEqual({});
    expect(await get(Doc, '{"a":[1]}')).toEqual({ doc: { a: [1] } });
    expect(await get(Str, '{"v":"x"}')).toEqual({ nested: { v: "x" } });
    expect(await get(Str, "")).toEqual({});
  });

  test("streaming payloads are handed over unread", async () => {
    const Stream = struct("St", [m("body", simple("blob", { streaming: true }, "Stream"), { httpPayload: true })]);
    const out = await restJson1.deserializeResponse(call(struct("In", []), "/p", "GET", Stream), response(200, {}, "streamed"), ctx);
    expect(out["body"]).toBeInstanceOf(ByteStream);
    expect(await (out["body"] as ByteStream).text()).toBe("streamed");
  });

  test("unreadable responses are ResponseErrors naming operation and status", async () => {
    const attempt = restJson1.deserializeResponse(operation, response(200, {}, '{"Name":1}'), ctx);
    await expect(attempt).rejects.toThrow(ResponseError);
    await expect(restJson1.deserializeResponse(operation, response(200, {}, '{"Name":1}'), ctx)).rejects.toThrow("Call: cannot read the HTTP 200 response: /name: expected a string, got number");
    await expect(restJson1.deserializeResponse(operation, response(200, {}, "{oops"), ctx)).rejects.toThrow(/invalid JSON/);
    await expect(restJson1.deserializeResponse(operation, response(200, { "x-tags": "a", etag: "e" }, ""), ctx)).resolves.toBeDefined();
  });
});

describe("restJson1 client error responses", () => {
  const Detail = struct("Detail", [m("foo", STRING, { jsonName: "Fooooo" })]);
  const Bad = errorStruct("BadInput", [m("header", STRING, { httpHeader: "X-Header" }), m("Message", STRING), m("detail", Detail)], { error: "client", httpError: 403 });
  const Broken = errorStruct("Broken", [], { error: "server", httpError: 500 });
  const operation = op("Greet", { input: struct("In", []), errors: [Bad, Broken], traits: { http: { method: "PUT", uri: "/greet", code: 200 } } });

  async function failure(res: HttpResponse): Promise<ServiceError> {
    const error: unknown = await restJson1.deserializeResponse(operation, res, ctx).catch((e: unknown) => e);
    if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(error)}`);
    return error;
  }

  test("modeled errors carry fields from headers and body, and $metadata", async () => {
    const error = await failure(response(403, { "x-amzn-errortype": "BadInput", "x-header": "h", "x-amzn-requestid": "req-1" }, '{"Message":"bad name","detail":{"Fooooo":"f"}}'));
    expect(error).toBeInstanceOf(Bad.errorClass());
    expect(error).toMatchObject({ code: "BadInput", fault: "client", header: "h", Message: "bad name", detail: { foo: "f" } });
    expect(error.message).toBe("Greet failed with HTTP 403 BadInput: bad name");
    expect(error.$metadata).toEqual({ httpStatusCode: 403, requestId: "req-1" });
  });

  test.each([
    [{ "x-amzn-errortype": "Broken" }, ""],
    [{ "x-amzn-errortype": "Broken:http://internal.example.com/" }, ""],
    [{ "x-amzn-errortype": "some.ns#Broken:http://internal.example.com/" }, ""],
    [{ "x-amzn-errortype": "other.ns#Broken" }, ""],
    [{}, '{"code":"Broken"}'],
    [{}, '{"code":"some.ns#Broken:http://x/"}'],
    [{}, '{"__type":"some.ns#Broken"}'],
    [{}, '{"__type":"some.ns#Broken","details":[{"__type":"other#Thing"}]}'],
    [{ "x-amz-request-id": "r" }, '{"code":"Broken","__type":"Other"}'],
  ])("the error code is found and sanitized (%j %s)", async (headers, body) => {
    const error = await failure(response(500, headers, body));
    expect(error).toBeInstanceOf(Broken.errorClass());
    expect(error.code).toBe("Broken");
  });

  test("the header wins over body properties", async () => {
    expect((await failure(response(500, { "x-amzn-errortype": "Broken" }, '{"code":"BadInput"}'))).code).toBe("Broken");
  });

  test("unknown codes become ServiceErrors with the code and the service's message", async () => {
    const error = await failure(response(429, { "x-amzn-errortype": "Throttled" }, '{"message":"slow down"}'));
    expect(error.constructor).toBe(ServiceError);
    expect(error).toMatchObject({ code: "Throttled", fault: "client", message: "Greet failed with HTTP 429 Throttled: slow down" });
    const anonymous = await failure(response(503, {}, "<html>unavailable</html>"));
    expect(anonymous).toMatchObject({ code: "UnknownError", fault: "server" });
  });
});
