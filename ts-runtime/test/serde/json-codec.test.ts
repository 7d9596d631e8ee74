import { describe, expect, test } from "vitest";
import {
  BIG_DECIMAL,
  BIG_INTEGER,
  BLOB,
  BOOLEAN,
  BYTE,
  DOCUMENT,
  DOUBLE,
  FLOAT,
  INTEGER,
  LONG,
  SHORT,
  STRING,
  TIMESTAMP,
  UNIT,
} from "../../src/schema/index.js";
import type { StructureSchema } from "../../src/schema/index.js";
import { JsonCodec, needsLosslessJson } from "../../src/serde/json-codec.js";
import { parseLosslessJson } from "../../src/serde/lossless-json-reader.js";
import { timestampCodec } from "../../src/serde/timestamp.js";
import { SerdeError } from "../../src/serde/serde-error.js";
import { enumOf, intEnumOf, list, m, map, struct, union } from "../protocol/schemas.js";

const rest = new JsonCodec({ useJsonName: true, timestampFormat: "epoch-seconds", losslessReader: parseLosslessJson, timestamps: timestampCodec });
const aws = new JsonCodec({ useJsonName: false, timestampFormat: "epoch-seconds", losslessReader: parseLosslessJson, timestamps: timestampCodec });

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

const Tags = list("Tags", STRING);
const SparseTags = list("SparseTags", STRING, { sparse: true });
const Counts = map("Counts", INTEGER);
const SparseCounts = map("SparseCounts", INTEGER, { sparse: true });
const Color = enumOf("Color", ["red", "green"]);
const Level = intEnumOf("Level", [1, 2]);
const Point = struct("Point", [m("x", INTEGER, { jsonName: "X" }), m("y", INTEGER)]);
const Shape = union("Shape", [m("circle", DOUBLE), m("point", Point), m("label", STRING, { jsonName: "Label" }), m("nothing", UNIT)]);

const Scalars = struct("Scalars", [
  m("str", STRING),
  m("flag", BOOLEAN),
  m("byte", BYTE),
  m("short", SHORT),
  m("int", INTEGER),
  m("long", LONG),
  m("float", FLOAT),
  m("double", DOUBLE, { jsonName: "Dbl" }),
  m("blob", BLOB),
  m("when", TIMESTAMP),
  m("whenIso", TIMESTAMP, { timestampFormat: "date-time" }),
  m("whenHttp", TIMESTAMP, { timestampFormat: "http-date" }),
  m("color", Color),
  m("level", Level),
  m("doc", DOCUMENT),
  m("tags", Tags),
  m("sparseTags", SparseTags),
  m("counts", Counts),
  m("sparseCounts", SparseCounts),
  m("point", Point),
  m("shape", Shape),
]);

