// @default values and the zero values clients use to correct missing required members.
//
// A member's `default` trait holds the value as JSON (timestamps as epoch seconds or a
// date-time string, blobs as base64). Codecs need it as a runtime value (Date, Uint8Array,
// bigint...), freshly created on every use so that callers can mutate what they receive.
// Conversions are computed once per member and cached.
import type { MemberSchema, Schema, DocumentValue } from "../schema/schema.js";
import { fromBase64 } from "./base64.js";
import { SerdeError } from "./serde-error.js";

type Factory = () => unknown;

const NONE: Factory = () => undefined;
const factories = new WeakMap<MemberSchema, Factory>();

/**
 * The member's @default as a fresh runtime value, or undefined when it has none. A default of
 * `null` means "no default" (Smithy uses it to cancel an inherited default).
 */
export function defaultValueOf(member: MemberSchema, target: Schema): unknown {
  let factory = factories.get(member);
  if (factory === undefined) {
    factory = member.traits.default === undefined || member.traits.default === null ? NONE : defaultFactory(member.traits.default, target, member.name);
    factories.set(member, factory);
  }
  return factory();
}

function defaultFactory(value: DocumentValue, target: Schema, name: string): Factory {
  const bad = (): never => {
    throw new SerdeError(`the @default of member "${name}" (${JSON.stringify(value)}) does not fit its ${target.kind} target`);
  };
  switch (target.kind) {
    case "timestamp": {
      // A date-time string (the model's own, checked when it was loaded) needs no strict parser.
      const ms = typeof value === "number" ? value * 1000 : typeof value === "string" ? Date.parse(value) : bad();
      if (Number.isNaN(ms)) bad();
      return () => new Date(ms);
    }
    case "blob": {
      if (target.traits.streaming === true) return NONE; // streams have no in-memory default
      const bytes = typeof value === "string" ? fromBase64(value) : bad();
      return () => bytes.slice();
    }
    case "bigInteger": {
      const big = typeof value === "number" || typeof value === "string" ? BigInt(value) : bad();
      return () => big;
    }
    case "bigDecimal": {
      const text = typeof value === "number" || typeof value === "string" ? String(value) : bad();
      return () => text;
    }
    case "list":
    case "map":
    case "document":
    case "structure":
      return () => copyJson(value);
    default:
      return () => value;
  }
}

function copyJson(value: DocumentValue): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as { readonly [k: string]: DocumentValue })[key]!;
    if (key === "__proto__") Object.defineProperty(out, key, { value: copyJson(item), enumerable: true, writable: true, configurable: true });
    else out[key] = copyJson(item);
  }
  return out;
}

/**
 * The value a client substitutes for a required member the service failed to send (Smithy's
 * "error correction"), or undefined where there is no sensible zero (unions, documents,
 * streams). Structures are corrected by the codec itself, which fills their members.
 */
export function zeroValueOf(target: Schema): unknown {
  switch (target.kind) {
    case "boolean":
      return false;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "intEnum":
      return 0;
    case "bigInteger":
      return 0n;
    case "bigDecimal":
      return "0";
    case "string":
    case "enum":
      return "";
    case "timestamp":
      return new Date(0);
    case "blob":
      return target.traits.streaming === true ? undefined : new Uint8Array(0);
    case "list":
      return [];
    case "map":
      return {};
    default:
      return undefined;
  }
}
