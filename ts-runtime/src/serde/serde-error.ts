// A value could not be converted between its schema-described form and its wire form.
//
// Codecs throw SerdeError with a detail message; while the error unwinds through nested
// structures, lists and maps each level prepends its member name or index, so the final
// message names the offending member ("/items/2/price: expected a number, got string")
// without any per-value path bookkeeping on the success path. Protocol entry points turn
// it into the error kind of their side (ConstructionError, ResponseError, FrameworkError).
export class SerdeError extends Error {
  override readonly name = "SerdeError";
  readonly detail: string;
  /** JSON-pointer-like location of the offending value, "" for the top level. */
  path: string;

  constructor(detail: string, path = "") {
    super(path === "" ? detail : `${path}: ${detail}`);
    this.detail = detail;
    this.path = path;
  }

  /** Prepends one path segment (a member name or a list index) while unwinding. */
  within(segment: string | number): this {
    this.path = `/${segment}${this.path}`;
    this.message = `${this.path}: ${this.detail}`;
    return this;
  }
}

/** Adds a path segment to a SerdeError passing through; other errors pass unchanged. */
export function withSegment(error: unknown, segment: string | number): unknown {
  return error instanceof SerdeError ? error.within(segment) : error;
}

/** Describes a JSON-like value's type for error messages. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Uint8Array) return "bytes";
  if (value instanceof Date) return "Date";
  return typeof value;
}

/**
 * The complaint of a codec given no timestamp codec when a timestamp turns up: a wiring
 * mistake (generated code passes the codec when its shapes have timestamps), not bad input.
 */
export function missingTimestampCodec(): Error {
  return new Error("reading or writing timestamps needs the timestamp codec: build the protocol with withOptions({ timestamps: timestampCodec })");
}
