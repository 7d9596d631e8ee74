// The versioned entry point generated code imports its shared runtime symbols from: schemas,
// the error model, the values and types that appear in generated shapes, and the lossless JSON
// reader. The client and server runtimes have entry points of their own
// ("@smithy-ts/runtime/codegen-v1/client" and ".../codegen-v1/server"), so a client never
// loads server code nor a server client code.
//
// Only symbols listed in CODEGEN_V1_SYMBOLS may be used by the generator; a test checks each
// one is exported, so the generator and this runtime cannot drift apart silently.
export * from "./schema/index.js";
export { ByteStream } from "./http/byte-stream.js";
export type { StreamingBlobInput } from "./http/byte-stream.js";
// The error model: generated clients re-export the kinds, and modeled errors extend ServiceError.
export { ConstructionError, DispatchError, ResponseError, SdkError, ServiceError, TimeoutError } from "./errors.js";
export type { ErrorKind, ModeledErrorMeta, ResponseMetadata } from "./errors.js";
// Passed to a protocol's withOptions() by packages whose shapes have timestamps, or reach
// bigInteger or bigDecimal (the other packages' bundles leave these modules out).
export { parseLosslessJson } from "./serde/lossless-json-reader.js";
export { timestampCodec } from "./serde/timestamp.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1". */
export const CODEGEN_V1_SYMBOLS: readonly string[] = [
  "BIG_DECIMAL", "BIG_INTEGER", "BLOB", "BOOLEAN", "BYTE", "ByteStream", "ConstructionError", "DOCUMENT",
  "DOUBLE", "DispatchError", "FLOAT", "INTEGER", "LONG", "ResponseError", "SHORT", "STRING", "SdkError",
  "ServiceError", "TIMESTAMP", "TimeoutError", "UNIT", "parseLosslessJson", "timestampCodec",
];