describe("JSON codec: writing", () => {
  test("scalars, jsonName and timestamp formats", () => {
    const text = rest.writeStructureText(
      Scalars,
      {
        str: "s",
        flag: false,
        byte: -1,
        short: 2,
        int: 3,
        long: 9007199254740991,
        float: 1.5,
        double: 2.5,
        blob: bytes("value"),
        when: new Date(1398796238000),
        whenIso: new Date(1398796238000),
        whenHttp: new Date(1398796238000),
        color: "red",
        level: 2,
        doc: { any: ["json", 1, null] },
        point: { x: 1, y: 2 },
      },
      "client",
      true,
    );
    expect(JSON.parse(text)).toEqual({
      str: "s",
      flag: false,
      byte: -1,
      short: 2,
      int: 3,
      long: 9007199254740991,
      float: 1.5,
      Dbl: 2.5,
      blob: "dmFsdWU=",
      when: 1398796238,
      whenIso: "2014-04-29T18:30:38Z",
      whenHttp: "Tue, 29 Apr 2014 18:30:38 GMT",
      color: "red",
      level: 2,
      doc: { any: ["json", 1, null] },
      point: { X: 1, y: 2 },
    });
  });

  test("awsJson ignores jsonName", () => {
    expect(aws.writeStructureText(Scalars, { double: 1, point: { x: 1 } }, "client", true)).toBe('{"double":1,"point":{"x":1}}');
  });

  test("non-finite floats are strings", () => {
    expect(JSON.parse(rest.writeStructureText(Scalars, { float: NaN, double: -Infinity }, "client", true))).toEqual({ float: "NaN", Dbl: "-Infinity" });
  });

  test("null and undefined members are omitted", () => {
    expect(rest.writeStructureText(Scalars, { str: null, int: undefined }, "client", true)).toBe("{}");
  });

  test("sparse collections keep nulls; dense ones refuse them", () => {
    expect(JSON.parse(rest.writeStructureText(Scalars, { sparseTags: [null, "a"], sparseCounts: { x: null, y: 0 } }, "client", true))).toEqual({
      sparseTags: [null, "a"],
      sparseCounts: { x: null, y: 0 },
    });
    expect(() => rest.writeStructureText(Scalars, { tags: ["a", null] }, "client", true)).toThrow("/tags/1: null is not allowed in a non-sparse list");
    expect(() => rest.writeStructureText(Scalars, { counts: { x: null } }, "client", true)).toThrow("/counts/x");
  });

  test("unions write exactly one member", () => {
    expect(rest.writeStructureText(Scalars, { shape: { label: "hi" } }, "client", true)).toBe('{"shape":{"Label":"hi"}}');
    expect(rest.writeStructureText(Scalars, { shape: { nothing: {} } }, "client", true)).toBe('{"shape":{"nothing":{}}}');
    expect(() => rest.writeStructureText(Scalars, { shape: { circle: 1, label: "x" } }, "client", true)).toThrow(/more than one member/);
    expect(() => rest.writeStructureText(Scalars, { shape: {} }, "client", true)).toThrow(/no member set/);
    expect(() => rest.writeStructureText(Scalars, { shape: { $unknown: ["x", 1] } }, "client", true)).toThrow(/unknown member/);
  });

  test("wrong types name the member path", () => {
    const attempt = (): string => rest.writeStructureText(Scalars, { point: { y: "2" } }, "client", true);
    expect(attempt).toThrow(SerdeError);
    expect(attempt).toThrow("/point/y: expected a number, got string");
    expect(() => rest.writeStructureText(Scalars, { int: 1.5 }, "client", true)).toThrow(/integer/);
    expect(() => rest.writeStructureText(Scalars, { byte: 300 }, "client", true)).toThrow(/out of range/);
    expect(() => rest.writeStructureText(Scalars, { long: 2 ** 64 }, "client", true)).toThrow(/out of range for long/);
    expect(() => rest.writeStructureText(Scalars, { when: "2020-01-01" }, "client", true)).toThrow(/Date/);
  });

  test("a long beyond 2^53 is written exactly as the number it is, but refused when read", () => {
    expect(rest.writeStructureText(Scalars, { long: 2 ** 60, int: 1 }, "client", true)).toBe('{"int":1,"long":1152921504606846976}');
    expect(rest.writeStructureText(Scalars, { long: -(2 ** 63) }, "client", true)).toBe('{"long":-9223372036854775808}');
    expect(() => rest.readStructureText(Scalars, '{"long":1152921504606846976}', "server")).toThrow(/exactly/);
  });

  test("map keys such as __proto__ stay data", () => {
    const counts: Record<string, number> = {};
    Object.defineProperty(counts, "__proto__", { value: 1, enumerable: true });
    expect(rest.writeStructureText(Scalars, { counts }, "client", true)).toBe('{"counts":{"__proto__":1}}');
  });
});

