// The vocabulary of the server runtime: what adapters hand to a service, what handlers and
// plugins see, and the type-level description of a service's operations that generated code
// emits (one OperationShape per operation), from which every setter and handler is typed.
import type { HttpRequest, HttpResponse } from "../http/types.js";
import type { OperationSchema } from "../schema/schema.js";
import type { Extensions } from "./extensions.js";

/** A request as an adapter hands it to a service. */
export interface ServerRequest extends HttpRequest {
  /** Aborted when the client goes away (or the platform gives up on the request). */
  readonly signal?: AbortSignal;
  /** A request id the platform already assigned (e.g. API Gateway's); used when no header carries one. */
  readonly requestId?: string;
}

/** The parts of a request a handler may look at (the body has already been parsed into the input). */
export interface RequestParts {
  readonly method: string;
  /** Percent-encoded path, beginning with "/". */
  readonly path: string;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Decoded query parameters in wire order. */
  readonly query: readonly (readonly [string, string])[];
}

/** What plugins and handlers learn about the operation they serve. */
export interface OperationInfo<Name extends string = string> {
  /** Absolute shape id of the service, e.g. "example.pokemon#PokemonService". */
  readonly serviceId: string;
  /** Absolute shape id of the operation, e.g. "example.pokemon#GetPokemon". */
  readonly operationId: string;
  /** The operation's name within the service, e.g. "GetPokemon". */
  readonly name: Name;
  /** The full schema: input, output and error shapes, HTTP binding, auth, documentation. */
  readonly schema: OperationSchema;
}

/** The per-request context shared by HTTP plugins, model plugins and the handler. */
export interface HandlerContext<Name extends string = string> {
  readonly request: RequestParts;
  readonly operation: OperationInfo<Name>;
  /** From the configured request-id header when the client sent a sane one, else generated. */
  readonly requestId: string;
  /** Aborted when the client disconnects; pass it on to downstream calls. */
  readonly signal: AbortSignal;
  /** Typed values set by plugins for later plugins and the handler (see ExtensionKey). */
  readonly extensions: Extensions;
}

/** Type-level description of one operation: what generated code emits per operation. */
export interface OperationShape<Input extends object = object, Output extends object = object, Errors extends Error = Error> {
  readonly input: Input;
  readonly output: Output;
  /** Union of the modeled error classes a handler may throw. */
  readonly errors: Errors;
}

/** Operation name -> shape, for every operation of a service. */
export type OperationMap = { readonly [name: string]: OperationShape };

/** Names of the operations of a service. */
export type OperationName<Ops extends OperationMap> = keyof Ops & string;

/** A function implementing one operation. Throw a modeled error instance to answer with it. */
export type Handler<Op extends OperationShape = OperationShape, Name extends string = string> = (
  input: Op["input"],
  ctx: HandlerContext<Name>,
) => Promise<Op["output"]> | Op["output"];

/** An object implementing one operation (a class instance holding its dependencies, say). */
export interface OperationService<Op extends OperationShape = OperationShape, Name extends string = string> {
  handle(input: Op["input"], ctx: HandlerContext<Name>): Promise<Op["output"]> | Op["output"];
}

/** An HTTP-level service for one operation: gets the routed request, answers with a response. */
export type HttpOperationService = (request: ServerRequest, ctx: HandlerContext) => Promise<HttpResponse>;

/** The model-level service of one operation: typed input in, output out (errors thrown). */
export type ModelOperationService = (input: Record<string, unknown>, ctx: HandlerContext) => Promise<Record<string, unknown>>;

/** A whole service (routing included) as layers see it. */
export type HttpService = (request: ServerRequest) => Promise<HttpResponse>;
