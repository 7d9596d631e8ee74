import { describe, expect, test } from "vitest";
import { BIG_DECIMAL, BIG_INTEGER, BLOB, BOOLEAN, INTEGER, LONG, STRING, TIMESTAMP } from "../../src/schema/index.js";
import type { MemberSchema, Schema } from "../../src/schema/index.js";
import { SerdeError } from "../../src/serde/serde-error.js";
import { formatTextValue, parseTextValue } from "../../src/serde/text-values.js";

const member = (target: Schema, traits: MemberSchema["traits"] = {}): MemberSchema => ({ name: "m", target, traits });
const at = new Date(Date.UTC(2019, 11, 16, 23, 48, 18));

describe("text values", () => {
  test("timestamps default to http-date in headers and date-time elsewhere", () => {
    expect(formatTextValue(member(TIMESTAMP), TIMESTAMP, at, "header")).toBe("Mon, 16 Dec 2019 23:48:18 GMT");
    expect(formatTextValue(member(TIMESTAMP), TIMESTAMP, at, "query")).toBe("2019-12-16T23:48:18Z");
    expect(formatTextValue(member(TIMESTAMP), TIMESTAMP, at, "label")).toBe("2019-12-16T23:48:18Z");
    expect(formatTextValue(member(TIMESTAMP, { timestampFormat: "epoch-seconds" }), TIMESTAMP, at, "header")).toBe("1576540098");
    expect(parseTextValue(member(TIMESTAMP), TIMESTAMP, "Mon, 16 Dec 2019 23:48:18 GMT", "header", true)).toEqual(at);
    expect(() => parseTextValue(member(TIMESTAMP), TIMESTAMP, "2019-12-16T23:48:18Z", "header", true)).toThrow(SerdeError);
  });

  test("media-typed strings are base64 in headers only", () => {
    const json = member(STRING, { mediaType: "application/json" });
    expect(formatTextValue(json, STRING, "true", "header")).toBe("dHJ1ZQ==");
    expect(formatTextValue(json, STRING, "true", "query")).toBe("true");
    expect(parseTextValue(json, STRING, "dHJ1ZQ==", "header", true)).toBe("true");
    expect(() => parseTextValue(json, STRING, "dHJ1ZQ=", "header", true)).toThrow(SerdeError);
  });

  test("numbers and booleans", () => {
    expect(formatTextValue(member(BOOLEAN), BOOLEAN, false, "query")).toBe("false");
    expect(parseTextValue(member(INTEGER), INTEGER, "-7", "label", true)).toBe(-7);
    expect(() => parseTextValue(member(BOOLEAN), BOOLEAN, "TRUE", "query", true)).toThrow(/true or false/);
    expect(formatTextValue(member(LONG), LONG, 2 ** 60, "header")).toBe("1152921504606846976");
    expect(formatTextValue(member(BIG_INTEGER), BIG_INTEGER, 2n ** 70n, "header")).toBe("1180591620717411303424");
    expect(parseTextValue(member(BIG_DECIMAL), BIG_DECIMAL, "1.000000000000000000001", "query", true)).toBe("1.000000000000000000001");
  });

  test("header values cannot smuggle line breaks", () => {
    expect(() => formatTextValue(member(STRING), STRING, "a\r\nX-Injected: 1", "header")).toThrow(/line breaks/);
    expect(formatTextValue(member(STRING), STRING, "a\nb", "query")).toBe("a\nb");
  });

  test("shapes that cannot live in text are refused", () => {
    expect(() => formatTextValue(member(BLOB), BLOB, new Uint8Array(1), "header")).toThrow(/cannot be bound/);
  });
});
