// Versioned entry point: the lossless JSON reader, which generated code passes to its protocol
// (`withOptions({ losslessReader: parseLosslessJson })`) when its shapes reach bigInteger or
// bigDecimal.
export { parseLosslessJson } from "../serde/lossless-json-reader.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/lossless-json". */
export const CODEGEN_V1_LOSSLESS_JSON_SYMBOLS: readonly string[] = ["parseLosslessJson"];
