// Constraint validation: Smithy's wording and JSON-pointer paths (as restJson1/validation/*.smithy
// states them), nested and recursive shapes, @uniqueItems structural equality, and @default
// filling on input and output.
import { describe, expect, test } from "vitest";
import {
  BLOB,
  BYTE,
  DOUBLE,
  FLOAT,
  INTEGER,
  LONG,
  STRING,
  TIMESTAMP,
  BIG_INTEGER,
  BIG_DECIMAL,
  DOCUMENT,
  BOOLEAN,
  type EnumSchema,
  type IntEnumSchema,
  type ListSchema,
  type MapSchema,
  type MemberSchema,
  type Schema,
  type SchemaTraits,
  type StructureSchema,
  type UnionSchema,
} from "../../src/schema/index.js";
import { compareDecimal } from "../../src/server/validation/decimal.js";
import { summaryMessage } from "../../src/server/validation/messages.js";
import { validateInput, ValidationPlanner, withOutputDefaults } from "../../src/server/validation/plan.js";

const m = (name: string, target: Schema | (() => Schema), traits: SchemaTraits = {}): MemberSchema => ({ name, target, traits });
const struct = (id: string, members: MemberSchema[]): StructureSchema => ({ kind: "structure", id: `v#${id}`, traits: {}, members });
const list = (id: string, member: MemberSchema, traits: SchemaTraits = {}): ListSchema => ({ kind: "list", id: `v#${id}`, traits, member });
const map = (id: string, key: MemberSchema, value: MemberSchema): MapSchema => ({ kind: "map", id: `v#${id}`, traits: {}, key, value });

function check(schema: StructureSchema, input: Record<string, unknown>, max = 100): readonly { path: string; message: string }[] {
  const planner = new ValidationPlanner();
  const plan = planner.structure(schema);
  planner.finish();
  return validateInput(plan, input, max);
}

/** The violations' messages, or "ok". */
function messages(schema: StructureSchema, input: Record<string, unknown>): string[] | "ok" {
  const v = check(schema, input);
  return v.length === 0 ? "ok" : v.map((x) => x.message);
}

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("@length", () => {
  const len28 = { length: { min: 2, max: 8 } };
  const lengthString = m("member", STRING, len28);
  const lengthList = list("LengthList", lengthString, len28);
  const schema = struct("MalformedLengthInput", [
    m("blob", BLOB, len28),
    m("string", STRING, len28),
    m("minString", STRING, { length: { min: 2 } }),
    m("maxString", STRING, { length: { max: 8 } }),
    m("list", lengthList, len28),
    m("map", map("LengthMap", m("key", STRING, len28), m("value", lengthList, len28)), len28),
  ]);
  const msg = (n: number, path: string, rule = "between 2 and 8, inclusive"): string[] => [
    `Value with length ${n} at '${path}' failed to satisfy constraint: Member must have length ${rule}`,
  ];

  test.each([
    [{ blob: bytes("a") }, msg(1, "/blob")],
    [{ blob: bytes("abcdefghijklmnopqrstuvwxyz") }, msg(26, "/blob")],
    [{ string: "a" }, msg(1, "/string")],
    [{ string: "abcdefghijklmnopqrstuvwxyz" }, msg(26, "/string")],
    [{ string: "👍" }, msg(1, "/string")],
    [{ string: "" }, msg(0, "/string")],
    [{ minString: "a" }, msg(1, "/minString", "greater than or equal to 2")],
    [{ maxString: "abcdefghijklmnopqrstuvwxyz" }, msg(26, "/maxString", "less than or equal to 8")],
    [{ list: ["abc"] }, msg(1, "/list")],
    [{ list: Array(10).fill("abc") }, msg(10, "/list")],
    [{ list: ["a", "abc"] }, msg(1, "/list/0")],
    [{ map: { abc: ["def", "efg", "fgh"] } }, msg(1, "/map")],
    [{ map: { a: ["abc", "def"], bcd: ["abc", "def"], cde: ["abc", "def"] } }, msg(1, "/map")],
    [{ map: { abc: ["def"], bcd: ["abc", "def"], cde: ["abc", "def"] } }, msg(1, "/map/abc")],
  ])("%o", (input, expected) => {
    expect(messages(schema, input)).toEqual(expected);
  });

  test("values inside the bounds pass, surrogate pairs counting once", () => {
    expect(messages(schema, { string: "👍👍", blob: bytes("ab"), list: ["ab", "cd"], map: { ab: ["cd", "ef"], cd: ["ab", "ab"] } })).toBe("ok");
  });
});

