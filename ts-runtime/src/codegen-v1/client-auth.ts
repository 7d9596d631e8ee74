// Versioned entry point: the signers for Smithy's HTTP auth traits, for clients of services
// that declare them.
export { httpApiKeyAuthScheme, httpBasicAuthScheme, httpBearerAuthScheme } from "../client/auth/http-auth.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/client-auth". */
export const CODEGEN_V1_CLIENT_AUTH_SYMBOLS: readonly string[] = ["httpApiKeyAuthScheme", "httpBasicAuthScheme", "httpBearerAuthScheme"];
