// Client-side error helpers. The five error kinds live in ../errors.ts; this module adds the
// abort error and the message decoration that makes every failure name its operation.
import { ServiceError, TimeoutError } from "../errors.js";

/**
 * The caller aborted the call through its AbortSignal. Kind "timeout" (the error model counts
 * aborts as timeouts); `name` is "AbortError" like the DOM's, and `cause` is the signal's
 * reason, so `err.name === "AbortError"` checks written for fetch keep working.
 */
export class AbortError extends TimeoutError {
  override readonly name: string = "AbortError";
}

/** "GetPokemon failed with HTTP 404 ResourceNotFoundException: no such pokemon". */
export function describeServiceError(operationName: string, status: number | undefined, code: string, message: string): string {
  const http = status === undefined ? "" : ` with HTTP ${status}`;
  const detail = message === "" || message === code ? "" : `: ${message}`;
  return `${operationName} failed${http} ${code}${detail}`;
}

/**
 * Rewrites a service error's message into the informative form once, keeping the first line
 * of `stack` in step (V8 captures the message into the stack when the error is created).
 */
export function decorateServiceError(error: ServiceError, operationName: string, status: number | undefined): void {
  const original = error.message;
  if (original.startsWith(`${operationName} failed`)) return;
  const message = describeServiceError(operationName, status, error.code, original);
  error.message = message;
  const stack = error.stack;
  if (typeof stack === "string") {
    const head = original === "" ? error.name : `${error.name}: ${original}`;
    if (stack.startsWith(head)) error.stack = `${error.name}: ${message}${stack.slice(head.length)}`;
  }
}

/** One attempt ran out of time (`attemptTimeout`); the call may be retried. */
export class AttemptTimeoutError extends TimeoutError {
  override readonly name: string = "AttemptTimeoutError";
}
