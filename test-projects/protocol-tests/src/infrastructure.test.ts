// The comparison and reporting machinery the suites rely on: a mismatch of each kind must be
// caught, and the report must count the way it says it does.
import { describe, expect, test } from "vitest";
import { bodyDifferences } from "./http/body.js";
import { requestDifferences, responseDifferences, responseFromCase } from "./http/messages.js";
import { formatReport, summarize } from "./report/report.js";
import { utf8Encode, type HttpRequest, type StructureSchema } from "./runtime.js";
import { valueDifferences } from "./values/compare.js";
import { runtimeValue } from "./values/params.js";

const request: HttpRequest = {
  method: "POST",
  protocol: "https:",
  hostname: "foo.example.com",
  path: "/things/a%20b",
  query: [["tag", "x y"], ["tag", "z"], ["flag", ""]],
  headers: { "content-type": "application/json", "x-list": "a, b" },
  body: undefined,
};

describe("requestDifferences", () => {
  const base = { id: "Case", method: "POST", uri: "/things/a%20b" };

  test("a matching request has none; query order and encoding do not matter", () => {
    const def = {
      ...base,
      resolvedHost: "foo.example.com",
      queryParams: ["tag=z", "tag=x%20y", "flag"],
      requireQueryParams: ["flag"],
      forbidQueryParams: ["other"],
      headers: { "Content-Type": "application/json", "X-List": "a, b" },
      requireHeaders: ["X-List"],
      forbidHeaders: ["X-Other"],
      body: '{"b": [1, 2.0], "a": "x"}',
      bodyMediaType: "application/json",
    };
    expect(requestDifferences(def, request, utf8Encode('{"a":"x","b":[1,2]}'))).toEqual([]);
  });

  test("each kind of mismatch is reported", () => {
    const def = {
      id: "Case",
      method: "PUT",
      uri: "/things/a b",
      resolvedHost: "example.com",
      queryParams: ["tag=x%20y", "tag=x%20y"],
      requireQueryParams: ["missing"],
      forbidQueryParams: ["flag"],
      headers: { "X-List": "a,b" },
      requireHeaders: ["X-Required"],
      forbidHeaders: ["Content-Type"],
      body: "{}",
      bodyMediaType: "application/json",
    };
    const d = requestDifferences(def, request, utf8Encode('{"a":1}'));
    expect(d).toHaveLength(10);
    expect(d.join("\n")).toMatch(/^method: expected PUT, got POST$/m);
    expect(d.join("\n")).toMatch(/^uri: expected "\/things\/a b"/m);
    expect(d.join("\n")).toMatch(/^host: expected example.com, got foo.example.com$/m);
    expect(d.join("\n")).toMatch(/^query "tag=x%20y" missing/m);
    expect(d.join("\n")).toMatch(/^query parameter missing is required but missing$/m);
    expect(d.join("\n")).toMatch(/^query parameter flag must not be sent$/m);
    expect(d.join("\n")).toMatch(/^header X-List: expected "a,b", got "a, b"$/m);
    expect(d.join("\n")).toMatch(/^header X-Required is required but missing$/m);
    expect(d.join("\n")).toMatch(/^header Content-Type must not be sent/m);
    expect(d.join("\n")).toMatch(/^body.a: unexpected 1$/m);
  });
});

describe("bodies and responses", () => {
  test("JSON is compared structurally, other media types byte for byte", () => {
    expect(bodyDifferences('{"a":{"b":1}}', "application/x-amz-json-1.1", utf8Encode('{ "a" : { "b" : 1.0 } }'))).toEqual([]);
    expect(bodyDifferences('{"a":1}', "application/json", utf8Encode('{"a":"1"}'))).toEqual(['body.a: expected 1, got "1"']);
    expect(bodyDifferences("blob", "application/octet-stream", utf8Encode("blob"))).toEqual([]);
    expect(bodyDifferences("blob", "application/octet-stream", utf8Encode("blob "))).toHaveLength(1);
    expect(bodyDifferences("", "application/json", new Uint8Array(0))).toEqual([]);
    expect(bodyDifferences("", "application/json", utf8Encode("{}"))).toHaveLength(1);
  });

  test("a response case becomes an HTTP response, and a server's response is checked against it", () => {
    const def = { id: "R", code: 201, headers: { "X-Foo": "1" }, body: '{"x":1}', bodyMediaType: "application/json" };
    const response = responseFromCase(def);
    expect(response).toEqual({ statusCode: 201, headers: { "x-foo": "1" }, body: utf8Encode('{"x":1}') });
    expect(responseDifferences(def, response, utf8Encode('{"x":1}'))).toEqual([]);
    expect(responseDifferences(def, { ...response, statusCode: 200 }, utf8Encode('{"x":2}'))).toEqual(["status: expected 201, got 200", "body.x: expected 1, got 2"]);
  });
});