describe("JSON codec: defaults", () => {
  const Inner = struct("Inner", [m("greeting", STRING, { default: "hi" }), m("opt", INTEGER, { default: 0, clientOptional: true })]);
  const Top = struct("Top", [
    m("name", STRING, { default: "anon" }),
    m("when", TIMESTAMP, { default: 0 }),
    m("data", BLOB, { default: "YWJj" }),
    m("items", Tags, { default: [] }),
    m("inner", Inner),
    m("none", DOCUMENT, {}),
  ]);

  test("clients skip top-level defaults but fill nested ones (except clientOptional)", () => {
    expect(rest.writeStructureText(Top, { inner: {} }, "client", true)).toBe('{"inner":{"greeting":"hi"}}');
  });

  test("servers write every default", () => {
    expect(JSON.parse(rest.writeStructureText(Top, { inner: {} }, "server", true))).toEqual({ name: "anon", when: 0, data: "YWJj", items: [], inner: { greeting: "hi", opt: 0 } });
  });

  test("readers fill defaults as fresh runtime values", () => {
    const a = rest.readStructureText(Top, "{}", "server");
    expect(a).toEqual({ name: "anon", when: new Date(0), data: bytes("abc"), items: [] });
    const b = rest.readStructureText(Top, "{}", "client");
    (a["items"] as string[]).push("mutated");
    expect(b["items"]).toEqual([]);
  });

  test("explicit values win over defaults", () => {
    expect(rest.readStructureText(Top, '{"name":"bob","items":["x"]}', "client")).toMatchObject({ name: "bob", items: ["x"] });
  });
});

describe("JSON codec: client error correction", () => {
  const Required = struct("Required", [
    m("s", STRING, { required: true }),
    m("b", BOOLEAN, { required: true }),
    m("n", LONG, { required: true }),
    m("t", TIMESTAMP, { required: true }),
    m("blob", BLOB, { required: true }),
    m("list", Tags, { required: true }),
    m("map", Counts, { required: true }),
    m("point", Point, { required: true }),
    m("withDefault", INTEGER, { required: true, default: 7 }),
    m("shape", Shape, { required: true }),
  ]);

  test("missing required members get zero values on clients", () => {
    expect(rest.readStructureText(Required, "{}", "client")).toEqual({
      s: "",
      b: false,
      n: 0,
      t: new Date(0),
      blob: new Uint8Array(0),
      list: [],
      map: {},
      point: {},
      withDefault: 7,
    });
  });

  test("servers leave them missing for validation to report", () => {
    expect(rest.readStructureText(Required, "{}", "server")).toEqual({ withDefault: 7 });
  });
});

