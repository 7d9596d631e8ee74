// The operation pipeline: everything one call goes through, in Smithy's interceptor order
// (see interceptors.ts): serialize with the protocol, place the request on the endpoint, then
// a retry loop of sign -> transmit -> deserialize, and finally $metadata and error messages.
// With no interceptors, timeouts or auth configured, the hot path is a handful of awaits.
import { ConstructionError, DispatchError, ResponseError, SdkError, ServiceError, TimeoutError, type ResponseMetadata } from "../errors.js";
import { isReadableStream } from "../http/body.js";
import type { HttpRequest, HttpResponse } from "../http/types.js";
import type { OperationSchema, ServiceSchema } from "../schema/schema.js";
import { selectAuth } from "./auth/select.js";
import { isReplayable } from "./body.js";
import type { ResolvedClientConfig } from "./config.js";
import { applyEndpoint, expandHostPrefix, parseEndpoint } from "./endpoint.js";
import { AbortError, AttemptTimeoutError, decorateServiceError } from "./errors.js";
import {
  InterceptorFailure,
  type HookName,
  type Interceptor,
  type OperationResult,
  type ReadHook,
  type ResultContext,
} from "./interceptors.js";
import { classifyFailure } from "./retry/classify.js";
import { AbortScope } from "./timeouts.js";

/** Per-call options (`send({ signal })`, `customize({ interceptors })`). */
export interface CallOptions {
  /** Aborting rejects the call with an AbortError whose `cause` is the signal's reason. */
  readonly signal?: AbortSignal;
  /** Run after the client's interceptors, for this call only. */
  readonly interceptors?: readonly Interceptor[];
}

/** An operation output as returned to callers. */
export type WithMetadata<O> = O & { readonly $metadata: ResponseMetadata };

/** The mutable state of one execution, handed to hooks through their read-only views. */
class Execution implements ResultContext {
  attempt = 0;
  request: HttpRequest = undefined as unknown as HttpRequest;
  response: HttpResponse | undefined = undefined;
  result: OperationResult = undefined as unknown as OperationResult;
  /** Whether the current attempt handed its request to the HTTP client. */
  transmitted = false;
  totalRetryDelay = 0;
  #properties: Record<string | symbol, unknown> | undefined;

  /** The hooks at least one interceptor implements (the others are skipped without a call). */
  readonly hooks: ReadonlySet<HookName>;

  constructor(
    readonly config: ResolvedClientConfig,
    readonly operation: OperationSchema,
    public input: Readonly<Record<string, unknown>>,
    readonly interceptors: readonly Interceptor[],
    /** The caller's signal, or the operation-timeout scope's. */
    readonly signal: AbortSignal | undefined,
  ) {
    this.hooks = implementedHooks(interceptors);
  }

  get service(): ServiceSchema {
    return this.config.service;
  }

