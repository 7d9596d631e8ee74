import { describe, expect, test } from "vitest";
import { checkInteger, formatFloat, parseBigDecimalText, parseBigIntegerText, parseFloatText, parseIntegerText } from "../../src/serde/numbers.js";
import { SerdeError } from "../../src/serde/serde-error.js";

describe("integers in text", () => {
  test("parses within range", () => {
    expect(parseIntegerText("-128", "byte")).toBe(-128);
    expect(parseIntegerText("32767", "short")).toBe(32767);
    expect(parseIntegerText("-2147483648", "integer")).toBe(-2147483648);
    expect(parseIntegerText("9007199254740991", "long")).toBe(9007199254740991);
  });

  test.each([
    ["128", "byte"],
    ["-40000", "short"],
    ["2147483648", "integer"],
    ["9007199254740993", "long"],
    ["123000000000000000000000", "long"],
  ] as const)("rejects out-of-range %s for %s", (text, kind) => {
    expect(() => parseIntegerText(text, kind)).toThrow(/range/);
  });

  test.each(["1.0", "1.001", "2ABC", "0x42", "true", "Infinity", "NaN", " 1", "+1", ""])("rejects %j", (text) => {
    expect(() => parseIntegerText(text, "integer")).toThrow(SerdeError);
  });

  test("an unsafe long is refused, never rounded", () => {
    expect(() => checkInteger(2 ** 53, "long")).toThrow(/exactly/);
  });
});

describe("floats in text", () => {
  test("decimal and special spellings", () => {
    expect(parseFloatText("1.1")).toBe(1.1);
    expect(parseFloatText("-2.5e3")).toBe(-2500);
    expect(parseFloatText("NaN")).toBeNaN();
    expect(parseFloatText("Infinity")).toBe(Infinity);
    expect(parseFloatText("-Infinity")).toBe(-Infinity);
  });

  test.each(["true", "2ABC", "0x42", "inf", "nan", "1,5", ""])("rejects %j", (text) => {
    expect(() => parseFloatText(text)).toThrow(SerdeError);
  });

  test("hostile input fails without catastrophic backtracking", () => {
    const hostile = "1".repeat(50_000) + "x";
    expect(() => parseFloatText(hostile)).toThrow(SerdeError);
    expect(() => parseBigDecimalText(hostile)).toThrow(SerdeError);
  });

  test("formats non-finite values with protocol spellings", () => {
    expect(formatFloat(NaN)).toBe("NaN");
    expect(formatFloat(Infinity)).toBe("Infinity");
    expect(formatFloat(-Infinity)).toBe("-Infinity");
    expect(formatFloat(0.5)).toBe("0.5");
  });
});

describe("big numbers in text", () => {
  test("bigInteger keeps every digit", () => {
    expect(parseBigIntegerText("123456789012345678901234567890")).toBe(123456789012345678901234567890n);
    expect(() => parseBigIntegerText("1.5")).toThrow(SerdeError);
  });

  test("bigDecimal is the exact text", () => {
    expect(parseBigDecimalText("3.141592653589793238462643383279")).toBe("3.141592653589793238462643383279");
    expect(() => parseBigDecimalText("pi")).toThrow(SerdeError);
  });
});