describe("@range", () => {
  const schema = struct("MalformedRangeInput", [
    m("byte", BYTE, { range: { min: 2, max: 8 } }),
    m("minLong", LONG, { range: { min: 2 } }),
    m("maxInteger", INTEGER, { range: { max: 8 } }),
    m("float", FLOAT, { range: { min: 2.2, max: 8.8 } }),
    m("double", DOUBLE, { range: { min: 0 } }),
    m("big", BIG_INTEGER, { range: { min: "-18446744073709551616", max: "18446744073709551616" } }),
    m("dec", BIG_DECIMAL, { range: { min: "0.1", max: "1e3" } }),
  ]);
  const msg = (path: string, rule: string): string[] => [`Value at '${path}' failed to satisfy constraint: Member must be ${rule}`];
  test.each([
    [{ byte: 1 }, msg("/byte", "between 2 and 8, inclusive")],
    [{ byte: 9 }, msg("/byte", "between 2 and 8, inclusive")],
    [{ minLong: 1 }, msg("/minLong", "greater than or equal to 2")],
    [{ maxInteger: 9 }, msg("/maxInteger", "less than or equal to 8")],
    [{ float: 2.1 }, msg("/float", "between 2.2 and 8.8, inclusive")],
    [{ float: 8.9 }, msg("/float", "between 2.2 and 8.8, inclusive")],
    [{ double: Number.NaN }, msg("/double", "greater than or equal to 0")],
    [{ double: -Infinity }, msg("/double", "greater than or equal to 0")],
    [{ big: 18446744073709551617n }, msg("/big", "between -18446744073709551616 and 18446744073709551616, inclusive")],
    [{ dec: "0.0999999999999999999999" }, msg("/dec", "between 0.1 and 1e3, inclusive")],
    [{ dec: "1000.0000000000000000001" }, msg("/dec", "between 0.1 and 1e3, inclusive")],
  ])("%o", (input, expected) => {
    expect(messages(schema, input)).toEqual(expected);
  });

  test("bounds are inclusive and exact", () => {
    expect(messages(schema, { byte: 2, minLong: 2, maxInteger: 8, float: 8.8, double: Infinity, big: -18446744073709551616n, dec: "1000.000" })).toBe("ok");
  });

  test("decimal comparison is exact", () => {
    expect(compareDecimal("0.1", "0.10")).toBe(0);
    expect(compareDecimal("-1e2", "-100.0")).toBe(0);
    expect(compareDecimal("123456789012345678901234567890", "123456789012345678901234567891")).toBe(-1);
    expect(compareDecimal("-0.5", "0")).toBe(-1);
    expect(compareDecimal("0.00", "-0")).toBe(0);
    expect(compareDecimal("2E-3", "0.002")).toBe(0);
    expect(compareDecimal("abc", "1")).toBeUndefined();
  });
});

