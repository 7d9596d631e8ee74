import { describe, expect, test } from "vitest";
import { utf8ByteLength, utf8Decode, utf8Encode } from "../../src/serde/utf8.js";

describe("UTF-8", () => {
  const samples = ["", "plain ascii", "é", "€uro", "😀 emoji", "\ud800 lone high", "lone low \udc00", "\udbff\udfff", "mixed é€😀 text"];

  test.each(samples)("byte length of %j is the encoded length", (text) => {
    expect(utf8ByteLength(text)).toBe(utf8Encode(text).length);
  });

  test("long strings (measured without the scratch buffer) agree with the encoder too", () => {
    for (const unit of ["a", "é", "€", "😀", "\ud800x"]) {
      const text = unit.repeat(20_000);
      expect(utf8ByteLength(text)).toBe(utf8Encode(text).length);
    }
  });

  test("decoding is fatal on invalid UTF-8", () => {
    expect(utf8Decode(new Uint8Array([0x68, 0x69]))).toBe("hi");
    expect(() => utf8Decode(new Uint8Array([0xff]))).toThrow("invalid UTF-8");
  });
});
