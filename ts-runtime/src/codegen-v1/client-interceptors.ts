// Versioned entry point: the built-in interceptors for @requestCompression and
// @httpChecksumRequired, for clients of models that use those traits.
export { requestCompression } from "../client/compression.js";
export { contentMd5 } from "../client/checksum.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/client-interceptors". */
export const CODEGEN_V1_CLIENT_INTERCEPTORS_SYMBOLS: readonly string[] = ["contentMd5", "requestCompression"];
