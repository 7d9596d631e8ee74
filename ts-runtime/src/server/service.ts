// A built service: the route table, one fully wrapped HTTP-level service per operation, and the
// layers around it all. Everything is assembled once in the constructor; a request costs a
// route lookup, one context object and the operation's own work.
import type { HttpResponse } from "../http/types.js";
import { FrameworkError, type ServerProtocol, type ServerSerdeContext } from "../protocol/protocol.js";
import { deref, type OperationSchema, type ServiceSchema } from "../schema/schema.js";
import { createFetchHandler, type FetchHandler } from "./adapters/fetch.js";
import { createLambdaHandler, type LambdaHandler } from "./adapters/lambda.js";
import type { ServerLimits, ServerLogger, ServiceConfig } from "./config.js";
import { RequestContext } from "./context.js";
import { applyPlugins } from "./plugins.js";
import { createRouter, isRouteMatch, type Router } from "./router/router.js";
import type { HandlerContext, HttpOperationService, HttpService, ModelOperationService, OperationInfo, ServerRequest } from "./types.js";
import { createUpgrade } from "./upgrade.js";
import { ValidationPlanner } from "./validation/plan.js";

/** What generated code hands the runtime about a service. */
export interface ServiceDefinition {
  readonly schema: ServiceSchema;
  /** The server side of the service's protocol (e.g. the runtime's restJson1 protocol). */
  readonly protocol: ServerProtocol;
}

/** How one operation is implemented, as registered on the builder. */
export type Registration =
  | { readonly kind: "handler"; readonly handler: ErasedHandler }
  | { readonly kind: "service"; readonly service: { handle: ErasedHandler } }
  | { readonly kind: "custom"; readonly service: HttpOperationService };

/** A handler with its types erased: the builder checked them when it was registered. */
export type ErasedHandler = (input: never, ctx: never) => unknown;

interface OperationEntry {
  readonly info: OperationInfo;
  readonly http: HttpOperationService;
}

export class Service {
  readonly schema: ServiceSchema;
  readonly protocol: ServerProtocol;
  readonly limits: ServerLimits;
  readonly #logger: ServerLogger;
  readonly #requestIdHeader: string;
  readonly #router: Router;
  readonly #entries: readonly OperationEntry[];
  readonly #serdeCtx: ServerSerdeContext;
  readonly #internal = new FrameworkError("InternalFailure", "internal failure");
  readonly #pipeline: HttpService;

  /**
   * Fetch API entry point, bound so it can be passed around: `export default { fetch: app.fetch }`
   * (Bun, Deno, Cloudflare Workers) or `hono.all("*", (c) => app.fetch(c.req.raw))`.
   */
  readonly fetch: FetchHandler;

  /** Use ServiceBuilder (or the generated `<Service>.builder(config)`) rather than this constructor. */
  constructor(definition: ServiceDefinition, config: ServiceConfig, registrations: ReadonlyMap<string, Registration>) {
    this.schema = definition.schema;
    this.protocol = definition.protocol;
    this.limits = config.limits;
    this.#logger = config.logger;
    this.#requestIdHeader = config.requestIdHeader;
    this.#serdeCtx = { service: this.schema };
    const operations = this.schema.operations;
    this.#router = createRouter(this.schema, operations);

    const planner = new ValidationPlanner();
    const plans = operations.map((op) => ({ input: planner.structure(deref(op.input)), output: planner.structure(deref(op.output)) }));
    planner.finish();
    for (const { source, reason } of planner.nonLinearPatterns()) {
      this.#logger.warn(`@pattern ${JSON.stringify(source)} is evaluated by the platform RegExp, without protection against catastrophic backtracking (${reason})`);
    }

    this.#entries = operations.map((op, i) => {
      const info: OperationInfo = Object.freeze({ serviceId: this.schema.id, operationId: op.id, name: op.name, schema: op });
      const registration = registrations.get(op.name);
      if (registration === undefined) return { info, http: this.#unregistered(op) };
      if (registration.kind === "custom") return { info, http: registration.service };
      const model = applyPlugins(toModelService(registration), config.modelPlugins, info);
      const upgrade = createUpgrade({
        service: this.schema,
        operation: op,
        protocol: this.protocol,
        limits: this.limits,
        inputPlan: plans[i]!.input,
        outputPlan: plans[i]!.output,
        model,
      });
      return { info, http: applyPlugins(upgrade, config.httpPlugins, info) };
    });

