// Retry classification: decides whether a failed attempt may be retried and how.
import { DispatchError, ResponseError, ServiceError, TimeoutError } from "../../errors.js";
import type { HttpResponse } from "../../http/types.js";
import { deref, type OperationSchema, type SchemaTraits } from "../../schema/schema.js";
import { AbortError, AttemptTimeoutError } from "../errors.js";

/**
 * throttling: the service asked us to slow down (429, ThrottlingException, @retryable(throttling)).
 * transient:  a failure that may not happen again (connection reset, 500/502/503/504, @retryable).
 * timeout:    an attempt ran out of time (retries of these cost more retry quota).
 */
export type RetryKind = "throttling" | "transient" | "timeout";

export interface RetryFailure {
  readonly error: unknown;
  /** Undefined when the failure must not be retried. */
  readonly kind: RetryKind | undefined;
  /** The service's hint (Retry-After / x-amz-retry-after), in milliseconds. */
  readonly retryAfter?: number;
}

/** Error codes that mean "slow down", whatever the HTTP status. */
const THROTTLING_CODES = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottledException",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "TransactionInProgressException",
  "RequestLimitExceeded",
  "BandwidthLimitExceeded",
  "LimitExceededException",
  "RequestThrottled",
  "SlowDown",
  "PriorRequestNotComplete",
  "EC2ThrottledException",
]);

/** Error codes of failures that are usually gone on the next try. */
const TRANSIENT_CODES = new Set(["RequestTimeout", "RequestTimeoutException", "InternalError", "InternalServerError", "ServiceUnavailable"]);

const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);

/** Socket-level error codes (Node, undici) that indicate a broken or refused connection. */
const TRANSIENT_NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

/**
 * Classifies the failure of one attempt. `response` is the attempt's HTTP response when one
 * arrived. An attempt timeout is retried; the caller's abort and the operation timeout end
 * the call.
 */
export function classifyFailure(error: unknown, response: HttpResponse | undefined, operation: OperationSchema): RetryFailure {
  const retryAfter = response === undefined ? undefined : retryAfterHint(response);
  const kind = classifyKind(error, response, operation);
  return retryAfter === undefined ? { error, kind } : { error, kind, retryAfter };
}

function classifyKind(error: unknown, response: HttpResponse | undefined, operation: OperationSchema): RetryKind | undefined {
  if (error instanceof AttemptTimeoutError) return "timeout";
  if (error instanceof AbortError || error instanceof TimeoutError) return undefined;
  if (error instanceof ServiceError) {
    const traits = modeledTraits(error, operation);
    if (traits?.retryable !== undefined) return traits.retryable.throttling === true ? "throttling" : "transient";
    const status = error.$metadata.httpStatusCode ?? response?.statusCode;
    if (status === 429 || THROTTLING_CODES.has(error.code)) return "throttling";
    if (TRANSIENT_CODES.has(error.code) || (status !== undefined && TRANSIENT_STATUS.has(status))) return "transient";
    return undefined;
  }
  if (error instanceof DispatchError) return "transient";
  if (error instanceof ResponseError) {
    // An unparseable 5xx/429 is typically a proxy's or load balancer's own error page.
    if (response !== undefined) {
      if (response.statusCode === 429) return "throttling";
      if (TRANSIENT_STATUS.has(response.statusCode)) return "transient";
    }
    return hasNetworkCause(error) ? "transient" : undefined;
  }
  return undefined;
}

/** The schema traits of a modeled error instance (matched by its generated class). */
function modeledTraits(error: ServiceError, operation: OperationSchema): SchemaTraits | undefined {
  for (const ref of operation.errors) {
    const schema = deref(ref);
    if (schema.errorClass !== undefined && error instanceof schema.errorClass()) return schema.traits;
  }
  return undefined;
}

function hasNetworkCause(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; typeof e === "object" && e !== null && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && TRANSIENT_NETWORK_CODES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Retry-After (delta-seconds or HTTP-date) or x-amz-retry-after (milliseconds). */
function retryAfterHint(response: HttpResponse): number | undefined {
  const amz = response.headers["x-amz-retry-after"];
  if (amz !== undefined && /^\d+$/.test(amz)) return Number(amz);
  const header = response.headers["retry-after"];
  if (header === undefined) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
