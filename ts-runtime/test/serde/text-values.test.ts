import { describe, expect, test } from "vitest";
import { BIG_DECIMAL, BIG_INTEGER, BLOB, BOOLEAN, INTEGER, LONG, STRING, TIMESTAMP } from "../../src/schema/index.js";
import type { MemberSchema, Schema } from "../../src/schema/index.js";
import { SerdeError } from "../../src/serde/serde-error.js";
import { formatTextValue, parseTextValue } from "../../src/serde/text-values.js";
import { timestampCodec } from "../../src/serde/timestamp.js";

const member = (target: Schema, traits: MemberSchema["traits"] = {}): MemberSchema => ({ name: "m", target, traits });
const at = new Date(Date.UTC(2019, 11, 16, 23, 48, 18));

describe("text values", () => {
  test("timestamps default to http-date in headers and date-time elsewhere", () => {
    expect(formatTextValue(member(TIMESTAMP), TIMESTAMP, at, "header", timestampCodec)).toBe("Mon, 16 Dec 2019 23:48:18 GMT");
    expect(formatTextValue(member(TIMESTAMP), TIMESTAMP, at, "query", timestampCodec)).toBe("2019-12-16T23:48:18Z");
    expect(formatTextValue(member(TIMESTAMP), TIMESTAMP, at, "label", timestampCodec)).toBe("2019-12-16T23:48:18Z");
    expect(formatTextValue(member(TIMESTAMP, { timestampFormat: "epoch-seconds" }), TIMESTAMP, at, "header", timestampCodec)).toBe("1576540098");
    expect(parseTextValue(member(TIMESTAMP), TIMESTAMP, "Mon, 16 Dec 2019 23:48:18 GMT", "header", true, timestampCodec)).toEqual(at);
    expect(() => parseTextValue(member(TIMESTAMP), TIMESTAMP, "2019-12-16T23:48:18Z", "header", true, timestampCodec)).toThrow(SerdeError);
  });

  test("media-typed strings are base64 in headers only", () => {
    const json = member(STRING, { mediaType: "application/json" });
    expect(formatTextValue(json, STRING, "true", "header", timestampCodec)).toBe("dHJ1ZQ==");
    expect(formatTextValue(json, STRING, "true", "query", timestampCodec)).toBe("true");
    expect(parseTextValue(json, STRING, "dHJ1ZQ==", "header", true, timestampCodec)).toBe("true");
    expect(() => parseTextValue(json, STRING, "dHJ1ZQ=", "header", true, timestampCodec)).toThrow(SerdeError);
  });

  test("numbers and booleans", () => {
    expect(formatTextValue(member(BOOLEAN), BOOLEAN, false, "query", timestampCodec)).toBe("false");
    expect(parseTextValue(member(INTEGER), INTEGER, "-7", "label", true, timestampCodec)).toBe(-7);
    expect(() => parseTextValue(member(BOOLEAN), BOOLEAN, "TRUE", "query", true, timestampCodec)).toThrow(/true or false/);
    expect(formatTextValue(member(LONG), LONG, 2 ** 60, "header", timestampCodec)).toBe("1152921504606846976");
    expect(formatTextValue(member(BIG_INTEGER), BIG_INTEGER, 2n ** 70n, "header", timestampCodec)).toBe("1180591620717411303424");
    expect(parseTextValue(member(BIG_DECIMAL), BIG_DECIMAL, "1.000000000000000000001", "query", true, timestampCodec)).toBe("1.000000000000000000001");
  });

  test("header values cannot smuggle line breaks", () => {
    expect(() => formatTextValue(member(STRING), STRING, "a\r\nX-Injected: 1", "header", timestampCodec)).toThrow(/line breaks/);
    expect(formatTextValue(member(STRING), STRING, "a\nb", "query", timestampCodec)).toBe("a\nb");
  });

  test("shapes that cannot live in text are refused", () => {
    expect(() => formatTextValue(member(BLOB), BLOB, new Uint8Array(1), "header", timestampCodec)).toThrow(/cannot be bound/);
  });
});

test("timestamps in text locations need the timestamp codec", () => {
  expect(() => formatTextValue(member(TIMESTAMP), TIMESTAMP, at, "header", undefined)).toThrow(/timestamp codec/);
  expect(() => parseTextValue(member(TIMESTAMP), TIMESTAMP, "1576540098", "query", true, undefined)).toThrow(/timestamp codec/);
  expect(formatTextValue(member(INTEGER), INTEGER, 5, "header", undefined)).toBe("5");
});
