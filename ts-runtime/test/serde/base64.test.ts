import { describe, expect, test } from "vitest";
import { fromBase64, toBase64 } from "../../src/serde/base64.js";
import { SerdeError } from "../../src/serde/serde-error.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("base64", () => {
  test.each([
    ["", ""],
    ["a", "YQ=="],
    ["ab", "YWI="],
    ["abc", "YWJj"],
    ["hello, world", "aGVsbG8sIHdvcmxk"],
  ])("encodes %j as %s and back", (text, encoded) => {
    expect(toBase64(bytes(text))).toBe(encoded);
    expect(fromBase64(encoded)).toEqual(bytes(text));
  });

  test("round-trips every byte value", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
  });

  test("uses the standard alphabet with + and /", () => {
    expect(toBase64(Uint8Array.of(0xfb, 0xff))).toBe("+/8=");
  });

  test.each(["abc", "YWI", "YQ=", "-_==", "[][]", "YW Jj", "YW=j", "Y===", "Zm9v\n"])("rejects malformed %j", (text) => {
    expect(() => fromBase64(text)).toThrow(SerdeError);
  });
});
