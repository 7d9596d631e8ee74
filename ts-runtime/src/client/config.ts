// Client configuration: what users pass (ClientConfig), what the generated client supplies
// (ClientSpec), and the validated, ready-to-use form the pipeline reads (ResolvedClientConfig).
import { ConstructionError } from "../errors.js";
import type { HttpClient } from "../http/types.js";
import type { ClientProtocol, ClientSerdeContext } from "../protocol/protocol.js";
import type { ServiceSchema } from "../schema/schema.js";
import type { AuthScheme, Identity, IdentityContext, IdentityProvider } from "./auth/auth-scheme.js";
import type { SelectedAuth } from "./auth/select.js";
import { parseEndpoint, type Endpoint, type EndpointResolver } from "./endpoint.js";
import { randomUuid } from "./idempotency.js";
import type { Interceptor } from "./interceptors.js";
import type { Logger } from "./logger.js";
import { StandardRetryStrategy, type RetryStrategy } from "./retry/strategy.js";
import { abortableSleep, type Sleep } from "./timeouts.js";

/** Options a user passes to a generated client (all optional; `endpoint` is needed to send). */
export interface ClientConfig {
  /** Service base URL ("https://api.example.com", "http://localhost:8080/prefix") or a per-call resolver. */
  readonly endpoint?: string | URL | EndpointResolver;
  /** Sends requests. Defaults to node:http (keep-alive) under Node, fetch elsewhere. */
  readonly httpClient?: HttpClient;
  /** Retry behavior; defaults to a StandardRetryStrategy with `maxAttempts`. */
  readonly retryStrategy?: RetryStrategy;
  /** Attempts per call for the default strategy (default 3; 1 disables retries). */
  readonly maxAttempts?: number;
  /** Milliseconds one attempt (send + receive + parse) may take before it is abandoned and retried. */
  readonly attemptTimeout?: number;
  /** Milliseconds a whole call, retries and back-off included, may take. */
  readonly operationTimeout?: number;
  /** Run after the generated client's own interceptors, before per-call ones. */
  readonly interceptors?: readonly Interceptor[];
  readonly logger?: Logger;
  /** Bearer token (httpBearerAuth): a string, { token }, or a function returning { token }. */
  readonly token?: unknown;
  /** API key (httpApiKeyAuth): a string, { apiKey }, or a function returning { apiKey }. */
  readonly apiKey?: unknown;
  /** Basic auth (httpBasicAuth): { username, password } or a function returning it. */
  readonly basicAuth?: unknown;
  /** Identity providers by auth scheme id, overriding the keys above (for custom schemes too). */
  readonly identityProviders?: { readonly [schemeId: string]: (context: IdentityContext) => object | Promise<object> };
  /** Extra or replacement auth schemes (signers), by their schemeId. */
  readonly authSchemes?: readonly AuthScheme[];
  /** Scheme ids to try first when an operation supports several. */
  readonly authSchemePreference?: readonly string[];
  /** Generates @idempotencyToken values left unset by the caller (default: random UUID v4). */
  readonly idempotencyToken?: () => string;
  /** Turns off @requestCompression (default false). */
  readonly disableRequestCompression?: boolean;
  /** Smallest body, in bytes, that @requestCompression compresses (0..10485760, default 10240). */
  readonly requestMinCompressionSizeBytes?: number;
  /** Ignore @endpoint host prefixes (for endpoints that do not support them). */
  readonly disableHostPrefix?: boolean;
  /** Waits between retries; replace it in tests to run retries without real delays. */
  readonly sleep?: Sleep;
}

/** What a generated client supplies about its service. */
export interface ClientSpec {
  readonly service: ServiceSchema;
  readonly protocol: ClientProtocol;
  /** Creates the default HTTP client (generated code passes createDefaultHttpClient). */
  readonly defaultHttpClient?: () => HttpClient;
  /** Signers for the auth schemes the service uses. */
  readonly authSchemes?: readonly AuthScheme[];
  /** Interceptors added by the generator (e.g. requestCompression(), contentMd5()). */
  readonly interceptors?: readonly Interceptor[];
}

