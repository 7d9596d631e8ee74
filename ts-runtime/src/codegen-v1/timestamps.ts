// Versioned entry point: the timestamp codec, which generated code passes to its protocol
// (`withOptions({ timestamps: timestampCodec })`) when its shapes have timestamps.
export { timestampCodec } from "../serde/timestamp.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/timestamps". */
export const CODEGEN_V1_TIMESTAMPS_SYMBOLS: readonly string[] = ["timestampCodec"];
