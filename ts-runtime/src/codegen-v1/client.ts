// The versioned entry point of the client runtime for generated clients: the Client base
// class and fluent requests, and the types of client config. Shared symbols (schemas, errors)
// come from "@smithy-ts/runtime/codegen-v1"; protocols, auth schemes, built-in interceptors
// and the opt-in codecs have entry points of their own, so that a client that is not bundled
// loads only the modules its model needs (fewer modules, faster cold start). Nothing here
// reaches the server runtime.
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
export type { RetryStrategy } from "../client/retry/strategy.js";
export type { ApiKeyIdentity, AuthScheme, Identity, IdentityProvider, LoginIdentity, TokenIdentity } from "../client/auth/auth-scheme.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/client". */
export const CODEGEN_V1_CLIENT_SYMBOLS: readonly string[] = ["AbortError", "AttemptTimeoutError", "Client", "OperationRequest", "PaginatedOperationRequest"];
