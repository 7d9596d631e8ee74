// Adaptive retries: standard retries plus client-side rate limiting. After the first
// throttling response, attempts must take a token from a bucket whose fill rate follows a
// CUBIC-style estimate of what the service accepts: cut to 70% of the measured send rate on
// each throttle, then grown back along a cubic curve as calls succeed.
import type { RetryFailure } from "./classify.js";
import { StandardRetryStrategy, type RetryStrategy, type RetryToken, type StandardRetryOptions } from "./strategy.js";

export interface AdaptiveRetryOptions extends StandardRetryOptions {
  /** Monotonic clock in milliseconds; injectable for deterministic tests. */
  readonly now?: () => number;
}

/** Multiplicative decrease on throttling. */
const BETA = 0.7;
/** Growth constant of the cubic recovery curve. */
const SCALE = 0.4;
const MIN_FILL_RATE = 0.5;
const MIN_CAPACITY = 1;
/** Weight of the newest sample in the smoothed send-rate estimate. */
const SMOOTHING = 0.8;
/** The send rate is measured over half-second buckets. */
const BUCKET_SECONDS = 0.5;

/**
 * Token bucket plus send-rate estimator. Rates are in requests per second, times in seconds.
 * Exported for tests and for custom strategies that want the same limiter.
 */
export class ClientRateLimiter {
  readonly #now: () => number;
  #enabled = false;
  #fillRate = 0;
  #maxCapacity = 0;
  #capacity = 0;
  #lastRefill: number | undefined;
  #measuredRate = 0;
  #rateBucket: number;
  #requestsInBucket = 0;
  #lastMaxRate = 0;
  #lastThrottle: number;
  #timeWindow = 0;

  constructor(now: () => number = defaultNow) {
    this.#now = () => now() / 1000;
    const t = this.#now();
    this.#rateBucket = Math.floor(t / BUCKET_SECONDS) * BUCKET_SECONDS;
    this.#lastThrottle = t;
  }

  /** Current fill rate (requests/second), or undefined while no throttling has been seen. */
  get sendRate(): number | undefined {
    return this.#enabled ? this.#fillRate : undefined;
  }

  /**
   * Takes one token, returning how many milliseconds the caller must wait first. The token is
   * reserved immediately (capacity may go negative), so concurrent callers queue fairly.
   */
  reserve(): number {
    if (!this.#enabled) return 0;
    this.#refill();
    let wait = 0;
    if (this.#capacity < 1) wait = ((1 - this.#capacity) / this.#fillRate) * 1000;
    this.#capacity -= 1;
    return wait;
  }

  /** Feeds the outcome of one attempt into the rate estimate. */
  update(throttled: boolean): void {
    const t = this.#now();
    this.#measure(t);
    let rate: number;
    if (throttled) {
      const rateToUse = this.#enabled ? Math.min(this.#measuredRate, this.#fillRate) : this.#measuredRate;
      this.#lastMaxRate = rateToUse;
      this.#timeWindow = Math.cbrt((this.#lastMaxRate * (1 - BETA)) / SCALE);
      this.#lastThrottle = t;
      rate = rateToUse * BETA;
      this.#enabled = true;
    } else {
      this.#timeWindow = Math.cbrt((this.#lastMaxRate * (1 - BETA)) / SCALE);
      rate = SCALE * (t - this.#lastThrottle - this.#timeWindow) ** 3 + this.#lastMaxRate;
    }
    this.#setRate(Math.min(rate, 2 * this.#measuredRate));
  }

  #measure(t: number): void {
    const bucket = Math.floor(t / BUCKET_SECONDS) * BUCKET_SECONDS;
    this.#requestsInBucket++;
    if (bucket > this.#rateBucket) {
      const current = this.#requestsInBucket / (bucket - this.#rateBucket);
      this.#measuredRate = current * SMOOTHING + this.#measuredRate * (1 - SMOOTHING);
      this.#requestsInBucket = 0;
      this.#rateBucket = bucket;
    }
  }

  #refill(): void {
    const t = this.#now();
    if (this.#lastRefill !== undefined) {
      this.#capacity = Math.min(this.#maxCapacity, this.#capacity + (t - this.#lastRefill) * this.#fillRate);
    }
    this.#lastRefill = t;
  }

  #setRate(rate: number): void {
    this.#refill();
    this.#fillRate = Math.max(rate, MIN_FILL_RATE);
    this.#maxCapacity = Math.max(rate, MIN_CAPACITY);
    this.#capacity = Math.min(this.#capacity, this.#maxCapacity);
  }
}

function defaultNow(): number {
  return performance.now();
}

/**
 * The AWS SDKs' "adaptive" mode: StandardRetryStrategy's retries and quota, and every attempt
 * (the first included) waits for the client-side rate limiter once throttling has been seen.
 * Best for a client that talks to one resource which throttles; share one instance among the
 * clients that hit the same resource.
 */
export class AdaptiveRetryStrategy implements RetryStrategy {
  readonly limiter: ClientRateLimiter;
  readonly #standard: StandardRetryStrategy;

  constructor(options: AdaptiveRetryOptions = {}) {
    this.#standard = new StandardRetryStrategy(options);
    this.limiter = new ClientRateLimiter(options.now);
  }

  get availableQuota(): number {
    return this.#standard.availableQuota;
  }

  acquireInitialToken(): RetryToken {
    return this.#standard.acquireInitialToken();
  }

  delayBeforeAttempt(): number {
    return this.limiter.reserve();
  }

  refreshRetryToken(token: RetryToken, failure: RetryFailure): RetryToken | undefined {
    this.limiter.update(failure.kind === "throttling");
    return this.#standard.refreshRetryToken(token, failure);
  }

  recordSuccess(token: RetryToken): void {
    this.limiter.update(false);
    this.#standard.recordSuccess(token);
  }
}
