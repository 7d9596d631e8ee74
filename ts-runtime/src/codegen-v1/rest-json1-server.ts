// Versioned entry point: the server half of aws.protocols#restJson1.
export { restJson1Server } from "../protocol/rest-json1-server.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/rest-json1-server". */
export const CODEGEN_V1_REST_JSON_1_SERVER_SYMBOLS: readonly string[] = ["restJson1Server"];
