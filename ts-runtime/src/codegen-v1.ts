// The versioned entry point generated code imports from. Only symbols listed in
// CODEGEN_V1_SYMBOLS may be used by the generator; a test checks each one is exported,
// so the generator and this runtime cannot drift apart silently.
export * from "./schema/index.js";
export { ByteStream } from "./http/byte-stream.js";
export { restJson1 } from "./protocol/rest-json1.js";
export { awsJson1_0, awsJson1_1 } from "./protocol/aws-json.js";
export {
  AbortError,
  AdaptiveRetryStrategy,
  AttemptTimeoutError,
  Client,
  OperationRequest,
  PaginatedOperationRequest,
  StandardRetryStrategy,
  contentMd5,
  httpApiKeyAuthScheme,
  httpBasicAuthScheme,
  httpBearerAuthScheme,
  requestCompression,
} from "./client/index.js";
export type {
  ApiKeyIdentity,
  AuthScheme,
  ClientConfig,
  ClientSpec,
  CustomizeOptions,
  Identity,
  IdentityProvider,
  Interceptor,
  LoginIdentity,
  Logger,
  PaginateOptions,
  Paginator,
  RetryStrategy,
  SendOptions,
  TokenIdentity,
  WithMetadata,
} from "./client/index.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1". */
export const CODEGEN_V1_SYMBOLS: readonly string[] = [
  "AbortError", "AdaptiveRetryStrategy", "AttemptTimeoutError", "BIG_DECIMAL", "BIG_INTEGER",
  "BLOB", "BOOLEAN", "BYTE", "ByteStream", "Client", "DOCUMENT", "DOUBLE", "FLOAT", "INTEGER",
  "LONG", "OperationRequest", "PaginatedOperationRequest", "SHORT", "STRING",
  "StandardRetryStrategy", "TIMESTAMP", "UNIT", "awsJson1_0", "awsJson1_1", "contentMd5",
  "httpApiKeyAuthScheme", "httpBasicAuthScheme", "httpBearerAuthScheme", "requestCompression",
  "restJson1",
];
