// The versioned entry point generated code imports its shared runtime symbols from: schemas,
// the error model, and the values and types that appear in generated shapes. Everything else
// has an entry point of its own under "@smithy-ts/runtime/codegen-v1/" (see codegen-v1/): the
// client and server runtimes, each protocol half, auth schemes, built-in interceptors, and the
// opt-in timestamp codec and lossless JSON reader. So a client never loads server code nor a
// server client code, and a package that is not bundled loads only the modules it uses.
//
// Only symbols listed in CODEGEN_V1_SYMBOLS may be used by the generator; a test checks each
// one is exported, so the generator and this runtime cannot drift apart silently.
export * from "./schema/index.js";
export { ByteStream } from "./http/byte-stream.js";
export type { StreamingBlobInput } from "./http/byte-stream.js";
// The error model: generated clients re-export the kinds, and modeled errors extend ServiceError.
export { ConstructionError, DispatchError, ResponseError, SdkError, ServiceError, TimeoutError } from "./errors.js";
export type { ErrorKind, ModeledErrorMeta, ResponseMetadata } from "./errors.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1". */
export const CODEGEN_V1_SYMBOLS: readonly string[] = [
  "BIG_DECIMAL", "BIG_INTEGER", "BLOB", "BOOLEAN", "BYTE", "ByteStream", "ConstructionError", "DOCUMENT",
  "DOUBLE", "DispatchError", "FLOAT", "INTEGER", "LONG", "ResponseError", "SHORT", "STRING", "SdkError",
  "ServiceError", "TIMESTAMP", "TimeoutError", "UNIT",
];