describe("@pattern, enum and intEnum", () => {
  const patternString = m("member", STRING, { pattern: "^[a-m]+$" });
  const enumString: EnumSchema = { kind: "enum", id: "v#EnumString", traits: {}, values: ["abc", "def", "jkl"] };
  const intEnum: IntEnumSchema = { kind: "intEnum", id: "v#IntEnum", traits: {}, values: [1, 2, 3] };
  const union: UnionSchema = { kind: "union", id: "v#U", traits: {}, members: [m("first", STRING, { pattern: "^[a-m]+$" }), m("second", enumString)] };
  const schema = struct("Input", [
    m("string", STRING, { pattern: "^[a-m]+$" }),
    m("evilString", STRING, { pattern: "^([0-9]+)+$" }),
    m("list", list("PatternList", patternString)),
    m("map", map("PatternMap", m("key", STRING, { pattern: "^[a-m]+$" }), patternString)),
    m("union", union),
    m("enum", enumString),
    m("enumList", list("EnumList", m("member", enumString))),
    m("enumMap", map("EnumMap", m("key", enumString), m("value", enumString))),
    m("intEnum", intEnum),
  ]);
  const pattern = (path: string, p = "^[a-m]+$"): string[] => [`Value at '${path}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${p}`];
  const inSet = (path: string, set = "[abc, def, jkl]"): string[] => [`Value at '${path}' failed to satisfy constraint: Member must satisfy enum value set: ${set}`];
  test.each([
    [{ string: "ABC" }, pattern("/string")],
    [{ string: "xyz" }, pattern("/string")],
    [{ evilString: `${"0".repeat(84)}!` }, pattern("/evilString", "^([0-9]+)+$")],
    [{ list: ["ABC"] }, pattern("/list/0")],
    [{ map: { ABC: "abc" } }, pattern("/map")],
    [{ map: { abc: "ABC" } }, pattern("/map/abc")],
    [{ union: { first: "ABC" } }, pattern("/union/first")],
    [{ union: { second: "XYZ" } }, inSet("/union/second")],
    [{ enum: "ABC" }, inSet("/enum")],
    [{ enumList: ["abc", "XYZ"] }, inSet("/enumList/1")],
    [{ enumMap: { XYZ: "abc" } }, inSet("/enumMap")],
    [{ enumMap: { abc: "XYZ" } }, inSet("/enumMap/abc")],
    [{ intEnum: 4 }, inSet("/intEnum", "[1, 2, 3]")],
  ])("%o", (input, expected) => {
    expect(messages(schema, input)).toEqual(expected);
  });

  test("valid values pass", () => {
    expect(messages(schema, { string: "abc", evilString: "0123", list: ["a"], map: { a: "b" }, union: { first: "m" }, enum: "jkl", intEnum: 3 })).toBe("ok");
  });
});

describe("@required, nesting and recursion", () => {
  const required = struct("MalformedRequiredInput", [
    m("string", STRING, { required: true }),
    m("stringInQuery", STRING, { required: true, httpQuery: "stringInQuery" }),
    m("stringInHeader", STRING, { required: true, httpHeader: "string-in-headers" }),
  ]);
  const notNull = (path: string): string => `Value at '${path}' failed to satisfy constraint: Member must not be null`;

  test("absent and explicitly null members are reported, in member order", () => {
    expect(messages(required, { stringInQuery: "abc", stringInHeader: "abc" })).toEqual([notNull("/string")]);
    expect(messages(required, { string: null, stringInQuery: "abc", stringInHeader: "abc" })).toEqual([notNull("/string")]);
    expect(messages(required, { string: "abc", stringInQuery: "abc" })).toEqual([notNull("/stringInHeader")]);
    expect(messages(required, {})).toEqual([notNull("/string"), notNull("/stringInQuery"), notNull("/stringInHeader")]);
  });

  test("the summary message counts the violations", () => {
    const v = check(required, { stringInQuery: "abc", stringInHeader: "abc" });
    expect(summaryMessage(v)).toBe("1 validation error detected. Value at '/string' failed to satisfy constraint: Member must not be null");
    expect(summaryMessage(check(required, {}))).toMatch(/^3 validation errors detected\. Value at '\/string' .*; Value at '\/stringInQuery' .*; Value at '\/stringInHeader'/);
  });

  test("violations stop at the configured maximum", () => {
    expect(check(required, {}, 2)).toHaveLength(2);
  });

  test("recursive unions validate at any depth", () => {
    const recursiveEnum: EnumSchema = { kind: "enum", id: "v#RecursiveEnumString", traits: {}, values: ["abc", "def"] };
    const one: UnionSchema = { kind: "union", id: "v#One", traits: {}, members: [] };
    const two: UnionSchema = { kind: "union", id: "v#Two", traits: {}, members: [m("string", recursiveEnum), m("union", () => one)] };
    (one.members as MemberSchema[]).push(m("string", recursiveEnum), m("union", () => two));
    const schema = struct("RecursiveStructuresInput", [m("union", one)]);
    expect(messages(schema, { union: { union: { union: { string: "abc" } } } })).toBe("ok");
    expect(messages(schema, { union: { union: { union: { string: "XYZ" } } } })).toEqual([
      "Value at '/union/union/union/string' failed to satisfy constraint: Member must satisfy enum value set: [abc, def]",
    ]);
  });

  test("hostile nesting deeper than the validator follows is rejected, not a stack overflow", () => {
    const node: StructureSchema = { kind: "structure", id: "v#Node", traits: {}, members: [] };
    (node.members as MemberSchema[]).push(m("next", () => node), m("name", STRING, { length: { max: 3 } }));
    let input: Record<string, unknown> = { name: "ok" };
    for (let i = 0; i < 2000; i++) input = { next: input };
    expect(() => check(struct("Root", [m("node", node)]), { node: input })).toThrow(/nested more than 512 levels/);
  });

  test("JSON-pointer tokens are escaped", () => {
    const schema = struct("Input", [m("map", map("M", m("key", STRING), m("value", STRING, { length: { max: 1 } })))]);
    expect(check(schema, { map: { "a/b~c": "xyz" } })[0]!.path).toBe("/map/a~1b~0c");
  });
});

