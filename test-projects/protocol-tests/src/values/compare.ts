// Field-by-field comparison of runtime values (an output or error's members) with the
// expected values from a case's params: Dates by time, bytes by content, NaN equal to NaN,
// streaming members read to the end first. A member absent on one side and undefined on the
// other is the same thing.
import { ByteStream } from "../runtime.js";

/**
 * Reads every ByteStream among an output's members into bytes. A streaming member is always a
 * stream in this runtime, so an empty one stands for "no payload": it is left out.
 */
export async function readStreams(value: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    let v = value[k];
    if (v instanceof ByteStream) {
      v = await v.bytes();
      if ((v as Uint8Array).length === 0) continue;
    }
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function valueDifferences(expected: unknown, actual: unknown, path: string): string[] {
  if (expected instanceof Date || actual instanceof Date) {
    if (expected instanceof Date && actual instanceof Date && expected.getTime() === actual.getTime()) return [];
    return [`${path}: expected ${show(expected)}, got ${show(actual)}`];
  }
  if (expected instanceof Uint8Array || actual instanceof Uint8Array) {
    if (expected instanceof Uint8Array && actual instanceof Uint8Array && expected.length === actual.length && expected.every((b, i) => b === actual[i])) return [];
    return [`${path}: expected ${show(expected)}, got ${show(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    if (expected.length !== actual.length) return [`${path}: expected ${expected.length} elements, got ${actual.length} (${show(actual)})`];
    return expected.flatMap((e, i) => valueDifferences(e, actual[i], `${path}[${i}]`));
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return [`${path}: expected an object, got ${show(actual)}`];
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = new Set([...Object.keys(e), ...Object.keys(a)].filter((k) => e[k] !== undefined || a[k] !== undefined));
    return [...keys].flatMap((k) => valueDifferences(e[k], a[k], `${path}.${k}`));
  }
  if (typeof expected === "number" && typeof actual === "number" && Number.isNaN(expected) && Number.isNaN(actual)) return [];
  return expected === actual ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

function show(v: unknown): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : `Date(${v.toISOString()})`;
  if (v instanceof Uint8Array) return `bytes(${JSON.stringify(new TextDecoder().decode(v))})`;
  if (typeof v === "bigint") return `${v}n`;
  if (v === undefined) return "undefined";
  try {
    return JSON.stringify(v, (_, x: unknown) => (typeof x === "bigint" ? `${x}n` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}