  get properties(): Record<string | symbol, unknown> {
    return (this.#properties ??= {});
  }
}

const NO_SIGNAL: { readonly signal?: AbortSignal } = Object.freeze({});

/**
 * Runs one operation call. Resolves to the output with `$metadata`; rejects with an SdkError
 * (or whatever a modifyBeforeCompletion interceptor chose to return).
 */
export async function executeOperation(
  config: ResolvedClientConfig,
  operation: OperationSchema,
  input: Readonly<Record<string, unknown>>,
  options?: CallOptions,
): Promise<WithMetadata<Record<string, unknown>>> {
  const extra = options?.interceptors;
  const interceptors = extra === undefined || extra.length === 0 ? config.interceptors : [...config.interceptors, ...extra];
  const userSignal = options?.signal;
  const operationScope =
    config.operationTimeout === undefined
      ? undefined
      : new AbortScope(
          userSignal,
          config.operationTimeout,
          () => new TimeoutError(`${operation.name} did not complete within its operationTimeout of ${config.operationTimeout} ms.`),
        );
  const execution = new Execution(config, operation, input, interceptors, operationScope?.signal ?? userSignal);
  try {
    await execute(execution);
  } finally {
    operationScope?.dispose();
  }
  const result = execution.result;
  if (result.error !== undefined) throw result.error;
  return result.output as WithMetadata<Record<string, unknown>>;
}

async function execute(x: Execution): Promise<void> {
  const { config, operation, hooks } = x;
  try {
    if (hooks.has("readBeforeExecution")) {
      const failure = await readAll(x, "readBeforeExecution");
      if (failure !== undefined) throw failure;
    }
    if (hooks.has("modifyBeforeSerialization")) await modify(x, "modifyBeforeSerialization");
    if (hooks.has("readBeforeSerialization")) await read(x, "readBeforeSerialization");
    throwIfAborted(x.signal);
    let request: HttpRequest;
    try {
      request = await config.protocol.serializeRequest(operation, x.input, config.serdeContext);
    } catch (error) {
      throw error instanceof SdkError ? error : new ConstructionError(`${operation.name}: could not serialize the request: ${messageOf(error)}`, { cause: error });
    }
    x.request = await placeOnEndpoint(x, request);
    if (hooks.has("readAfterSerialization")) await read(x, "readAfterSerialization");
    if (hooks.has("modifyBeforeRetryLoop")) await modify(x, "modifyBeforeRetryLoop");
    if (config.httpClient === undefined) {
      throw new ConstructionError(`${operation.name}: no HTTP client is configured; pass "httpClient" in the client config.`);
    }
    await retryLoop(x);
  } catch (error) {
    x.result = { error: normalizeFailure(x, error) };
  }
  if (hooks.has("modifyBeforeCompletion")) {
    try {
      await modify(x, "modifyBeforeCompletion");
    } catch (error) {
      x.result = { error: normalizeFailure(x, error) };
    }
  }
  if (hooks.has("readAfterExecution")) {
    const failure = await readAll(x, "readAfterExecution");
    if (failure !== undefined) x.result = { error: normalizeFailure(x, failure) };
  }
  finish(x);
}

async function retryLoop(x: Execution): Promise<void> {
  const { config, operation } = x;
  const strategy = config.retryStrategy;
  const base = x.request;
  const replayable = isReplayable(base.body);
  let token = strategy.acquireInitialToken();
  for (;;) {
    x.attempt++;
    x.request = base;
    x.response = undefined;
    x.transmitted = false;
    const wait = strategy.delayBeforeAttempt?.() ?? 0;
    if (wait > 0) await config.sleep(wait, x.signal);
    const attemptScope =
      config.attemptTimeout === undefined
        ? undefined
        : new AbortScope(
            x.signal,
            config.attemptTimeout,
            () => new AttemptTimeoutError(`${operation.name} attempt ${x.attempt} did not complete within its attemptTimeout of ${config.attemptTimeout} ms.`),
          );
    try {
      await attempt(x, attemptScope?.signal ?? x.signal);
    } finally {
      attemptScope?.dispose();
    }
    const result = x.result;
    if (result.error === undefined) {
      strategy.recordSuccess(token);
      return;
    }
    let failure = classifyFailure(result.error, x.response, operation);
    // A one-shot streaming body cannot be sent twice.
    if (!replayable && x.transmitted) failure = { error: failure.error, kind: undefined };
    const next = strategy.refreshRetryToken(token, failure);
    if (next === undefined) return;
    config.logger?.debug?.(
      `${operation.name} attempt ${x.attempt} failed (${failure.kind}): ${messageOf(result.error)}; retrying in ${next.delay} ms.`,
    );
    if (next.delay > 0) {
      await config.sleep(next.delay, x.signal);
      x.totalRetryDelay += next.delay;
    }
    token = next;
  }
}

async function attempt(x: Execution, signal: AbortSignal | undefined): Promise<void> {
  const { config, operation, hooks } = x;
  try {
    throwIfAborted(signal);
    if (hooks.has("readBeforeAttempt")) await read(x, "readBeforeAttempt");
    if (hooks.has("modifyBeforeSigning")) await modify(x, "modifyBeforeSigning");
    if (hooks.has("readBeforeSigning")) await read(x, "readBeforeSigning");
    await sign(x);
    if (hooks.has("readAfterSigning")) await read(x, "readAfterSigning");
    if (hooks.has("modifyBeforeTransmit")) await modify(x, "modifyBeforeTransmit");
    if (hooks.has("readBeforeTransmit")) await read(x, "readBeforeTransmit");
    x.transmitted = true;
    try {
      const sending = config.httpClient!.handle(x.request, signal === undefined ? NO_SIGNAL : { signal });
      x.response = signal === undefined ? await sending : await untilAborted(sending, signal);
    } catch (error) {
      throw signal?.aborted || error instanceof SdkError ? error : dispatchError(x, error);
    }
    if (hooks.has("readAfterTransmit")) await read(x, "readAfterTransmit");
    if (hooks.has("modifyBeforeDeserialization")) await modify(x, "modifyBeforeDeserialization");
    if (hooks.has("readBeforeDeserialization")) await read(x, "readBeforeDeserialization");
    try {
      const reading = config.protocol.deserializeResponse(operation, x.response, config.serdeContext);
      x.result = { output: signal === undefined ? await reading : await untilAborted(reading, signal) };
    } catch (error) {
      discardBody(x.response.body);
      x.result = { error: signal?.aborted ? abortFailure(x, signal.reason) : responseFailure(x, error) };
    }
    if (hooks.has("readAfterDeserialization")) await read(x, "readAfterDeserialization");
  } catch (error) {
    x.result = { error: signal?.aborted ? abortFailure(x, signal.reason) : normalizeFailure(x, error) };
  }
  if (hooks.has("modifyBeforeAttemptCompletion")) {
    try {
      await modify(x, "modifyBeforeAttemptCompletion");
    } catch (error) {
      x.result = { error: normalizeFailure(x, error) };
    }
  }
  if (hooks.has("readAfterAttempt")) {
    const failure = await readAll(x, "readAfterAttempt");
    if (failure !== undefined) x.result = { error: normalizeFailure(x, failure) };
  }
}

async function placeOnEndpoint(x: Execution, request: HttpRequest): Promise<HttpRequest> {
  const { config, operation } = x;
  const configured = config.endpoint;
  if (configured === undefined) {
    throw new ConstructionError(`${operation.name}: no endpoint is configured; pass "endpoint" (e.g. "https://api.example.com") in the client config.`);
  }
  const endpoint = typeof configured === "function" ? parseEndpoint(await configured({ operation, input: x.input })) : configured;
  const template = operation.traits.endpointHostPrefix;
  const prefix = template === undefined || config.disableHostPrefix ? "" : expandHostPrefix(operation, template, x.input);
  return applyEndpoint(request, endpoint, prefix);
}

async function sign(x: Execution): Promise<void> {
  const { config, operation } = x;
  let selected = config.authSelections.get(operation.id);
  if (selected === undefined) {
    selected = selectAuth(operation, config.service, {
      schemes: config.authSchemes,
      providers: config.identityProviders,
      preference: config.authSchemePreference,
    });
    config.authSelections.set(operation.id, selected);
  }
  const scheme = selected.scheme;
  if (scheme === undefined) return;
  const identity = await selected.provider!({ operation });
  x.request = await scheme.sign(x.request, identity, selected.settings);
}

// --- hooks ---------------------------------------------------------------------------------

const hookSets = new WeakMap<readonly Interceptor[], ReadonlySet<HookName>>();
const NO_HOOKS: ReadonlySet<HookName> = new Set();

/** Which hooks a list of interceptors implements; cached for the client's own lists. */
function implementedHooks(interceptors: readonly Interceptor[]): ReadonlySet<HookName> {
  if (interceptors.length === 0) return NO_HOOKS;
  let hooks = hookSets.get(interceptors);
  if (hooks === undefined) {
    const found = new Set<HookName>();
    for (const interceptor of interceptors) {
      for (const key in interceptor) {
        if (key !== "name" && typeof (interceptor as unknown as Record<string, unknown>)[key] === "function") found.add(key as HookName);
      }
      // Hooks defined as class methods live on the prototype chain, not as own keys.
      for (let proto = Object.getPrototypeOf(interceptor) as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
        for (const key of Object.getOwnPropertyNames(proto)) {
          if (key !== "constructor" && typeof (interceptor as unknown as Record<string, unknown>)[key] === "function") found.add(key as HookName);
        }
      }
    }
    hooks = found;
    hookSets.set(interceptors, hooks);
  }
  return hooks;
}

type Hook = (context: unknown) => unknown;

/** Runs a read hook on each interceptor; the first failure ends the stage. */
async function read(x: Execution, hook: ReadHook): Promise<void> {
  for (const interceptor of x.interceptors) {
    const fn = interceptor[hook] as Hook | undefined;
    if (fn === undefined) continue;
    try {
      await fn.call(interceptor, x);
    } catch (error) {
      throw new InterceptorFailure(hook, interceptor, error);
    }
  }
}

/** Runs a read hook on every interceptor even after failures; returns the last failure. */
async function readAll(x: Execution, hook: ReadHook): Promise<InterceptorFailure | undefined> {
  let last: InterceptorFailure | undefined;
  for (const interceptor of x.interceptors) {
    const fn = interceptor[hook] as Hook | undefined;
    if (fn === undefined) continue;
    try {
      await fn.call(interceptor, x);
    } catch (error) {
      if (last !== undefined) x.config.logger?.warn?.(`${x.operation.name}: ${last.describe()}; a later error replaces it.`, last.error);
      last = new InterceptorFailure(hook, interceptor, error);
    }
  }
  return last;
}

type ModifyHook =
  | "modifyBeforeSerialization"
  | "modifyBeforeRetryLoop"
  | "modifyBeforeSigning"
  | "modifyBeforeTransmit"
  | "modifyBeforeDeserialization"
  | "modifyBeforeAttemptCompletion"
  | "modifyBeforeCompletion";

/** Runs a modify hook on each interceptor, each seeing the previous one's replacement. */
async function modify(x: Execution, hook: ModifyHook): Promise<void> {
  for (const interceptor of x.interceptors) {
    const fn = interceptor[hook] as Hook | undefined;
    if (fn === undefined) continue;
    let replacement: unknown;
    try {
      replacement = await fn.call(interceptor, x);
    } catch (error) {
      throw new InterceptorFailure(hook, interceptor, error);
    }
    if (replacement === undefined) continue;
    switch (hook) {
      case "modifyBeforeSerialization":
        x.input = replacement as Record<string, unknown>;
        break;
      case "modifyBeforeRetryLoop":
      case "modifyBeforeSigning":
      case "modifyBeforeTransmit":
        x.request = replacement as HttpRequest;
        break;
      case "modifyBeforeDeserialization":
        x.response = replacement as HttpResponse;
        break;
      default:
        x.result = replacement as OperationResult;
    }
  }
}

// --- errors and metadata -------------------------------------------------------------------

/** Turns anything thrown inside the pipeline into the error the caller will see. */
function normalizeFailure(x: Execution, error: unknown): unknown {
  if (x.signal?.aborted) return abortFailure(x, x.signal.reason);
  if (error instanceof InterceptorFailure) {
    if (error.error instanceof SdkError) return error.error;
    const message = `${x.operation.name}: ${error.describe()}: ${messageOf(error.error)}`;
    // Before a response exists the request was still being built; after, it was being read.
    return x.response === undefined ? new ConstructionError(message, { cause: error.error }) : new ResponseError(message, { cause: error.error });
  }
  if (error instanceof SdkError) return error;
  return new ConstructionError(`${x.operation.name}: ${messageOf(error)}`, { cause: error });
}

/** The error for an aborted signal: our own timeout errors as they are, else an AbortError. */
function abortFailure(x: Execution, reason: unknown): SdkError {
  if (reason instanceof TimeoutError) return reason;
  return new AbortError(`${x.operation.name} was aborted by the caller${reason instanceof Error && reason.message !== "" ? `: ${reason.message}` : "."}`, {
    cause: reason,
  });
}

/**
 * Settles with `work`, or rejects with the signal's reason as soon as it aborts, so an HTTP
 * client or body stream that ignores the signal cannot hold a timed-out call open.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Releases a response body a failed deserialization may have left unread, so its connection
 * is not held open (reading it fully is harmless: then there is nothing left to release).
 */
function discardBody(body: HttpResponse["body"]): void {
  if (isReadableStream(body)) {
    if (!body.locked) body.cancel().catch(() => undefined);
  } else if (typeof body === "object") {
    const destroy = (body as { destroy?: unknown }).destroy;
    if (typeof destroy === "function") destroy.call(body);
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}

function dispatchError(x: Execution, error: unknown): DispatchError {
  const r = x.request;
  const host = `${r.protocol}//${r.hostname.includes(":") ? `[${r.hostname}]` : r.hostname}${r.port === undefined ? "" : `:${r.port}`}`;
  return new DispatchError(`${x.operation.name}: sending the request to ${host} failed: ${messageOf(error)}`, { cause: error });
}

function responseFailure(x: Execution, error: unknown): unknown {
  const status = x.response?.statusCode;
  if (error instanceof ServiceError) {
    decorateServiceError(error, x.operation.name, status);
    return error;
  }
  if (error instanceof SdkError) return error;
  return new ResponseError(`${x.operation.name}: could not read the HTTP ${status} response: ${messageOf(error)}`, { cause: error });
}

/** Attaches $metadata to the final output or error and names the operation in messages. */
function finish(x: Execution): void {
  const metadata = metadataOf(x);
  const result = x.result;
  if (result.error === undefined) {
    (result.output as { $metadata: ResponseMetadata }).$metadata = metadata;
    return;
  }
  const error = result.error;
  if (error instanceof SdkError) {
    error.$metadata = metadata;
    if (!(error instanceof ServiceError) && !error.message.startsWith(x.operation.name)) {
      error.message = `${x.operation.name}: ${error.message}`;
    }
  }
}

function metadataOf(x: Execution): ResponseMetadata {
  const response = x.response;
  if (response === undefined) return { attempts: x.attempt, totalRetryDelay: x.totalRetryDelay };
  const headers = response.headers;
  const requestId = headers["x-amzn-requestid"] ?? headers["x-amz-request-id"] ?? headers["x-request-id"];
  return requestId === undefined
    ? { httpStatusCode: response.statusCode, attempts: x.attempt, totalRetryDelay: x.totalRetryDelay }
    : { httpStatusCode: response.statusCode, requestId, attempts: x.attempt, totalRetryDelay: x.totalRetryDelay };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
