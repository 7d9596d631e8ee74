// The versioned entry point of the client runtime for generated clients: the Client base
// class, fluent requests, retries, auth, interceptors and the client half of each protocol.
// Shared symbols (schemas, errors) come from "@smithy-ts/runtime/codegen-v1". Nothing here
// reaches the server runtime. Exports are taken module by module (not through the client
// barrel) so an unbundled client loads only what it uses: fewer modules, faster cold start.
//
// Only symbols listed in CODEGEN_V1_CLIENT_SYMBOLS may be used by the generator; a test checks
// each one is exported.
export { Client, OperationRequest, PaginatedOperationRequest } from "../client/client.js";
export type { CustomizeOptions, SendOptions } from "../client/client.js";
export type { ClientConfig, ClientSpec } from "../client/config.js";
export { AbortError, AttemptTimeoutError } from "../client/errors.js";
export type { Interceptor } from "../client/interceptors.js";
export type { Logger } from "../client/logger.js";
export type { PaginateOptions, Paginator } from "../client/paginator.js";
export type { WithMetadata } from "../client/pipeline.js";
export { StandardRetryStrategy } from "../client/retry/strategy.js";
export type { RetryStrategy } from "../client/retry/strategy.js";
export { AdaptiveRetryStrategy } from "../client/retry/adaptive.js";
export type { ApiKeyIdentity, AuthScheme, Identity, IdentityProvider, LoginIdentity, TokenIdentity } from "../client/auth/auth-scheme.js";
export { httpApiKeyAuthScheme, httpBasicAuthScheme, httpBearerAuthScheme } from "../client/auth/http-auth.js";
export { requestCompression } from "../client/compression.js";
export { contentMd5 } from "../client/checksum.js";
export { restJson1Client } from "../protocol/rest-json1-client.js";
export { awsJson1_0Client, awsJson1_1Client } from "../protocol/aws-json-client.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/client". */
export const CODEGEN_V1_CLIENT_SYMBOLS: readonly string[] = [
  "AbortError", "AdaptiveRetryStrategy", "AttemptTimeoutError", "Client", "OperationRequest",
  "PaginatedOperationRequest", "StandardRetryStrategy", "awsJson1_0Client", "awsJson1_1Client", "contentMd5",
  "httpApiKeyAuthScheme", "httpBasicAuthScheme", "httpBearerAuthScheme", "requestCompression", "restJson1Client",
];
