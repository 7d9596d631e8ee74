// Scalar values in the text locations of HTTP messages: headers, query parameters and URI
// labels. Shared by every HTTP-binding protocol (restJson1 now, restXml later).
//
// Timestamps default to http-date in headers and date-time in query strings and labels;
// strings with @mediaType are base64-encoded in headers only; floats use NaN / Infinity /
// -Infinity. Parsing is strict on servers; clients accept UTC offsets in date-times.
import type { MemberSchema, Schema, TimestampFormat } from "../schema/schema.js";
import { fromBase64, toBase64 } from "./base64.js";
import { formatFloat, checkInteger, checkLongToWrite, parseBigDecimalText, parseBigIntegerText, parseFloatText, parseIntegerText, isDecimalText } from "./numbers.js";
import { SerdeError, describeType, missingTimestampCodec } from "./serde-error.js";
import type { TimestampCodec } from "./timestamp.js";
import { utf8Decode, utf8Encode } from "./utf8.js";

export type TextLocation = "header" | "query" | "label";

function defaultTimestampFormat(location: TextLocation): TimestampFormat {
  return location === "header" ? "http-date" : "date-time";
}

/** Renders one scalar value for a text location (`timestamps` is needed only for timestamps). */
export function formatTextValue(member: MemberSchema, target: Schema, value: unknown, location: TextLocation, timestamps: TimestampCodec | undefined): string {
  switch (target.kind) {
    case "string":
      if (typeof value !== "string") throw new SerdeError(`expected a string, got ${describeType(value)}`);
      if (location !== "header") return value;
      return member.traits.mediaType !== undefined ? toBase64(utf8Encode(value)) : checkHeaderText(value);
    case "enum":
      if (typeof value !== "string") throw new SerdeError(`expected a string, got ${describeType(value)}`);
      return location === "header" ? checkHeaderText(value) : value;
    case "boolean":
      if (typeof value !== "boolean") throw new SerdeError(`expected a boolean, got ${describeType(value)}`);
      return value ? "true" : "false";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "intEnum":
      if (typeof value !== "number") throw new SerdeError(`expected a number, got ${describeType(value)}`);
      if (target.kind !== "long") return String(checkInteger(value, target.kind));
      // String(2 ** 60) is "1152921504606847000"; the exact digits come from BigInt.
      return Number.isSafeInteger(value) ? String(value) : BigInt(checkLongToWrite(value)).toString();
    case "float":
    case "double":
      if (typeof value !== "number") throw new SerdeError(`expected a number, got ${describeType(value)}`);
      return formatFloat(value);
    case "bigInteger":
      if (typeof value === "bigint" || (typeof value === "number" && Number.isSafeInteger(value))) return String(value);
      throw new SerdeError(`expected a bigint, got ${describeType(value)}`);
    case "bigDecimal":
      if (typeof value === "string" && isDecimalText(value)) return value;
      if (typeof value === "number" && Number.isFinite(value)) return String(value);
      throw new SerdeError(`expected a decimal number as a string, got ${describeType(value)}`);
    case "timestamp":
      if (!(value instanceof Date)) throw new SerdeError(`expected a Date, got ${describeType(value)}`);
      if (timestamps === undefined) throw missingTimestampCodec();
      return timestamps.formatTimestampText(value, member.traits.timestampFormat ?? defaultTimestampFormat(location));
    default:
      throw new SerdeError(`a ${target.kind} cannot be bound to a ${location}`);
  }
}

/** Line breaks in a header value would let a value inject headers of its own. */
function checkHeaderText(text: string): string {
  if (/[\r\n\0]/.test(text)) throw new SerdeError("header values cannot contain line breaks or NUL characters");
  return text;
}

/** Parses one scalar value from a text location (`timestamps` is needed only for timestamps). */
export function parseTextValue(member: MemberSchema, target: Schema, text: string, location: TextLocation, strict: boolean, timestamps: TimestampCodec | undefined): unknown {
  switch (target.kind) {
    case "string":
      return location === "header" && member.traits.mediaType !== undefined ? utf8Decode(fromBase64(text)) : text;
    case "enum":
      return text;
    case "boolean":
      if (text === "true") return true;
      if (text === "false") return false;
      throw new SerdeError(`expected true or false, got "${text.length > 64 ? `${text.slice(0, 64)}…` : text}"`);
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "intEnum":
      return parseIntegerText(text, target.kind);
    case "float":
    case "double":
      return parseFloatText(text);
    case "bigInteger":
      return parseBigIntegerText(text);
    case "bigDecimal":
      return parseBigDecimalText(text);
    case "timestamp":
      if (timestamps === undefined) throw missingTimestampCodec();
      return timestamps.parseTimestampText(text, member.traits.timestampFormat ?? defaultTimestampFormat(location), strict);
    default:
      throw new SerdeError(`a ${target.kind} cannot be bound to a ${location}`);
  }
}

/** The timestamp format a member uses in a text location. */
export function textTimestampFormat(member: MemberSchema, location: TextLocation): TimestampFormat {
  return member.traits.timestampFormat ?? defaultTimestampFormat(location);
}
