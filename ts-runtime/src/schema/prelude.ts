// Schemas for the prelude's simple shapes, so generated code can reference them by name.
import type { SimpleKind, SimpleSchema, StructureSchema } from "./schema.js";

const NO_TRAITS = Object.freeze({});

function prelude(kind: SimpleKind, name: string): SimpleSchema {
  return Object.freeze({ kind, id: `smithy.api#${name}`, traits: NO_TRAITS });
}

export const BLOB = prelude("blob", "Blob");
export const BOOLEAN = prelude("boolean", "Boolean");
export const STRING = prelude("string", "String");
export const BYTE = prelude("byte", "Byte");
export const SHORT = prelude("short", "Short");
export const INTEGER = prelude("integer", "Integer");
export const LONG = prelude("long", "Long");
export const FLOAT = prelude("float", "Float");
export const DOUBLE = prelude("double", "Double");
export const BIG_INTEGER = prelude("bigInteger", "BigInteger");
export const BIG_DECIMAL = prelude("bigDecimal", "BigDecimal");
export const TIMESTAMP = prelude("timestamp", "Timestamp");
export const DOCUMENT = prelude("document", "Document");

/** smithy.api#Unit: the input/output of operations that declare none. */
export const UNIT: StructureSchema = Object.freeze({ kind: "structure", id: "smithy.api#Unit", traits: NO_TRAITS, members: Object.freeze([]) });
