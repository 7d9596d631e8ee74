// Smithy "node values": the JSON-like values carried by traits and metadata.
//
// Objects are plain objects, but they are always created with `nodeObject` (or JSON.parse),
// never by assigning computed keys to `{}`: a trait value may legitimately contain the key
// "__proto__", and assignment would change the object's prototype instead of adding a key.

export type NodeValue = null | boolean | number | string | NodeArray | NodeObject;
export interface NodeArray extends ReadonlyArray<NodeValue> {}
export interface NodeObject {
  readonly [key: string]: NodeValue;
}

/** Builds a node object from entries, safe for any key including "__proto__". */
export function nodeObject(entries: Iterable<readonly [string, NodeValue]>): NodeObject {
  const out: Record<string, NodeValue> = {};
  for (const [k, v] of entries) {
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function isNodeObject(v: NodeValue | undefined): v is NodeObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function isNodeArray(v: NodeValue | undefined): v is NodeArray {
  return Array.isArray(v);
}

/** Human name of a node value's type, as used in Smithy's messages ("object", "string", ...). */
export function nodeTypeName(v: NodeValue): "null" | "boolean" | "number" | "string" | "array" | "object" {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v as "boolean" | "number" | "string" | "object";
}

/** Structural equality of two node values (object key order is ignored). */
export function nodeEquals(a: NodeValue, b: NodeValue): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!nodeEquals(a[i]!, b[i]!)) return false;
    return true;
  }
  if (Array.isArray(b) || typeof a !== "object" || typeof b !== "object") return false;
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  const ao = a as NodeObject;
  const bo = b as NodeObject;
  for (const k of ak) {
    if (!Object.prototype.hasOwnProperty.call(bo, k) || !nodeEquals(ao[k]!, bo[k]!)) return false;
  }
  return true;
}