describe("JSON codec: reading", () => {
  test("scalars and formats", () => {
    const value = rest.readStructureText(
      Scalars,
      JSON.stringify({
        str: "s",
        flag: true,
        int: 3,
        Dbl: "Infinity",
        float: "NaN",
        blob: "dmFsdWU=",
        when: 1398796238.5,
        whenIso: "2014-04-29T18:30:38Z",
        whenHttp: "Tue, 29 Apr 2014 18:30:38 GMT",
        color: "blue",
        level: 9,
        point: { X: 1, y: 2 },
      }),
      "server",
    );
    expect(value).toEqual({
      str: "s",
      flag: true,
      int: 3,
      double: Infinity,
      float: NaN,
      blob: bytes("value"),
      when: new Date(1398796238500),
      whenIso: new Date(1398796238000),
      whenHttp: new Date(1398796238000),
      color: "blue",
      level: 9,
      point: { x: 1, y: 2 },
    });
  });

  test("null members are absent", () => {
    expect(rest.readStructureText(Scalars, '{"str":null,"int":null}', "server")).toEqual({});
  });

  test("unknown properties are ignored", () => {
    expect(rest.readStructureText(Scalars, '{"extra":1,"str":"x"}', "server")).toEqual({ str: "x" });
  });

  test.each([
    ['{"int":"1"}', "/int: expected a number, got string"],
    ['{"int":1.5}', "/int"],
    ['{"int":true}', "/int"],
    ['{"byte":256}', "/byte"],
    ['{"long":184467440737095500000}', "/long"],
    ['{"flag":"true"}', "/flag"],
    ['{"str":1}', "/str"],
    ['{"Dbl":"1.5"}', "/double"],
    ['{"Dbl":"Inf"}', "/double"],
    ['{"blob":"YmxvYg="}', "/blob"],
    ['{"blob":[1,2]}', "/blob"],
    ['{"when":"1515531081"}', "/when"],
    ['{"whenIso":"1996-12-19T16:39:57-08:00"}', "/whenIso"],
    ['{"whenIso":1515531081}', "/whenIso"],
    ['{"whenHttp":"2014-04-29T18:30:38Z"}', "/whenHttp"],
    ['{"tags":["a",null]}', "/tags/1"],
    ['{"counts":{"a":null}}', "/counts/a"],
    ['{"tags":{}}', "/tags"],
    ['{"point":[]}', "/point"],
    ['{"shape":{"circle":1,"Label":"x"}}', "/shape"],
    ['{"shape":{"circle":1,"other":"x"}}', "/shape"],
    ['{"shape":{"circle":null}}', "/shape: union has no member set"],
    ['{"shape":{}}', "/shape"],
    ['{"shape":["circle"]}', "/shape"],
    ['{"shape":{"unknown":"x"}}', '/shape: unknown union member "unknown"'],
  ])("servers reject %s", (body, message) => {
    expect(() => rest.readStructureText(Scalars, body, "server")).toThrow(message);
  });

  test.each(["{[", '{"int": 10}abc', "abc", '{"int": 10,}', "{'int': 10}", '{"int" :\f10}'])("invalid JSON %j is a SerdeError", (body) => {
    expect(() => rest.readStructureText(Scalars, body, "server")).toThrow(SerdeError);
  });

  test.each(["[1]", "10", "null", '"x"'])("a non-object document %s is rejected", (body) => {
    expect(() => rest.readStructureText(Scalars, body, "server")).toThrow(/expected an object/);
  });

  test("clients tolerate what real services send", () => {
    const value = rest.readStructureText(
      Scalars,
      JSON.stringify({
        tags: ["a", null, "b"],
        counts: { a: 1, b: null },
        whenIso: "2019-12-16T22:48:18-01:00",
        when: "2019-12-16T23:48:18Z",
        shape: { __type: "ns#Shape", unknownThing: { nested: [1] } },
      }),
      "client",
    );
    expect(value).toEqual({
      tags: ["a", "b"],
      counts: { a: 1 },
      whenIso: new Date(1576540098000),
      when: new Date(1576540098000),
      shape: { $unknown: ["unknownThing", { nested: [1] }] },
    });
  });

  test("unions ignore __type and nulls", () => {
    expect(rest.readStructureText(Scalars, '{"shape":{"__type":"x#Shape","circle":null,"point":{"X":3}}}', "server")).toEqual({ shape: { point: { x: 3 } } });
  });

  test("'__proto__' in maps and documents is plain data", () => {
    const value = rest.readStructureText(Scalars, '{"counts":{"__proto__":1},"doc":{"__proto__":{"polluted":true}},"__proto__":{"str":"x"}}', "server");
    const counts = value["counts"] as Record<string, unknown>;
    expect(Object.getPrototypeOf(counts)).toBe(Object.prototype);
    expect(Object.keys(counts)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value["doc"])).toBe(Object.prototype);
    expect(Object.keys(value["doc"] as object)).toEqual(["__proto__"]);
    expect(value["str"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("a member named like an Object.prototype property is read and written as data", () => {
    const S = struct("S", [m("constructor", STRING), m("toString", INTEGER)]);
    expect(rest.writeStructureText(S, {}, "client", true)).toBe("{}");
    expect(rest.readStructureText(S, '{"constructor":"c","toString":1}', "server")).toEqual({ constructor: "c", toString: 1 });
  });

  test("nesting depth is bounded for recursive shapes and documents", () => {
    const Node: StructureSchema = struct("Node", [m("next", () => Node)]);
    const deep = (n: number): string => '{"next":'.repeat(n) + "{}" + "}".repeat(n);
    expect(rest.readStructureText(Node, deep(50), "server")).toBeDefined();
    expect(() => rest.readStructureText(Node, deep(500), "server")).toThrow(/deeper than 128/);
    expect(() => rest.readStructureText(Scalars, `{"doc":${"[".repeat(500)}${"]".repeat(500)}}`, "server")).toThrow(/deeper than 128/);
  });
});

describe("JSON codec: big numbers", () => {
  const Big = struct("Big", [m("i", BIG_INTEGER), m("d", BIG_DECIMAL), m("n", INTEGER), m("doc", DOCUMENT)]);
  const HasBigInList = struct("Holder", [m("list", list("BigList", BIG_INTEGER))]);

  test("schemas that reach big numbers use the lossless path", () => {
    expect(needsLosslessJson(Big)).toBe(true);
    expect(needsLosslessJson(HasBigInList)).toBe(true);
    expect(needsLosslessJson(Scalars)).toBe(false);
  });

  test("bigInteger and bigDecimal round-trip exactly", () => {
    const text = '{"i":123456789012345678901234567890,"d":0.10000000000000000000000000001,"n":5,"doc":{"x":1.5}}';
    const value = rest.readStructureText(Big, text, "server");
    expect(value).toEqual({ i: 123456789012345678901234567890n, d: "0.10000000000000000000000000001", n: 5, doc: { x: 1.5 } });
    expect(rest.writeStructureText(Big, value, "server", true)).toBe(text);
  });

  test("bigInteger rejects fractions; bigDecimal rejects non-numbers", () => {
    expect(() => rest.readStructureText(Big, '{"i":1.5}', "server")).toThrow("/i");
    expect(() => rest.writeStructureText(Big, { d: "1.2.3" }, "client", true)).toThrow("/d");
  });

  test("a codec without the lossless reader refuses to read big numbers rather than round them", () => {
    const native = new JsonCodec({ useJsonName: true, timestampFormat: "epoch-seconds" });
    expect(() => native.readStructureText(Big, '{"i":123456789012345678901234567890}', "server")).toThrow(/lossless JSON reader.*withOptions\(\{ losslessReader: parseLosslessJson \}\)/);
    // Writing needs no reader: exact numbers go through the small lossless writer.
    expect(native.writeStructureText(Big, { i: 123456789012345678901234567890n, d: "0.1000000000000000000001" }, "client", true)).toBe(
      '{"i":123456789012345678901234567890,"d":0.1000000000000000000001}',
    );
    // Schemas without big numbers read natively; longs beyond 2^53 are refused, never rounded.
    expect(native.readStructureText(Scalars, '{"int":1}', "server")).toEqual({ int: 1 });
    expect(() => native.readStructureText(Scalars, '{"long":9007199254740993}', "server")).toThrow(/exactly/);
  });

  test("a codec without the timestamp codec refuses timestamps, and needs it for nothing else", () => {
    const native = new JsonCodec({ useJsonName: true, timestampFormat: "epoch-seconds" });
    const When = struct("When", [m("at", TIMESTAMP), m("n", INTEGER)]);
    expect(() => native.readStructureText(When, '{"at":1}', "server")).toThrow(/timestamp codec.*withOptions\(\{ timestamps: timestampCodec \}\)/);
    expect(() => native.writeStructureText(When, { at: new Date(0) }, "client", true)).toThrow(/timestamp codec/);
    expect(native.writeStructureText(When, { n: 1 }, "client", true)).toBe('{"n":1}');
  });
});
