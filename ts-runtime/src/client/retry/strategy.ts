// The retry strategy interface (after Smithy's client guidance on retries) and the standard
// strategy: capped exponential backoff with full jitter plus a retry quota.
import { ConstructionError } from "../../errors.js";
import type { RetryFailure } from "./classify.js";

/** State carried from one attempt of a call to the next. */
export interface RetryToken {
  /** Attempts already completed when the token was issued (0 for the first attempt). */
  readonly attempts: number;
  /** Milliseconds to wait before the next attempt. */
  readonly delay: number;
}

/**
 * Decides whether and when failed attempts are retried. One instance is shared by every call
 * of a client, so state such as the retry quota spans calls.
 */
export interface RetryStrategy {
  acquireInitialToken(): RetryToken;
  /** The token for the next attempt, or undefined to stop and surface the failure. */
  refreshRetryToken(token: RetryToken, failure: RetryFailure): RetryToken | undefined;
  recordSuccess(token: RetryToken): void;
  /** Client-side rate limiting: milliseconds to wait before sending the next attempt. */
  delayBeforeAttempt?(): number;
}

export interface StandardRetryOptions {
  /** Attempts per call, the first included (default 3; 1 disables retries). */
  readonly maxAttempts?: number;
  /** Backoff base for transient errors and timeouts, in ms (default 50). */
  readonly baseDelay?: number;
  /** Backoff base for throttling errors, in ms (default 1000). */
  readonly throttlingBaseDelay?: number;
  /** Upper bound of any single backoff, in ms (default 20000). */
  readonly maxBackoff?: number;
  /** Retry quota capacity in tokens (default 500). */
  readonly retryQuota?: number;
  /** Quota cost of retrying a throttling or transient error (default 5). */
  readonly retryCost?: number;
  /** Quota cost of retrying a timeout (default 10). */
  readonly timeoutRetryCost?: number;
  /** Tokens returned by a call that succeeded on its first attempt (default 1). */
  readonly noRetryIncrement?: number;
  /** Uniform random numbers in [0, 1) for jitter; injectable for deterministic tests. */
  readonly random?: () => number;
}

interface StandardToken extends RetryToken {
  /** Quota spent on the retry that produced this token (refunded on success). */
  readonly cost: number;
}

const FIRST: StandardToken = Object.freeze({ attempts: 0, delay: 0, cost: 0 });

/**
 * Standard retries (the AWS SDKs' "standard" mode): at most `maxAttempts` attempts, delays of
 * random() * min(base * 2^(n-1), maxBackoff) before retry n, never shorter than the service's
 * Retry-After hint (itself capped at maxBackoff). Each retry spends quota (5, or 10 after a
 * timeout); when the quota runs out calls fail fast instead of adding load to a struggling
 * service. Successes refund what their retries spent, or 1 token when they needed none.
 */
export class StandardRetryStrategy implements RetryStrategy {
  readonly maxAttempts: number;
  readonly #baseDelay: number;
  readonly #throttlingBaseDelay: number;
  readonly #maxBackoff: number;
  readonly #capacity: number;
  readonly #retryCost: number;
  readonly #timeoutRetryCost: number;
  readonly #noRetryIncrement: number;
  readonly #random: () => number;
  #quota: number;

  constructor(options: StandardRetryOptions = {}) {
    this.maxAttempts = checkCount("maxAttempts", options.maxAttempts ?? 3, 1);
    this.#baseDelay = checkCount("baseDelay", options.baseDelay ?? 50, 0);
    this.#throttlingBaseDelay = checkCount("throttlingBaseDelay", options.throttlingBaseDelay ?? 1000, 0);
    this.#maxBackoff = checkCount("maxBackoff", options.maxBackoff ?? 20_000, 0);
    this.#capacity = checkCount("retryQuota", options.retryQuota ?? 500, 0);
    this.#retryCost = checkCount("retryCost", options.retryCost ?? 5, 0);
    this.#timeoutRetryCost = checkCount("timeoutRetryCost", options.timeoutRetryCost ?? 10, 0);
    this.#noRetryIncrement = checkCount("noRetryIncrement", options.noRetryIncrement ?? 1, 0);
    this.#random = options.random ?? Math.random;
    this.#quota = this.#capacity;
  }

  /** Tokens left in the retry quota. */
  get availableQuota(): number {
    return this.#quota;
  }

  acquireInitialToken(): RetryToken {
    return FIRST;
  }

  refreshRetryToken(token: RetryToken, failure: RetryFailure): RetryToken | undefined {
    if (failure.kind === undefined) return undefined;
    const attempts = token.attempts + 1;
    if (attempts >= this.maxAttempts) return undefined;
    const cost = failure.kind === "timeout" ? this.#timeoutRetryCost : this.#retryCost;
    if (this.#quota < cost) return undefined;
    this.#quota -= cost;
    const base = failure.kind === "throttling" ? this.#throttlingBaseDelay : this.#baseDelay;
    let delay = this.#random() * Math.min(base * 2 ** (attempts - 1), this.#maxBackoff);
    if (failure.retryAfter !== undefined) delay = Math.max(delay, Math.min(failure.retryAfter, this.#maxBackoff));
    const next: StandardToken = { attempts, delay: Math.round(delay), cost };
    return next;
  }

  recordSuccess(token: RetryToken): void {
    const spent = (token as StandardToken).cost ?? 0;
    this.#quota = Math.min(this.#capacity, this.#quota + (spent > 0 ? spent : this.#noRetryIncrement));
  }
}

export function checkCount(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min) {
    throw new ConstructionError(`Invalid retry option ${name}: ${value}. Expected a finite number >= ${min}.`);
  }
  return value;
}