    let pipeline: HttpService = (request) => this.#dispatch(request);
    for (let i = config.layers.length - 1; i >= 0; i--) pipeline = config.layers[i]!(pipeline);
    this.#pipeline = pipeline;
    this.fetch = createFetchHandler(this);
  }

  /** Handles one request (layers, routing, the operation); never rejects. */
  async handle(request: ServerRequest): Promise<HttpResponse> {
    try {
      return await this.#pipeline(request);
    } catch (e) {
      return this.#failed(e, undefined, undefined);
    }
  }

  /** The protocol's response to a request rejected before routing (adapters use it for 413 and malformed requests). */
  frameworkErrorResponse(error: FrameworkError): HttpResponse {
    return this.protocol.serializeFrameworkError(error, this.#serdeCtx);
  }

  /** Logs `error` as an internal failure and returns the protocol's 500 response (adapters use it when a response cannot be delivered as built). */
  internalFailure(error: unknown): HttpResponse {
    return this.#failed(error, undefined, undefined);
  }

  /** An AWS Lambda handler for API Gateway REST (v1) and HTTP (v2) API events. */
  toLambdaHandler(): LambdaHandler {
    return createLambdaHandler(this);
  }

  async #dispatch(request: ServerRequest): Promise<HttpResponse> {
    const limits = this.limits;
    if (request.path.length > limits.maxPathLength) {
      return this.frameworkErrorResponse(new FrameworkError("Serialization", `the request path is longer than ${limits.maxPathLength} characters`));
    }
    if (request.query.length > limits.maxQueryParameters) {
      return this.frameworkErrorResponse(new FrameworkError("Serialization", `the request has more than ${limits.maxQueryParameters} query parameters`));
    }
    const route = this.#router.route(request);
    if (!isRouteMatch(route)) return this.frameworkErrorResponse(route);
    const entry = this.#entries[route.index]!;
    const ctx = new RequestContext(request, entry.info, this.#requestIdHeader);
    try {
      return await entry.http(request, ctx);
    } catch (e) {
      // An HTTP plugin may refuse a request with a FrameworkError; anything else is a failure.
      if (e instanceof FrameworkError && e.errorKind !== "InternalFailure") return this.frameworkErrorResponse(e);
      return this.#failed(e, entry.info.name, ctx);
    }
  }

  /** Logs a failure (once: every path that reaches here answers right after) and answers 500. */
  #failed(error: unknown, operationName: string | undefined, ctx: HandlerContext | undefined): HttpResponse {
    try {
      this.#logger.error("request failed with an internal error", {
        ...(operationName === undefined ? {} : { operationName }),
        ...(ctx === undefined ? {} : { requestId: ctx.requestId }),
        error,
      });
    } catch {
      // A throwing logger must not turn a 500 into an unanswered request.
    }
    return this.frameworkErrorResponse(this.#internal);
  }

  #unregistered(op: OperationSchema): HttpOperationService {
    return async () => {
      throw new Error(`no handler is registered for operation ${op.name} (the service was built with buildUnchecked())`);
    };
  }
}

function toModelService(registration: Exclude<Registration, { kind: "custom" }>): ModelOperationService {
  // Plain functions rather than async ones (one frame and one await less per request); a
  // handler that throws synchronously still yields a rejected promise.
  if (registration.kind === "handler") {
    const handler = registration.handler;
    return (input, ctx) => {
      try {
        return Promise.resolve(handler(input as never, ctx as never) as Record<string, unknown> | Promise<Record<string, unknown>>);
      } catch (e) {
        return Promise.reject(e);
      }
    };
  }
  const service = registration.service;
  return (input, ctx) => {
    try {
      return Promise.resolve(service.handle(input as never, ctx as never) as Record<string, unknown> | Promise<Record<string, unknown>>);
    } catch (e) {
      return Promise.reject(e);
    }
  };
}
