// Interceptors: hooks into the stages of an operation call, named and ordered after Smithy's
// client guidance (https://smithy.io/2.0/guides/client-guidance/interceptors.html).
//
// An *execution* is one call of an operation; an *attempt* is one try inside its retry loop.
//   readBeforeExecution
//   modifyBeforeSerialization, readBeforeSerialization, (serialize), readAfterSerialization
//   modifyBeforeRetryLoop
//   retry loop:
//     readBeforeAttempt
//     modifyBeforeSigning, readBeforeSigning, (sign), readAfterSigning
//     modifyBeforeTransmit, readBeforeTransmit, (transmit), readAfterTransmit
//     modifyBeforeDeserialization, readBeforeDeserialization, (deserialize), readAfterDeserialization
//     modifyBeforeAttemptCompletion, readAfterAttempt
//   modifyBeforeCompletion
//   readAfterExecution
//
// Errors thrown by hooks:
//   readBeforeExecution, readAfterAttempt, readAfterExecution: every interceptor still runs;
//     the last error wins and earlier ones go to the logger. Then execution continues at
//     modifyBeforeCompletion (readBeforeExecution), the retry decision (readAfterAttempt), or
//     ends (readAfterExecution).
//   any other hook before the retry loop: jumps to modifyBeforeCompletion.
//   any other hook inside the retry loop: jumps to modifyBeforeAttemptCompletion;
//     modifyBeforeAttemptCompletion itself jumps to readAfterAttempt.
//   modifyBeforeCompletion: jumps to readAfterExecution.
// A hook's error becomes the call's result (wrapped in an SdkError of the stage's kind) and is
// not retried. Modify hooks return the replacement value, or nothing to keep the current one.
import type { HttpRequest, HttpResponse } from "../http/types.js";
import type { OperationSchema, ServiceSchema } from "../schema/schema.js";
import type { ResolvedClientConfig } from "./config.js";

export type Awaitable<T> = T | Promise<T>;

/** The outcome of an attempt or an execution: an output or an error, never both. */
export type OperationResult =
  | { readonly output: Record<string, unknown>; readonly error?: undefined }
  | { readonly output?: undefined; readonly error: unknown };

/** Available to every hook. The same object is passed to all hooks of one execution. */
export interface InputContext {
  readonly operation: OperationSchema;
  readonly service: ServiceSchema;
  readonly input: Readonly<Record<string, unknown>>;
  readonly config: ResolvedClientConfig;
  /** 1-based attempt number inside the retry loop; 0 before the first attempt. */
  readonly attempt: number;
  /** Scratch space shared by all hooks of this execution (e.g. timing data). */
  readonly properties: Record<string | symbol, unknown>;
}

/** From readAfterSerialization on: the transport request. */
export interface RequestContext extends InputContext {
  readonly request: HttpRequest;
}

/** From readAfterTransmit on: the transport response. */
export interface ResponseContext extends RequestContext {
  readonly response: HttpResponse;
}

/**
 * From readAfterDeserialization on. `request` and `response` are absent when the failure
 * happened before they existed.
 */
export interface ResultContext extends InputContext {
  readonly request: HttpRequest | undefined;
  readonly response: HttpResponse | undefined;
  readonly result: OperationResult;
}

/** Implement only the hooks you need. Hooks may be async. */
export interface Interceptor {
  /** Shown in log messages about this interceptor's errors. */
  readonly name?: string;
  readBeforeExecution?(context: InputContext): Awaitable<void>;
  modifyBeforeSerialization?(context: InputContext): Awaitable<Record<string, unknown> | void>;
  readBeforeSerialization?(context: InputContext): Awaitable<void>;
  readAfterSerialization?(context: RequestContext): Awaitable<void>;
  modifyBeforeRetryLoop?(context: RequestContext): Awaitable<HttpRequest | void>;
  readBeforeAttempt?(context: RequestContext): Awaitable<void>;
  modifyBeforeSigning?(context: RequestContext): Awaitable<HttpRequest | void>;
  readBeforeSigning?(context: RequestContext): Awaitable<void>;
  readAfterSigning?(context: RequestContext): Awaitable<void>;
  modifyBeforeTransmit?(context: RequestContext): Awaitable<HttpRequest | void>;
  readBeforeTransmit?(context: RequestContext): Awaitable<void>;
  readAfterTransmit?(context: ResponseContext): Awaitable<void>;
  modifyBeforeDeserialization?(context: ResponseContext): Awaitable<HttpResponse | void>;
  readBeforeDeserialization?(context: ResponseContext): Awaitable<void>;
  readAfterDeserialization?(context: ResultContext): Awaitable<void>;
  modifyBeforeAttemptCompletion?(context: ResultContext): Awaitable<OperationResult | void>;
  readAfterAttempt?(context: ResultContext): Awaitable<void>;
  modifyBeforeCompletion?(context: ResultContext): Awaitable<OperationResult | void>;
  readAfterExecution?(context: ResultContext): Awaitable<void>;
}

export type ReadHook =
  | "readBeforeExecution"
  | "readBeforeSerialization"
  | "readAfterSerialization"
  | "readBeforeAttempt"
  | "readBeforeSigning"
  | "readAfterSigning"
  | "readBeforeTransmit"
  | "readAfterTransmit"
  | "readBeforeDeserialization"
  | "readAfterDeserialization"
  | "readAfterAttempt"
  | "readAfterExecution";

export type HookName = keyof Omit<Interceptor, "name">;

/** Why a hook failed; the pipeline wraps it in an SdkError of the stage's kind. */
export class InterceptorFailure {
  constructor(
    readonly hook: HookName,
    readonly interceptor: Interceptor,
    readonly error: unknown,
  ) {}

  describe(): string {
    const who = this.interceptor.name === undefined ? "an interceptor" : `interceptor "${this.interceptor.name}"`;
    return `${who} failed in ${this.hook}`;
  }
}
