// @default values: the schema carries them as JSON (the trait's value); members get runtime
// values of their target type. Each use gets a fresh value, so a handler mutating its input
// (pushing to a defaulted list, say) never changes the default for later requests.
import type { DocumentValue, Schema } from "../../schema/schema.js";

export type DefaultFactory = () => unknown;

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function cloneDocument(value: DocumentValue): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(cloneDocument);
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = cloneDocument(v);
  return copy;
}

/**
 * A factory for the member's default value, or undefined when it has none (no trait, or
 * `@default(null)`, which removes a target's default). Throws when the value does not fit the
 * target type: that is a generator or model bug, reported when the service is built.
 */
export function defaultFactory(value: DocumentValue | undefined, target: Schema, where: string): DefaultFactory | undefined {
  if (value === undefined || value === null) return undefined;
  const bad = (): never => {
    throw new TypeError(`${where}: @default ${JSON.stringify(value)} does not fit its ${target.kind} target ${target.id}`);
  };
  switch (target.kind) {
    case "string":
    case "enum":
      return typeof value === "string" ? () => value : bad();
    case "boolean":
      return typeof value === "boolean" ? () => value : bad();
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "intEnum": {
      const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : bad();
      return () => n;
    }
    case "bigInteger": {
      if (typeof value !== "number" && typeof value !== "string") return bad();
      const n = BigInt(value);
      return () => n;
    }
    case "bigDecimal":
      return typeof value === "number" || typeof value === "string" ? () => String(value) : bad();
    case "timestamp": {
      const ms = typeof value === "number" ? value * 1000 : typeof value === "string" ? Date.parse(value) : bad();
      if (Number.isNaN(ms)) bad();
      return () => new Date(ms);
    }
    case "blob": {
      if (typeof value !== "string") return bad();
      let bytes: Uint8Array;
      try {
        bytes = base64ToBytes(value);
      } catch {
        return bad();
      }
      return () => bytes.slice();
    }
    case "document":
      return () => cloneDocument(value);
    case "list":
      return Array.isArray(value) && value.length === 0 ? () => [] : bad();
    case "map":
      return typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0 ? () => ({}) : bad();
    case "structure":
    case "union":
      return bad();
  }
}