describe("@uniqueItems", () => {
  const unique = (member: Schema): MemberSchema => m("list", list("Set", m("member", member)), { uniqueItems: true });
  const msg = ["Value at '/list' failed to satisfy constraint: Member must have unique values"];
  const missingKey = struct("MissingKeyStructure", [m("hi", STRING, { required: true })]);
  const point = struct("Point", [m("x", INTEGER), m("y", INTEGER)]);
  const u: UnionSchema = { kind: "union", id: "v#U", traits: {}, members: [m("a", STRING), m("b", INTEGER)] };
  test.each([
    [STRING, ["a", "b", "a"], msg],
    [STRING, ["a", "b", "c"], "ok"],
    [BOOLEAN, [true, true], msg],
    [BLOB, [bytes("ab"), bytes("ab")], msg],
    [BLOB, [bytes("ab"), bytes("ba")], "ok"],
    [TIMESTAMP, [new Date(1398796238000), new Date(1398796238000)], msg],
    [TIMESTAMP, [new Date(1), new Date(2)], "ok"],
    [point, [{ x: 1, y: 2 }, { y: 2, x: 1 }], msg],
    [point, [{ x: 1, y: 2 }, { x: 2, y: 1 }], "ok"],
    [point, [{ x: 1 }, { x: 1, y: undefined }], msg],
    [list("L", m("member", STRING)), [["a", "b"], ["a", "b"]], msg],
    [list("L", m("member", STRING)), [["a", "b"], ["b", "a"]], "ok"],
    [u, [{ a: "1" }, { a: "1" }], msg],
    [u, [{ a: "1" }, { b: 1 }], "ok"],
    [LONG, [1, 1], msg],
    [DOCUMENT, [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], msg],
  ])("%s %j", (member, items, expected) => {
    expect(messages(struct("Input", [unique(member)]), { list: items })).toEqual(expected);
  });

  test("a set of structures missing a required key reports the nested path", () => {
    expect(messages(struct("Input", [m("list", list("S", m("member", missingKey)), { uniqueItems: true })]), { list: [{ hi: "a" }, {}] })).toEqual([
      "Value at '/list/1/hi' failed to satisfy constraint: Member must not be null",
    ]);
  });
});

