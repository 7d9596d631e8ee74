// Test-case `params` (JSON as written in the model) to the runtime's value mapping, driven by
// the generated schemas: timestamps (epoch seconds or date-time text) become Dates, blobs
// (text) Uint8Arrays, bigIntegers bigints, bigDecimals decimal text, "NaN" / "Infinity" /
// "-Infinity" floats numbers; a structure member given as null is left out. A params member
// the schema does not have is a test error.
import { deref, utf8Encode, type Schema } from "../runtime.js";

export function runtimeValue(schema: Schema, value: unknown, path = "params"): unknown {
  if (value === null || value === undefined) return value;
  switch (schema.kind) {
    case "timestamp":
      if (typeof value === "number") return new Date(Math.round(value * 1000));
      if (typeof value === "string") return new Date(value);
      break;
    case "blob":
      if (typeof value === "string") return utf8Encode(value);
      break;
    case "float":
    case "double":
      if (value === "NaN") return Number.NaN;
      if (value === "Infinity") return Number.POSITIVE_INFINITY;
      if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
      return value;
    case "bigInteger":
      if (typeof value === "number" || typeof value === "string") return BigInt(value);
      break;
    case "bigDecimal":
      if (typeof value === "number") return String(value);
      return value;
    case "list":
      if (Array.isArray(value)) return value.map((v, i) => runtimeValue(deref(schema.member.target), v, `${path}[${i}]`));
      break;
    case "map":
      if (isObject(value)) return mapEntries(value, (k, v) => runtimeValue(deref(schema.value.target), v, `${path}.${k}`));
      break;
    case "structure":
    case "union": {
      if (!isObject(value)) break;
      const members = new Map(schema.members.map((m) => [m.name, m]));
      // A structure member given as null is simply not set.
      return mapEntries(withoutNulls(value), (k, v) => {
        const member = members.get(k);
        if (member === undefined) throw new Error(`${path}.${k}: ${schema.id} has no member "${k}"`);
        return runtimeValue(deref(member.target), v, `${path}.${k}`);
      });
    }
    default:
      return value;
  }
  throw new Error(`${path}: ${JSON.stringify(value)} is not a ${schema.kind} value (${schema.id})`);
}

function withoutNulls(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function mapEntries(obj: Record<string, unknown>, f: (key: string, value: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj)) Object.defineProperty(out, k, { value: f(k, obj[k]), enumerable: true, writable: true, configurable: true });
  return out;
}
