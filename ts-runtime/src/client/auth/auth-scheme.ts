// Auth schemes and identities (after Smithy's identity & auth client guidance): an auth
// scheme pairs a Smithy auth trait with a signer; identities come from providers configured
// on the client. Generated clients pass only the schemes their service uses, so unused
// signers are tree-shaken away.
import type { HttpRequest } from "../../http/types.js";
import type { DocumentValue, OperationSchema } from "../../schema/schema.js";

export interface Identity {
  /** When the identity stops being valid, if it expires. */
  readonly expiration?: Date;
}

/** For smithy.api#httpBearerAuth. */
export interface TokenIdentity extends Identity {
  readonly token: string;
}

/** For smithy.api#httpApiKeyAuth. */
export interface ApiKeyIdentity extends Identity {
  readonly apiKey: string;
}

/** For smithy.api#httpBasicAuth. */
export interface LoginIdentity extends Identity {
  readonly username: string;
  readonly password: string;
}

export interface IdentityContext {
  readonly operation: OperationSchema;
}

/** Resolves an identity for one attempt; cache inside the provider when resolution is costly. */
export type IdentityProvider<I extends Identity = Identity> = (context: IdentityContext) => I | Promise<I>;

/** The auth trait's value from the service shape (e.g. httpApiKeyAuth's name/in/scheme). */
export type AuthSettings = { readonly [key: string]: DocumentValue };

export interface AuthScheme<I extends Identity = Identity> {
  /** The auth trait's shape id, e.g. "smithy.api#httpBearerAuth". */
  readonly schemeId: string;
  /** The client config key users set to give this scheme an identity (for error messages). */
  readonly configKey: string;
  /** Turns the config value under `configKey` into a provider; undefined when it is unset. */
  identityProvider(configValue: unknown): IdentityProvider<I> | undefined;
  /** Returns the signed request (never mutates the one given). */
  sign(request: HttpRequest, identity: I, settings: AuthSettings): HttpRequest | Promise<HttpRequest>;
}

/** smithy.api#noAuth: requests are sent anonymously. */
export const NO_AUTH = "smithy.api#noAuth";
