// Signers for Smithy's HTTP auth traits: httpBearerAuth, httpApiKeyAuth, httpBasicAuth.
import { ConstructionError } from "../../errors.js";
import type { HttpRequest } from "../../http/types.js";
import { toBase64 } from "../../serde/base64.js";
import { utf8Encode } from "../../serde/utf8.js";
import type { ApiKeyIdentity, AuthScheme, Identity, IdentityProvider, LoginIdentity, TokenIdentity } from "./auth-scheme.js";

/** A static identity, or a function resolving one (sync or async). */
export type IdentityInput<I extends Identity> = I | IdentityProvider<I>;

function providerOf<I extends Identity>(
  configKey: string,
  value: unknown,
  fromString: ((text: string) => I) | undefined,
  isIdentity: (value: object) => boolean,
  shape: string,
): IdentityProvider<I> | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "function") return value as IdentityProvider<I>;
  if (typeof value === "string" && fromString !== undefined) {
    const identity = fromString(value);
    return () => identity;
  }
  if (typeof value === "object" && value !== null && isIdentity(value)) {
    const identity = value as I;
    return () => identity;
  }
  throw new ConstructionError(`Invalid client config "${configKey}": expected ${shape}, or a function returning one.`);
}

function withHeader(request: HttpRequest, name: string, value: string): HttpRequest {
  return { ...request, headers: { ...request.headers, [name]: value } };
}

/** smithy.api#httpBearerAuth: `Authorization: Bearer <token>`. Config key `token`. */
export const httpBearerAuthScheme: AuthScheme<TokenIdentity> = {
  schemeId: "smithy.api#httpBearerAuth",
  configKey: "token",
  identityProvider: (value) =>
    providerOf<TokenIdentity>("token", value, (token) => ({ token }), (v) => typeof (v as TokenIdentity).token === "string", "a string or { token }"),
  sign: (request, identity) => withHeader(request, "authorization", `Bearer ${identity.token}`),
};

/**
 * smithy.api#httpApiKeyAuth: the key goes in the header or query parameter the trait names,
 * after the trait's `scheme` when it has one (`Authorization: ApiKey <key>`). Config key `apiKey`.
 */
export const httpApiKeyAuthScheme: AuthScheme<ApiKeyIdentity> = {
  schemeId: "smithy.api#httpApiKeyAuth",
  configKey: "apiKey",
  identityProvider: (value) =>
    providerOf<ApiKeyIdentity>("apiKey", value, (apiKey) => ({ apiKey }), (v) => typeof (v as ApiKeyIdentity).apiKey === "string", "a string or { apiKey }"),
  sign(request, identity, settings) {
    const name = settings["name"];
    const location = settings["in"];
    const scheme = settings["scheme"];
    if (typeof name !== "string" || (location !== "header" && location !== "query")) {
      throw new ConstructionError('The service\'s @httpApiKeyAuth trait needs a "name" and "in": "header" | "query"; regenerate the client from a valid model.');
    }
    if (location === "query") return { ...request, query: [...request.query, [name, identity.apiKey]] };
    const value = typeof scheme === "string" ? `${scheme} ${identity.apiKey}` : identity.apiKey;
    return withHeader(request, name.toLowerCase(), value);
  },
};

/** smithy.api#httpBasicAuth: `Authorization: Basic base64(username:password)`. Config key `basicAuth`. */
export const httpBasicAuthScheme: AuthScheme<LoginIdentity> = {
  schemeId: "smithy.api#httpBasicAuth",
  configKey: "basicAuth",
  identityProvider: (value) =>
    providerOf<LoginIdentity>(
      "basicAuth",
      value,
      undefined,
      (v) => typeof (v as LoginIdentity).username === "string" && typeof (v as LoginIdentity).password === "string",
      "{ username, password }",
    ),
  sign(request, identity) {
    // RFC 7617: the user-id cannot contain a colon, or the server would split it wrongly.
    if (identity.username.includes(":")) throw new ConstructionError("httpBasicAuth: the username must not contain ':'.");
    return withHeader(request, "authorization", `Basic ${toBase64(utf8Encode(`${identity.username}:${identity.password}`))}`);
  },
};
