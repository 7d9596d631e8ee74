// Schemas for the prelude's simple shapes, so generated code can reference them by name.
import type { SimpleKind, SimpleSchema, StructureSchema } from "./schema.js";

const NO_TRAITS = Object.freeze({});

function prelude(kind: SimpleKind, name: string): SimpleSchema {
  return Object.freeze({ kind, id: `smithy.api#${name}`, traits: NO_TRAITS });
}

export const BLOB = /* @__PURE__ */ prelude("blob", "Blob");
export const BOOLEAN = /* @__PURE__ */ prelude("boolean", "Boolean");
export const STRING = /* @__PURE__ */ prelude("string", "String");
export const BYTE = /* @__PURE__ */ prelude("byte", "Byte");
export const SHORT = /* @__PURE__ */ prelude("short", "Short");
export const INTEGER = /* @__PURE__ */ prelude("integer", "Integer");
export const LONG = /* @__PURE__ */ prelude("long", "Long");
export const FLOAT = /* @__PURE__ */ prelude("float", "Float");
export const DOUBLE = /* @__PURE__ */ prelude("double", "Double");
export const BIG_INTEGER = /* @__PURE__ */ prelude("bigInteger", "BigInteger");
export const BIG_DECIMAL = /* @__PURE__ */ prelude("bigDecimal", "BigDecimal");
export const TIMESTAMP = /* @__PURE__ */ prelude("timestamp", "Timestamp");
export const DOCUMENT = /* @__PURE__ */ prelude("document", "Document");

/** smithy.api#Unit: the input/output of operations that declare none. */
export const UNIT: StructureSchema = /* @__PURE__ */ Object.freeze({ kind: "structure", id: "smithy.api#Unit", traits: NO_TRAITS, members: Object.freeze([]) });