describe("@default", () => {
  const enumSchema: EnumSchema = { kind: "enum", id: "v#E", traits: {}, values: ["FOO", "BAR"] };
  const intEnum: IntEnumSchema = { kind: "intEnum", id: "v#IE", traits: {}, values: [1, 2] };
  const strings = list("Strings", m("member", STRING));
  const defaults = struct("Defaults", [
    m("defaultString", STRING, { default: "hi" }),
    m("defaultBoolean", BOOLEAN, { default: true }),
    m("defaultList", strings, { default: [] }),
    m("defaultDocumentMap", DOCUMENT, { default: {} }),
    m("defaultNullDocument", DOCUMENT, { default: null }),
    m("defaultTimestamp", TIMESTAMP, { default: 0 }),
    m("defaultBlob", BLOB, { default: "YWJj" }),
    m("defaultLong", LONG, { default: 100 }),
    m("defaultFloat", FLOAT, { default: 1.0 }),
    m("defaultMap", map("M", m("key", STRING), m("value", STRING)), { default: {} }),
    m("defaultEnum", enumSchema, { default: "FOO" }),
    m("defaultIntEnum", intEnum, { default: 1 }),
    m("defaultBig", BIG_INTEGER, { default: 5 }),
    m("defaultDecimal", BIG_DECIMAL, { default: 1.5 }),
  ]);
  const expected = {
    defaultString: "hi",
    defaultBoolean: true,
    defaultList: [],
    defaultDocumentMap: {},
    defaultTimestamp: new Date(0),
    defaultBlob: bytes("abc"),
    defaultLong: 100,
    defaultFloat: 1,
    defaultMap: {},
    defaultEnum: "FOO",
    defaultIntEnum: 1,
    defaultBig: 5n,
    defaultDecimal: "1.5",
  };
  const input = struct("Input", [m("defaults", defaults), m("topLevelDefault", STRING, { default: "hi", required: true })]);

  test("absent input members get their defaults, nested too; @default(null) means none", () => {
    const value: Record<string, unknown> = { defaults: {} };
    expect(check(input, value)).toEqual([]);
    expect(value).toEqual({ defaults: expected, topLevelDefault: "hi" });
    expect("defaultNullDocument" in (value["defaults"] as object)).toBe(false);
  });

  test("each request gets fresh default values", () => {
    const a: Record<string, unknown> = { defaults: {} };
    const b: Record<string, unknown> = { defaults: {} };
    check(input, a);
    check(input, b);
    ((a["defaults"] as Record<string, unknown[]>)["defaultList"]!).push("mutated");
    expect((b["defaults"] as Record<string, unknown>)["defaultList"]).toEqual([]);
  });

  test("output defaults are filled on a copy, leaving the handler's object alone", () => {
    const planner = new ValidationPlanner();
    const plan = planner.structure(struct("Output", [m("defaults", defaults), m("items", list("Ds", m("member", defaults))), m("kept", STRING, { default: "x" })]));
    planner.finish();
    const output = Object.freeze({ defaults: Object.freeze({ defaultLong: 7 }), items: Object.freeze([Object.freeze({})]), kept: "set" });
    const filled = withOutputDefaults(plan, output);
    expect(filled).not.toBe(output);
    expect(filled).toEqual({ defaults: { ...expected, defaultLong: 7 }, items: [expected], kept: "set" });
    expect(output.defaults).toEqual({ defaultLong: 7 });
  });

  test("an output with nothing missing is returned as is", () => {
    const planner = new ValidationPlanner();
    const plan = planner.structure(struct("Output", [m("kept", STRING, { default: "x" }), m("other", STRING)]));
    planner.finish();
    const output = { kept: "y" };
    expect(withOutputDefaults(plan, output)).toBe(output);
  });

  test("a default that does not fit its target fails when the plan is built", () => {
    const planner = new ValidationPlanner();
    expect(() => planner.structure(struct("Bad", [m("l", strings, { default: ["x"] })]))).toThrow(
      /v#Bad\$l: @default \["x"\] does not fit its list target v#Strings/,
    );
  });
});
