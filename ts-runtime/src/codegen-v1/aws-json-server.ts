// Versioned entry point: the server halves of aws.protocols#awsJson1_0 and awsJson1_1.
export { awsJson1_0Server, awsJson1_1Server } from "../protocol/aws-json-server.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/aws-json-server". */
export const CODEGEN_V1_AWS_JSON_SERVER_SYMBOLS: readonly string[] = ["awsJson1_0Server", "awsJson1_1Server"];
