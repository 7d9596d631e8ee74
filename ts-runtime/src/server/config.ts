// Service configuration: plugins, layers, limits and the logger. Generated code exposes
// `<Service>Config.builder()` returning a ServiceConfigBuilder typed by the service's
// operation names, so plugin scopes are checked at compile time.
import type { HttpPlugin, Layer, ModelPlugin, PluginScope, ScopedPlugin } from "./plugins.js";

/** Details of a failure the service answered with a 500. */
export interface ServerErrorReport {
  /** The operation being served, when routing got that far. */
  readonly operationName?: string;
  readonly requestId?: string;
  /** The thrown value: never sent to the client. */
  readonly error: unknown;
}

/** Where the service reports failures it hides from clients. */
export interface ServerLogger {
  /** A request failed with an internal error (called exactly once per such request). */
  error(message: string, report: ServerErrorReport): void;
  /** A problem found while building the service (e.g. a pattern evaluated without ReDoS protection). */
  warn(message: string): void;
}

export const CONSOLE_LOGGER: ServerLogger = {
  error: (message, report) => console.error(`[smithy-ts server] ${message}`, report),
  warn: (message) => console.warn(`[smithy-ts server] ${message}`),
};

export interface ServerLimits {
  /** Largest accepted request body; larger ones answer 413. Default 1 MiB. */
  readonly maxRequestBodyBytes: number;
  /** Most query parameters accepted; more answer 400. Default 1000. */
  readonly maxQueryParameters: number;
  /** Longest accepted request path (percent-encoded); longer ones answer 400. Default 8 KiB. */
  readonly maxPathLength: number;
  /** Total size of header names and values accepted by the Fetch and Lambda adapters (node:http enforces its own). Default 16 KiB. */
  readonly maxHeaderBytes: number;
  /** Most violations listed in a ValidationException. Default 100. */
  readonly maxValidationErrors: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxRequestBodyBytes: 1024 * 1024,
  maxQueryParameters: 1000,
  maxPathLength: 8192,
  maxHeaderBytes: 16 * 1024,
  maxValidationErrors: 100,
};

export interface ServiceConfig {
  readonly httpPlugins: readonly ScopedPlugin<HttpPlugin>[];
  readonly modelPlugins: readonly ScopedPlugin<ModelPlugin>[];
  readonly layers: readonly Layer[];
  readonly limits: ServerLimits;
  readonly logger: ServerLogger;
  /** Lower-case header a client-chosen request id is read from. Default "x-request-id". */
  readonly requestIdHeader: string;
}

export class ServiceConfigBuilder<Name extends string = string> {
  readonly #httpPlugins: ScopedPlugin<HttpPlugin>[] = [];
  readonly #modelPlugins: ScopedPlugin<ModelPlugin>[] = [];
  readonly #layers: Layer[] = [];
  #limits: ServerLimits = DEFAULT_LIMITS;
  #logger: ServerLogger = CONSOLE_LOGGER;
  #requestIdHeader = "x-request-id";

  /** Adds an HTTP plugin; plugins run in registration order. */
  httpPlugin(plugin: HttpPlugin, scope?: PluginScope<Name>): this {
    this.#httpPlugins.push({ plugin, scope });
    return this;
  }

  /** Adds a model plugin; plugins run in registration order. */
  modelPlugin(plugin: ModelPlugin, scope?: PluginScope<Name>): this {
    this.#modelPlugins.push({ plugin, scope });
    return this;
  }

  /** Adds a layer around the whole service (routing included); the first added is outermost. */
  layer(layer: Layer): this {
    this.#layers.push(layer);
    return this;
  }

  limits(limits: Partial<ServerLimits>): this {
    const merged = { ...this.#limits, ...limits };
    for (const [name, value] of Object.entries(merged)) {
      if (!Number.isSafeInteger(value) || value < 1) {
        throw new RangeError(`server limit ${name} must be a positive integer, got ${String(value)}`);
      }
    }
    this.#limits = merged;
    return this;
  }

  logger(logger: ServerLogger): this {
    this.#logger = logger;
    return this;
  }

  requestIdHeader(name: string): this {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new TypeError(`request id header ${JSON.stringify(name)} is not a valid HTTP header name`);
    }
    this.#requestIdHeader = name.toLowerCase();
    return this;
  }

  build(): ServiceConfig {
    return {
      httpPlugins: [...this.#httpPlugins],
      modelPlugins: [...this.#modelPlugins],
      layers: [...this.#layers],
      limits: this.#limits,
      logger: this.#logger,
      requestIdHeader: this.#requestIdHeader,
    };
  }
}

export function serviceConfig<Name extends string = string>(): ServiceConfigBuilder<Name> {
  return new ServiceConfigBuilder<Name>();
}
