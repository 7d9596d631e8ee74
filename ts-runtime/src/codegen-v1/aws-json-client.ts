// Versioned entry point: the client halves of aws.protocols#awsJson1_0 and awsJson1_1.
export { awsJson1_0Client, awsJson1_1Client } from "../protocol/aws-json-client.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/aws-json-client". */
export const CODEGEN_V1_AWS_JSON_CLIENT_SYMBOLS: readonly string[] = ["awsJson1_0Client", "awsJson1_1Client"];
