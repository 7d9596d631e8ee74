// The service builder: one registration per operation, then build().
//
// The builder is immutable and typed by the set of operations registered so far, so `build()`
// is a compile-time error until every operation has an implementation; the message names a
// missing operation ("Type '"GetStorage"' is not assignable to ..."). Code that bypasses the
// types gets MissingOperationsError at run time. `buildUnchecked()` builds anyway and answers
// 500 for the unregistered operations.
//
// Generated code wraps this class in a per-service builder with one named setter per operation
// (`getPokemon(handler)`, `getPokemonService(service)`, `getPokemonCustom(httpService)`).
import { ServiceConfigBuilder, type ServiceConfig } from "./config.js";
import { unknownScopeNames } from "./plugins.js";
import { Service, type ErasedHandler, type Registration, type ServiceDefinition } from "./service.js";
import type { Handler, HttpOperationService, OperationMap, OperationName, OperationService } from "./types.js";

export class MissingOperationsError extends Error {
  override readonly name = "MissingOperationsError";
  constructor(
    readonly serviceId: string,
    readonly operations: readonly string[],
  ) {
    super(
      `${serviceId}: no implementation registered for ${operations.join(", ")}; register ` +
        `${operations.length === 1 ? "it" : "them"} on the builder, or call buildUnchecked() to answer 500 for unregistered operations`,
    );
  }
}

const DEFAULT_CONFIG: ServiceConfig = new ServiceConfigBuilder().build();

export class ServiceBuilder<Ops extends OperationMap, Registered extends OperationName<Ops> = never> {
  /**
   * Makes `ServiceBuilder<Ops, "A">` unassignable to `ServiceBuilder<Ops, "A" | "B">`: what build()
   * checks. Protected, not private: declaration files drop the types of private members, and
   * code compiled against the published .d.ts would lose the check.
   */
  declare protected readonly registered: (name: Registered) => void;
  readonly #definition: ServiceDefinition;
  readonly #config: ServiceConfig;
  #registrations: ReadonlyMap<string, Registration> = new Map();
  readonly #names: ReadonlySet<string>;

  constructor(definition: ServiceDefinition, config: ServiceConfig = DEFAULT_CONFIG) {
    this.#definition = definition;
    this.#config = config;
    this.#names = new Set(definition.schema.operations.map((op) => op.name));
  }

  /** Implements an operation with a function. Registering an operation again replaces it. */
  handler<K extends OperationName<Ops>>(name: K, handler: Handler<Ops[K], K>): ServiceBuilder<Ops, Registered | K> {
    if (typeof handler !== "function") throw new TypeError(`the handler for ${name} must be a function, got ${typeof handler}`);
    return this.#with(name, { kind: "handler", handler: handler as ErasedHandler });
  }

  /** Implements an operation with an object's `handle` method (called with the object as `this`). */
  service<K extends OperationName<Ops>>(name: K, service: OperationService<Ops[K], K>): ServiceBuilder<Ops, Registered | K> {
    if (typeof service?.handle !== "function") throw new TypeError(`the service for ${name} must be an object with a handle(input, ctx) method`);
    return this.#with(name, { kind: "service", service: service as { handle: ErasedHandler } });
  }

  /** Implements an operation with a raw HTTP service: no deserialization, validation or plugins. */
  custom<K extends OperationName<Ops>>(name: K, service: HttpOperationService): ServiceBuilder<Ops, Registered | K> {
    if (typeof service !== "function") throw new TypeError(`the HTTP service for ${name} must be a function (request, ctx) => response`);
    return this.#with(name, { kind: "custom", service });
  }

  /** Builds the service; every operation must be registered (checked by the compiler, and again at run time). */
  build(this: ServiceBuilder<Ops, OperationName<Ops>>): Service {
    const missing = [...this.#names].filter((n) => !this.#registrations.has(n));
    if (missing.length > 0) throw new MissingOperationsError(this.#definition.schema.id, missing);
    return this.buildUnchecked();
  }

  /** Builds the service even if operations are missing; those answer 500 (and log an error) when called. */
  buildUnchecked(): Service {
    const known = this.#names;
    for (const scoped of [...this.#config.httpPlugins, ...this.#config.modelPlugins]) {
      const unknown = unknownScopeNames(scoped.scope, known);
      if (unknown.length > 0) {
        throw new TypeError(`${this.#definition.schema.id}: a plugin is scoped to unknown operation(s) ${unknown.join(", ")}; operations are ${[...known].join(", ")}`);
      }
    }
    return new Service(this.#definition, this.#config, this.#registrations);
  }

  #with<K extends OperationName<Ops>>(name: K, registration: Registration): ServiceBuilder<Ops, Registered | K> {
    if (!this.#names.has(name)) {
      throw new TypeError(`${this.#definition.schema.id} has no operation named ${JSON.stringify(name)}; operations are ${[...this.#names].join(", ")}`);
    }
    const next = new ServiceBuilder<Ops, Registered | K>(this.#definition, this.#config);
    next.#registrations = new Map(this.#registrations).set(name, registration);
    return next;
  }
}
