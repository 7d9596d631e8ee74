// Names a generated declaration must never take, because TypeScript rejects them or because
// they would shadow a global that generated code (or its users) rely on. Smithy identifiers
// are ASCII letters, digits and "_", so only names of that shape need listing.

/** ECMAScript reserved words, including those reserved only in strict mode and modules. */
const JS_RESERVED = [
  "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
  "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function",
  "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
  "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
  // strict mode
  "implements", "interface", "let", "package", "private", "protected", "public", "static",
  // cannot be bound in strict code
  "arguments", "eval",
];

/** TypeScript keywords and built-in type names that cannot name a type alias or interface. */
const TS_RESERVED = [
  "any", "unknown", "never", "string", "number", "boolean", "bigint", "symbol", "object",
  "undefined", "intrinsic", "as", "asserts", "async", "declare", "from", "get", "global",
  "infer", "is", "keyof", "module", "namespace", "of", "readonly", "require", "satisfies",
  "set", "type", "unique", "abstract", "accessor", "constructor", "out", "override",
];

/**
 * Globals generated code refers to, plus the ones users expect to mean the built-in. A shape
 * named `Date` must not hide the `Date` that timestamps map to, and one named `Promise` must
 * not hide the one async code returns.
 */
const IMPORTANT_GLOBALS = [
  "Object", "Function", "Array", "ReadonlyArray", "String", "Number", "Boolean", "BigInt",
  "Symbol", "Date", "RegExp", "Error", "TypeError", "RangeError", "SyntaxError",
  "AggregateError", "Promise", "PromiseLike", "Map", "ReadonlyMap", "Set", "ReadonlySet",
  "WeakMap", "WeakSet", "WeakRef", "JSON", "Math", "Reflect", "Proxy", "Intl",
  "ArrayBuffer", "SharedArrayBuffer", "DataView", "Uint8Array", "Int8Array", "Uint16Array",
  "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "BigInt64Array",
  "BigUint64Array", "Uint8ClampedArray", "Iterable", "IterableIterator", "Iterator",
  "AsyncIterable", "AsyncIterableIterator", "AsyncIterator", "Generator", "AsyncGenerator",
  "Record", "Partial", "Required", "Readonly", "Pick", "Omit", "Exclude", "Extract",
  "NonNullable", "ReturnType", "Parameters", "InstanceType", "Awaited", "PropertyKey",
  "globalThis", "NaN", "Infinity", "ReadableStream", "WritableStream", "AbortSignal",
  "AbortController", "Request", "Response", "Headers", "URL", "URLSearchParams", "Blob",
  "TextEncoder", "TextDecoder", "console", "Buffer", "process", "exports",
  "setTimeout", "clearTimeout", "queueMicrotask", "structuredClone", "fetch",
];

const RESERVED: ReadonlySet<string> = new Set([...JS_RESERVED, ...TS_RESERVED, ...IMPORTANT_GLOBALS]);

/** Whether a name must not be used as-is for a generated top-level declaration. */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

/**
 * File base names that break on some file systems (Windows device names, with any
 * extension and in any case). Compared in lower case.
 */
const RESERVED_FILE_NAMES: ReadonlySet<string> = new Set([
  "con", "prn", "aux", "nul",
  "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
  "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
]);

export function isReservedFileName(base: string): boolean {
  return RESERVED_FILE_NAMES.has(base.toLowerCase());
}
