// The versioned entry point generated code imports from. Only symbols listed in
// CODEGEN_V1_SYMBOLS may be used by the generator; a test checks each one is exported,
// so the generator and this runtime cannot drift apart silently.
export * from "./schema/index.js";
export { ByteStream } from "./http/byte-stream.js";
export type { StreamingBlobInput } from "./http/byte-stream.js";
// The error model: generated clients re-export the kinds, and modeled errors extend ServiceError.
export { ConstructionError, DispatchError, ResponseError, SdkError, ServiceError, TimeoutError } from "./errors.js";
export type { ErrorKind, ModeledErrorMeta, ResponseMetadata } from "./errors.js";
export { restJson1 } from "./protocol/rest-json1.js";
export { awsJson1_0, awsJson1_1 } from "./protocol/aws-json.js";
// Client runtime, imported module by module (not through the client barrel) so a generated
// client loads only what it uses: fewer modules is a faster cold start when not bundled.
export { Client, OperationRequest, PaginatedOperationRequest } from "./client/client.js";
export type { CustomizeOptions, SendOptions } from "./client/client.js";
export type { ClientConfig, ClientSpec } from "./client/config.js";
export { AbortError, AttemptTimeoutError } from "./client/errors.js";
export type { Interceptor } from "./client/interceptors.js";
export type { Logger } from "./client/logger.js";
export type { PaginateOptions, Paginator } from "./client/paginator.js";
export type { WithMetadata } from "./client/pipeline.js";
export { StandardRetryStrategy } from "./client/retry/strategy.js";
export type { RetryStrategy } from "./client/retry/strategy.js";
export { AdaptiveRetryStrategy } from "./client/retry/adaptive.js";
export type { ApiKeyIdentity, AuthScheme, Identity, IdentityProvider, LoginIdentity, TokenIdentity } from "./client/auth/auth-scheme.js";
export { httpApiKeyAuthScheme, httpBasicAuthScheme, httpBearerAuthScheme } from "./client/auth/http-auth.js";
export { requestCompression } from "./client/compression.js";
export { contentMd5 } from "./client/checksum.js";
// Server runtime, module by module for the same reason.
export { ServiceBuilder, MissingOperationsError } from "./server/builder.js";
export { ServiceConfigBuilder } from "./server/config.js";
export type { ServerLimits, ServerLogger, ServiceConfig } from "./server/config.js";
export { ExtensionKey } from "./server/extensions.js";
export { Service } from "./server/service.js";
export type { ServiceDefinition } from "./server/service.js";
export type { HttpPlugin, Layer, ModelPlugin, PluginScope } from "./server/plugins.js";
export type {
  Handler,
  HandlerContext,
  HttpOperationService,
  ModelOperationService,
  OperationInfo,
  OperationService,
  OperationShape,
  ServerRequest,
} from "./server/types.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1". */
export const CODEGEN_V1_SYMBOLS: readonly string[] = [
  "AbortError", "AdaptiveRetryStrategy", "AttemptTimeoutError", "BIG_DECIMAL", "BIG_INTEGER",
  "BLOB", "BOOLEAN", "BYTE", "ByteStream", "Client", "ConstructionError", "DOCUMENT", "DOUBLE",
  "DispatchError", "ExtensionKey", "FLOAT", "INTEGER", "LONG", "MissingOperationsError",
  "OperationRequest", "PaginatedOperationRequest", "ResponseError", "SHORT", "STRING", "SdkError",
  "Service", "ServiceBuilder", "ServiceConfigBuilder", "ServiceError", "StandardRetryStrategy",
  "TIMESTAMP", "TimeoutError", "UNIT", "awsJson1_0", "awsJson1_1", "contentMd5",
  "httpApiKeyAuthScheme", "httpBasicAuthScheme", "httpBearerAuthScheme", "requestCompression",
  "restJson1",
];
