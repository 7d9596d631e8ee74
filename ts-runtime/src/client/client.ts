// The base classes generated clients build on: Client (config + send) and OperationRequest
// (the fluent builder behind `client.getThing().id("x").customize(...).send({ signal })`).
import type { OperationSchema } from "../schema/schema.js";
import { resolveConfig, type ClientConfig, type ClientSpec, type ResolvedClientConfig } from "./config.js";
import type { Interceptor } from "./interceptors.js";
import { paginate, type PaginateOptions, type Paginator } from "./paginator.js";
import { executeOperation, type CallOptions, type WithMetadata } from "./pipeline.js";

export interface SendOptions extends CallOptions {
  /** Config overrides for this call only (interceptors listed here are added, not replaced). */
  readonly config?: ClientConfig;
}

/**
 * A service client. Generated clients extend it with one method per operation; everything
 * can also be called directly: `client.send(GetThing, { id: "x" })` with a generated schema.
 * Members `config`, `send` and `destroy` are reserved (generated operation methods avoid them).
 */
export class Client {
  /** The config as the user passed it. */
  readonly config: ClientConfig;
  readonly #spec: ClientSpec;
  readonly #resolved: ResolvedClientConfig;
  readonly #ownsHttpClient: boolean;

  constructor(spec: ClientSpec, config: ClientConfig = {}) {
    this.config = config;
    this.#spec = spec;
    this.#resolved = resolveConfig(spec, config);
    this.#ownsHttpClient = config.httpClient === undefined;
  }

  /** Calls an operation. Resolves to its output with `$metadata`; rejects with an SdkError. */
  send<Output extends object = Record<string, unknown>>(
    operation: OperationSchema,
    input: object,
    options?: SendOptions,
  ): Promise<WithMetadata<Output>> {
    const overrides = options?.config;
    const config = overrides === undefined ? this.#resolved : this.#resolveOverrides(overrides);
    return executeOperation(config, operation, input as Record<string, unknown>, options) as Promise<WithMetadata<Output>>;
  }

  /** Releases the default HTTP client's pooled connections (user-supplied clients are left alone). */
  destroy(): void {
    const http = this.#resolved.httpClient as { destroy?: () => void } | undefined;
    if (this.#ownsHttpClient && typeof http?.destroy === "function") http.destroy();
  }

  #resolveOverrides(overrides: ClientConfig): ResolvedClientConfig {
    const merged: ClientConfig = {
      ...this.config,
      ...overrides,
      interceptors: [...(this.config.interceptors ?? []), ...(overrides.interceptors ?? [])],
    };
    return resolveConfig(this.#spec, merged, this.#resolved, overrides);
  }
}

/** Per-call customization: `request.customize({ interceptors, config })`. */
export interface CustomizeOptions {
  readonly interceptors?: readonly Interceptor[];
  readonly config?: ClientConfig;
}

/**
 * The fluent builder of one operation call. Generated subclasses add one setter per input
 * member, written with `$set` (scalars, `setX` replacements), `$append` (lists) and
 * `$insert` (maps). Names starting with `$` cannot clash with Smithy member names; the public
 * `send` and `customize` are reserved.
 */
export class OperationRequest<Input extends object, Output extends object> {
  /** The input built so far. */
  readonly $input: Record<string, unknown>;
  protected readonly $client: Client;
  protected readonly $operation: OperationSchema;
  #interceptors: readonly Interceptor[] | undefined;
  #config: ClientConfig | undefined;

  constructor(client: Client, operation: OperationSchema, input?: Input) {
    this.$client = client;
    this.$operation = operation;
    // A shallow copy: fluent setters must never modify the caller's object.
    this.$input = input === undefined ? {} : { ...(input as Record<string, unknown>) };
  }

  /** Adds interceptors and config overrides for this call. */
  customize(options: CustomizeOptions): this {
    if (options.interceptors !== undefined) this.#interceptors = [...(this.#interceptors ?? []), ...options.interceptors];
    if (options.config !== undefined) {
      const previous = this.#config;
      this.#config =
        previous === undefined
          ? options.config
          : { ...previous, ...options.config, interceptors: [...(previous.interceptors ?? []), ...(options.config.interceptors ?? [])] };
    }
    return this;
  }

  /** Sends the request. */
  send(options?: { readonly signal?: AbortSignal }): Promise<WithMetadata<Output>> {
    return this.$client.send<Output>(this.$operation, this.$input, this.$callOptions(options?.signal));
  }

  protected $callOptions(signal: AbortSignal | undefined): SendOptions | undefined {
    if (signal === undefined && this.#interceptors === undefined && this.#config === undefined) return undefined;
    const options: { signal?: AbortSignal; interceptors?: readonly Interceptor[]; config?: ClientConfig } = {};
    if (signal !== undefined) options.signal = signal;
    if (this.#interceptors !== undefined) options.interceptors = this.#interceptors;
    if (this.#config !== undefined) options.config = this.#config;
    return options;
  }

  /** Sets (or replaces) a member. */
  protected $set(member: string, value: unknown): this {
    this.$input[member] = value;
    return this;
  }

  /** Appends to a list member. */
  protected $append(member: string, values: readonly unknown[]): this {
    const current = this.$input[member];
    this.$input[member] = Array.isArray(current) ? [...(current as unknown[]), ...values] : [...values];
    return this;
  }

  /** Inserts one entry into a map member. */
  protected $insert(member: string, key: string, value: unknown): this {
    const current = this.$input[member];
    const map: Record<string, unknown> = typeof current === "object" && current !== null ? { ...(current as Record<string, unknown>) } : {};
    map[key] = value;
    this.$input[member] = map;
    return this;
  }
}

/** OperationRequest for @paginated operations: adds `paginate()` (`paginate` is reserved too). */
export class PaginatedOperationRequest<Input extends object, Output extends object, Item = unknown> extends OperationRequest<Input, Output> {
  /** Pages through the results, starting from the input built so far. */
  paginate(options?: PaginateOptions & { readonly signal?: AbortSignal }): Paginator<WithMetadata<Output>, Item> {
    const callOptions = this.$callOptions(options?.signal);
    const pageOptions: PaginateOptions = options?.pageSize === undefined ? {} : { pageSize: options.pageSize };
    return paginate<WithMetadata<Output>, Item>(
      this.$operation,
      this.$input,
      (input) => this.$client.send<Output>(this.$operation, input, callOptions),
      pageOptions,
    );
  }
}