export interface ResolvedClientConfig {
  readonly service: ServiceSchema;
  readonly protocol: ClientProtocol;
  readonly endpoint: Endpoint | EndpointResolver | undefined;
  readonly httpClient: HttpClient | undefined;
  readonly retryStrategy: RetryStrategy;
  readonly attemptTimeout: number | undefined;
  readonly operationTimeout: number | undefined;
  readonly interceptors: readonly Interceptor[];
  readonly logger: Logger | undefined;
  readonly authSchemes: ReadonlyMap<string, AuthScheme>;
  readonly identityProviders: ReadonlyMap<string, IdentityProvider<Identity>>;
  readonly authSchemePreference: readonly string[] | undefined;
  readonly serdeContext: ClientSerdeContext;
  readonly disableRequestCompression: boolean;
  readonly requestMinCompressionSizeBytes: number;
  readonly disableHostPrefix: boolean;
  readonly sleep: Sleep;
  /** Auth selection per operation id (selection depends only on this config). */
  readonly authSelections: Map<string, SelectedAuth>;
}

const MAX_COMPRESSION_THRESHOLD = 10_485_760;

/**
 * Validates a config. `reuse` is the client's resolved config when resolving per-call
 * overrides: stateful parts (retry quota, HTTP connection pools) are shared unless overridden.
 */
export function resolveConfig(spec: ClientSpec, config: ClientConfig, reuse?: ResolvedClientConfig, overrides?: ClientConfig): ResolvedClientConfig {
  const endpoint = config.endpoint === undefined || typeof config.endpoint === "function" ? config.endpoint : parseEndpoint(config.endpoint);
  let retryStrategy: RetryStrategy;
  if (reuse !== undefined && overrides?.retryStrategy === undefined && overrides?.maxAttempts === undefined) {
    retryStrategy = reuse.retryStrategy;
  } else if (overrides?.maxAttempts !== undefined && overrides.retryStrategy === undefined) {
    // A per-call maxAttempts means a fresh standard strategy (with its own quota) for the call.
    retryStrategy = new StandardRetryStrategy({ maxAttempts: overrides.maxAttempts });
  } else {
    retryStrategy = config.retryStrategy ?? new StandardRetryStrategy(config.maxAttempts === undefined ? {} : { maxAttempts: config.maxAttempts });
  }
  const httpClient = reuse !== undefined && overrides?.httpClient === undefined ? reuse.httpClient : (config.httpClient ?? spec.defaultHttpClient?.());
  const schemes = new Map<string, AuthScheme>();
  for (const scheme of spec.authSchemes ?? []) schemes.set(scheme.schemeId, scheme);
  for (const scheme of config.authSchemes ?? []) schemes.set(scheme.schemeId, scheme);
  const providers = new Map<string, IdentityProvider<Identity>>();
  for (const scheme of schemes.values()) {
    const provider = scheme.identityProvider((config as Record<string, unknown>)[scheme.configKey]);
    if (provider !== undefined) providers.set(scheme.schemeId, provider);
  }
  for (const [id, provider] of Object.entries(config.identityProviders ?? {})) {
    if (typeof provider !== "function") throw new ConstructionError(`Invalid client config "identityProviders.${id}": expected a function.`);
    providers.set(id, provider as IdentityProvider<Identity>);
  }
  const minCompression = config.requestMinCompressionSizeBytes ?? 10_240;
  if (!Number.isInteger(minCompression) || minCompression < 0 || minCompression > MAX_COMPRESSION_THRESHOLD) {
    throw new ConstructionError(`Invalid client config "requestMinCompressionSizeBytes": ${minCompression}. Expected an integer from 0 to ${MAX_COMPRESSION_THRESHOLD}.`);
  }
  const idempotencyToken = config.idempotencyToken ?? randomUuid;
  const interceptors = [...(spec.interceptors ?? []), ...(config.interceptors ?? [])];
  return {
    service: spec.service,
    protocol: spec.protocol,
    endpoint,
    httpClient,
    retryStrategy,
    attemptTimeout: timeout("attemptTimeout", config.attemptTimeout),
    operationTimeout: timeout("operationTimeout", config.operationTimeout),
    interceptors,
    logger: config.logger,
    authSchemes: schemes,
    identityProviders: providers,
    authSchemePreference: config.authSchemePreference,
    serdeContext: reuse !== undefined && reuse.serdeContext.idempotencyToken === idempotencyToken ? reuse.serdeContext : { service: spec.service, idempotencyToken },
    disableRequestCompression: config.disableRequestCompression === true,
    requestMinCompressionSizeBytes: minCompression,
    disableHostPrefix: config.disableHostPrefix === true,
    sleep: config.sleep ?? abortableSleep,
    authSelections: new Map(),
  };
}

function timeout(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConstructionError(`Invalid client config "${name}": ${value}. Expected a positive number of milliseconds.`);
  }
  return value;
}
