import { describe, expect, test } from "vitest";
import { JsonNumberText, stringifyLosslessJson } from "../../src/serde/lossless-json.js";
import { parseLosslessJson } from "../../src/serde/lossless-json-reader.js";
import { SerdeError } from "../../src/serde/serde-error.js";

describe("lossless JSON", () => {
  test("keeps number text exactly", () => {
    const parsed = parseLosslessJson('{"big": 123456789012345678901234567890, "dec": 0.1000000000000000000001, "list": [1, -2.5e10]}', 64) as Record<string, unknown>;
    expect(parsed["big"]).toEqual(new JsonNumberText("123456789012345678901234567890"));
    expect(parsed["dec"]).toEqual(new JsonNumberText("0.1000000000000000000001"));
    expect(parsed["list"]).toEqual([new JsonNumberText("1"), new JsonNumberText("-2.5e10")]);
  });

  test("parses strings, escapes and literals like JSON.parse", () => {
    const text = '{"s":"a\\"b\\\\c\\n\\u00e9\\ud83d\\ude00","t":true,"f":false,"n":null,"e":[],"o":{}}';
    expect(parseLosslessJson(text, 64)).toEqual(JSON.parse(text));
  });

  test("'__proto__' becomes an own property, not a prototype", () => {
    const parsed = parseLosslessJson('{"__proto__": {"polluted": true}}', 64) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test.each(["{[", '{"a": 1}x', "[1,]", '{"a":1,}', "{'a': 1}", '{"a" :\f1}', "01", "1.", ".5", "NaN", '"\u0001"', "[1 2]", ""])("rejects %j", (text) => {
    expect(() => parseLosslessJson(text, 64)).toThrow(SerdeError);
  });

  test("bounds nesting depth", () => {
    expect(() => parseLosslessJson("[".repeat(100) + "]".repeat(100), 64)).toThrow(/deeper/);
    expect(parseLosslessJson("[".repeat(10) + "]".repeat(10), 64)).toBeDefined();
  });

  test("writes number text raw", () => {
    expect(stringifyLosslessJson({ a: new JsonNumberText("123456789012345678901234567890"), b: ["x", null, true], c: undefined })).toBe('{"a":123456789012345678901234567890,"b":["x",null,true]}');
  });
});
