// Versioned entry point: the client half of aws.protocols#restJson1.
export { restJson1Client } from "../protocol/rest-json1-client.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/rest-json1-client". */
export const CODEGEN_V1_REST_JSON_1_CLIENT_SYMBOLS: readonly string[] = ["restJson1Client"];
