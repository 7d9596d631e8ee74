// Numbers in text locations (headers, query strings, URI labels) and range rules shared with
// the JSON codec. Parsing is strict: "1.0" is not an integer, "0x42", "2ABC" and "true" are
// not numbers, and out-of-range values are errors rather than wrapped or rounded values.
import { SerdeError } from "./serde-error.js";

export type IntegerKind = "byte" | "short" | "integer" | "long" | "intEnum";

const INTEGER_LIMITS: Readonly<Record<IntegerKind, readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  intEnum: [-2147483648, 2147483647],
  // long maps to number: only values a double holds exactly are accepted (see schema.ts).
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/**
 * Throws unless a long about to be written is an integer within the 64-bit range. Unlike
 * reading, writing an integer beyond 2^53 loses nothing: the number's own decimal form is
 * exactly the long sent.
 */
export function checkLongToWrite(value: number): number {
  if (!Number.isInteger(value)) throw new SerdeError(`expected an integer (long), got ${value}`);
  if (value < -(2 ** 63) || value >= 2 ** 63) throw new SerdeError(`${value} is out of range for long`);
  return value;
}

/** Throws unless `value` is an integer within the range of `kind`. */
export function checkInteger(value: number, kind: IntegerKind): number {
  if (!Number.isInteger(value)) throw new SerdeError(`expected an integer (${kind}), got ${value}`);
  const limits = INTEGER_LIMITS[kind];
  const min = limits[0];
  const max = limits[1];
  if (value < min || value > max) {
    throw new SerdeError(
      kind === "long"
        ? `${value} is outside the range a long can carry exactly in JavaScript (±${Number.MAX_SAFE_INTEGER})`
        : `${value} is out of range for ${kind} [${min}, ${max}]`,
    );
  }
  return value;
}

const INTEGER_TEXT = /^-?\d+$/;
// Unambiguous on purpose (digits after the dot only follow a dot), so a long run of digits
// followed by junk fails in linear time rather than backtracking.
const DECIMAL_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseIntegerText(text: string, kind: IntegerKind): number {
  if (!INTEGER_TEXT.test(text)) throw new SerdeError(`expected an integer (${kind}), got "${clip(text)}"`);
  return checkInteger(Number(text), kind);
}

/** Parses a float/double, accepting the protocol spellings NaN, Infinity and -Infinity. */
export function parseFloatText(text: string): number {
  const special = nonNumericFloat(text);
  if (special !== undefined) return special;
  if (!DECIMAL_TEXT.test(text)) throw new SerdeError(`expected a number, got "${clip(text)}"`);
  return Number(text);
}

export function parseBigIntegerText(text: string): bigint {
  if (!INTEGER_TEXT.test(text)) throw new SerdeError(`expected an integer (bigInteger), got "${clip(text)}"`);
  return BigInt(text);
}

export function parseBigDecimalText(text: string): string {
  if (!DECIMAL_TEXT.test(text)) throw new SerdeError(`expected a decimal number (bigDecimal), got "${clip(text)}"`);
  return text;
}

export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text);
}

/** "NaN" / "Infinity" / "-Infinity" -> the number, anything else -> undefined. */
export function nonNumericFloat(text: string): number | undefined {
  switch (text) {
    case "NaN":
      return NaN;
    case "Infinity":
      return Infinity;
    case "-Infinity":
      return -Infinity;
    default:
      return undefined;
  }
}

/** Text form of a float/double, with the protocol spellings for non-finite values. */
export function formatFloat(value: number): string {
  if (Number.isFinite(value)) return String(value);
  if (Number.isNaN(value)) return "NaN";
  return value > 0 ? "Infinity" : "-Infinity";
}

function clip(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}