describe("params and values", () => {
  const list = { kind: "list", id: "t#L", traits: { sparse: true }, member: { name: "member", target: { kind: "timestamp", id: "smithy.api#Timestamp", traits: {} }, traits: {} } } as const;
  const schema: StructureSchema = {
    kind: "structure",
    id: "t#S",
    traits: {},
    members: [
      { name: "when", target: { kind: "timestamp", id: "smithy.api#Timestamp", traits: {} }, traits: {} },
      { name: "data", target: { kind: "blob", id: "smithy.api#Blob", traits: {} }, traits: {} },
      { name: "big", target: { kind: "bigInteger", id: "smithy.api#BigInteger", traits: {} }, traits: {} },
      { name: "ratio", target: { kind: "double", id: "smithy.api#Double", traits: {} }, traits: {} },
      { name: "times", target: list, traits: {} },
      { name: "gone", target: { kind: "string", id: "smithy.api#String", traits: {} }, traits: {} },
    ],
  };

  test("params become runtime values; null structure members are unset", () => {
    const v = runtimeValue(schema, { when: 1.5, data: "hi", big: 12, ratio: "NaN", times: ["2000-01-01T00:00:00Z", null], gone: null });
    expect(v).toEqual({ when: new Date(1500), data: utf8Encode("hi"), big: 12n, ratio: Number.NaN, times: [new Date("2000-01-01T00:00:00Z"), null] });
    expect(() => runtimeValue(schema, { nope: 1 })).toThrow(/t#S has no member "nope"/);
  });

  test("values compare Dates by time, bytes by content, NaN as equal; a difference names its path", () => {
    expect(valueDifferences({ a: new Date(5), b: utf8Encode("x"), c: Number.NaN, d: undefined }, { a: new Date(5), b: utf8Encode("x"), c: Number.NaN }, "out")).toEqual([]);
    expect(valueDifferences({ a: [1, 2] }, { a: [1, 3] }, "out")).toEqual(["out.a[1]: expected 2, got 3"]);
    expect(valueDifferences({ a: 1n }, { a: 1 }, "out")).toEqual(["out.a: expected 1n, got 1"]);
    expect(valueDifferences({}, { extra: "x" }, "out")).toEqual(['out.extra: expected undefined, got "x"']);
  });
});

describe("report", () => {
  const results = { protocol: "p#x", side: "client", kind: "request", total: 4, known: ["K1", "K2"] } as const;

  test("counts passes, unexpected failures and known failures that failed", () => {
    expect(summarize({ ...results, outcomes: { A: true, B: false, K1: false, K2: true } })).toEqual({
      protocol: "p#x", side: "client", kind: "request", total: 4, passed: 2, failed: 1, knownFailures: ["K1"],
    });
  });

  test("a suite that did not run every case produces no entry", () => {
    expect(summarize({ ...results, outcomes: { A: true } })).toBeUndefined();
  });

  test("the file is JSON with one suite per line", () => {
    const text = formatReport({ suites: [{ protocol: "p#x", side: "client", kind: "request", total: 1, passed: 1, failed: 0, knownFailures: [] }] });
    expect(JSON.parse(text)).toEqual({ suites: [{ protocol: "p#x", side: "client", kind: "request", total: 1, passed: 1, failed: 0, knownFailures: [] }] });
    expect(text.split("\n")).toHaveLength(6);
  });
});
