// Retry classification, the standard strategy (backoff, quota), adaptive rate limiting, and
// retries through the pipeline, all without real waits.
import { describe, expect, test } from "vitest";
import { Client } from "../../src/client/client.js";
import { AbortError, AttemptTimeoutError } from "../../src/client/errors.js";
import { AdaptiveRetryStrategy, ClientRateLimiter } from "../../src/client/retry/adaptive.js";
import { classifyFailure } from "../../src/client/retry/classify.js";
import { StandardRetryStrategy, type RetryStrategy } from "../../src/client/retry/strategy.js";
import { ConstructionError, DispatchError, ResponseError, ServiceError, TimeoutError } from "../../src/errors.js";
import { deref, type OperationSchema } from "../../src/schema/schema.js";
import { Busy, FakeProtocol, GET_THING, NotFound, ScriptedHttpClient, SERVICE, failure, json, recordingSleep, type Reply } from "./fakes.js";

const response = (statusCode: number, headers: Record<string, string> = {}) => ({ statusCode, headers, body: undefined });
const serviceError = (code: string, status: number) => Object.assign(new ServiceError("", code, "client"), { $metadata: { httpStatusCode: status } });

describe("classifyFailure", () => {
  test.each([
    ["throttling code", serviceError("ThrottlingException", 400), "throttling"],
    ["429", serviceError("Anything", 429), "throttling"],
    ["RequestLimitExceeded", serviceError("RequestLimitExceeded", 400), "throttling"],
    ["TooManyRequestsException", serviceError("TooManyRequestsException", 400), "throttling"],
    ["500", serviceError("Oops", 500), "transient"],
    ["502", serviceError("Oops", 502), "transient"],
    ["503", serviceError("Oops", 503), "transient"],
    ["504", serviceError("Oops", 504), "transient"],
    ["RequestTimeout code", serviceError("RequestTimeout", 400), "transient"],
    ["400", serviceError("ValidationException", 400), undefined],
    ["501", serviceError("NotImplemented", 501), undefined],
    ["dispatch", new DispatchError("x"), "transient"],
    ["attempt timeout", new AttemptTimeoutError("x"), "timeout"],
    ["operation timeout", new TimeoutError("x"), undefined],
    ["abort", new AbortError("x"), undefined],
    ["construction", new ConstructionError("x"), undefined],
    ["plain error", new Error("x"), undefined],
  ])("%s", (_, error, kind) => {
    expect(classifyFailure(error, undefined, GET_THING).kind).toBe(kind);
  });

  test("modeled @retryable errors, by their generated class", () => {
    expect(classifyFailure(new Busy({}), response(400), GET_THING).kind).toBe("transient");
    expect(classifyFailure(new NotFound({}), response(404), GET_THING).kind).toBeUndefined();
    const throttled: OperationSchema = { ...GET_THING, errors: [{ ...deref(GET_THING.errors[1]!), traits: { retryable: { throttling: true } } }] };
    expect(classifyFailure(new Busy({}), response(400), throttled).kind).toBe("throttling");
  });

  test("response errors: by status, or by a network cause", () => {
    expect(classifyFailure(new ResponseError("html"), response(502), GET_THING).kind).toBe("transient");
    expect(classifyFailure(new ResponseError("html"), response(429), GET_THING).kind).toBe("throttling");
    expect(classifyFailure(new ResponseError("bad json"), response(200), GET_THING).kind).toBeUndefined();
    const reset = new ResponseError("x", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    expect(classifyFailure(reset, response(200), GET_THING).kind).toBe("transient");
  });

  test("retry-after hints", () => {
    expect(classifyFailure(serviceError("Throttling", 429), response(429, { "retry-after": "3" }), GET_THING).retryAfter).toBe(3000);
    expect(classifyFailure(serviceError("Throttling", 429), response(429, { "x-amz-retry-after": "1500" }), GET_THING).retryAfter).toBe(1500);
    expect(classifyFailure(serviceError("Throttling", 429), response(429, { "retry-after": "soon" }), GET_THING).retryAfter).toBeUndefined();
  });
});

describe("StandardRetryStrategy", () => {
  const fail = (kind: "throttling" | "transient" | "timeout" | undefined, retryAfter?: number) =>
    retryAfter === undefined ? { error: new Error(), kind } : { error: new Error(), kind, retryAfter };

  test("3 attempts, full-jitter exponential backoff from 50 ms (transient) / 1000 ms (throttling)", () => {
    const s = new StandardRetryStrategy({ random: () => 0.5 });
    const t0 = s.acquireInitialToken();
    const t1 = s.refreshRetryToken(t0, fail("transient"))!;
    const t2 = s.refreshRetryToken(t1, fail("transient"))!;
    expect([t1.delay, t2.delay]).toEqual([25, 50]);
    expect(s.refreshRetryToken(t2, fail("transient"))).toBeUndefined();
    const th = s.refreshRetryToken(s.refreshRetryToken(t0, fail("throttling"))!, fail("throttling"))!;
    expect(th.delay).toBe(1000);
  });

  test("backoff is capped at maxBackoff; retry-after is a floor, itself capped", () => {
    const s = new StandardRetryStrategy({ maxAttempts: 20, random: () => 0.999, maxBackoff: 20_000 });
    let token = s.acquireInitialToken();
    for (let i = 0; i < 10; i++) token = s.refreshRetryToken(token, fail("throttling"))!;
    expect(token.delay).toBe(19980);
    const low = new StandardRetryStrategy({ random: () => 0 });
    expect(low.refreshRetryToken(low.acquireInitialToken(), fail("throttling", 3000))!.delay).toBe(3000);
    expect(low.refreshRetryToken(low.acquireInitialToken(), fail("throttling", 60_000))!.delay).toBe(20_000);
  });

  test("non-retryable failures stop at once without spending quota", () => {
    const s = new StandardRetryStrategy();
    expect(s.refreshRetryToken(s.acquireInitialToken(), fail(undefined))).toBeUndefined();
    expect(s.availableQuota).toBe(500);
  });

  test("retry quota: 5 per retry, 10 per timeout retry, refunded on success, +1 for first-try successes", () => {
    const s = new StandardRetryStrategy({ random: () => 0 });
    const retried = s.refreshRetryToken(s.acquireInitialToken(), fail("transient"))!;
    expect(s.availableQuota).toBe(495);
    const timedOut = s.refreshRetryToken(s.acquireInitialToken(), fail("timeout"))!;
    expect(s.availableQuota).toBe(485);
    s.recordSuccess(retried);
    s.recordSuccess(timedOut);
    expect(s.availableQuota).toBe(500);
    s.recordSuccess(s.acquireInitialToken());
    expect(s.availableQuota).toBe(500);
    s.refreshRetryToken(s.acquireInitialToken(), fail("transient"));
    s.recordSuccess(s.acquireInitialToken());
    expect(s.availableQuota).toBe(496);
  });

  test("an exhausted quota fails fast", () => {
    const s = new StandardRetryStrategy({ retryQuota: 12, random: () => 0 });
    expect(s.refreshRetryToken(s.acquireInitialToken(), fail("transient"))).toBeDefined();
    expect(s.refreshRetryToken(s.acquireInitialToken(), fail("transient"))).toBeDefined();
    expect(s.refreshRetryToken(s.acquireInitialToken(), fail("transient"))).toBeUndefined();
    expect(s.availableQuota).toBe(2);
  });

  test("invalid options are construction errors", () => {
    expect(() => new StandardRetryStrategy({ maxAttempts: 0 })).toThrow(ConstructionError);
    expect(() => new StandardRetryStrategy({ baseDelay: Number.NaN })).toThrow(/baseDelay/);
  });
});

describe("ClientRateLimiter (adaptive)", () => {
  test("inactive until the first throttle; then waits follow the reduced rate", () => {
    let now = 0;
    const limiter = new ClientRateLimiter(() => now);
    expect(limiter.reserve()).toBe(0);
    expect(limiter.sendRate).toBeUndefined();
    // 10 requests/second for 2 seconds, then a throttle.
    for (let i = 0; i < 20; i++) {
      now += 100;
      limiter.update(false);
    }
    limiter.update(true);
    const rate = limiter.sendRate!;
    expect(rate).toBeGreaterThan(0.5);
    expect(rate).toBeLessThan(10);
    // Capacity saved up while inactive is spent first; after that each reservation queues
    // one token's worth of time (1 / rate) behind the previous one.
    let first = 0;
    for (let i = 0; i < 100 && first === 0; i++) first = limiter.reserve();
    expect(first).toBeGreaterThan(0);
    expect(limiter.reserve() - first).toBeCloseTo(1000 / rate, 5);
  });

  test("the rate recovers along the cubic curve after successes", () => {
    let now = 0;
    const limiter = new ClientRateLimiter(() => now);
    for (let i = 0; i < 40; i++) {
      now += 50;
      limiter.update(false);
    }
    limiter.update(true);
    const throttled = limiter.sendRate!;
    const rates: number[] = [];
    for (let i = 0; i < 30; i++) {
      now += 250;
      limiter.update(false);
      rates.push(limiter.sendRate!);
    }
    expect(Math.max(...rates)).toBeGreaterThan(throttled);
  });

  test("AdaptiveRetryStrategy delays attempts only after throttling", () => {
    let now = 0;
    const s = new AdaptiveRetryStrategy({ now: () => now, random: () => 0 });
    expect(s.delayBeforeAttempt()).toBe(0);
    const token = s.acquireInitialToken();
    now += 100;
    s.refreshRetryToken(token, { error: new Error(), kind: "throttling" });
    expect(s.delayBeforeAttempt()).toBeGreaterThan(0);
  });
});

function client(http: ScriptedHttpClient, config: ConstructorParameters<typeof Client>[1] = {}) {
  return new Client({ service: SERVICE, protocol: new FakeProtocol() }, { endpoint: "https://api.example.com", httpClient: http, ...config });
}

describe("retries through the pipeline", () => {
  test("throttling, then success: attempts and total retry delay in $metadata", async () => {
    const { delays, sleep } = recordingSleep();
    const http = new ScriptedHttpClient(failure(429, "ThrottlingException"), failure(503, "ServiceUnavailable"), json(200, { name: "ok" }));
    const output = await client(http, { sleep, retryStrategy: new StandardRetryStrategy({ random: () => 0.5 }) }).send(GET_THING, {});
    expect(output).toMatchObject({ name: "ok", $metadata: { attempts: 3, totalRetryDelay: 500 + 50, httpStatusCode: 200 } });
    expect(delays).toEqual([500, 50]);
    expect(http.requests).toHaveLength(3);
  });

  test("retries are logged at debug level", async () => {
    const lines: string[] = [];
    const http = new ScriptedHttpClient(failure(503, "ServiceUnavailable", "busy"), json(200, {}));
    await client(http, { sleep: recordingSleep().sleep, retryStrategy: new StandardRetryStrategy({ random: () => 0.5 }), logger: { debug: (m: string) => lines.push(m) } }).send(
      GET_THING,
      {},
    );
    expect(lines).toEqual(["GetThing attempt 1 failed (transient): GetThing failed with HTTP 503 ServiceUnavailable: busy; retrying in 25 ms."]);
  });

  test("gives up after maxAttempts with the last error and its metadata", async () => {
    const { sleep } = recordingSleep();
    const http = new ScriptedHttpClient(failure(500, "InternalError", "down"));
    const error = (await client(http, { sleep, maxAttempts: 2 }).send(GET_THING, {}).catch((e: unknown) => e)) as ServiceError;
    expect(error.message).toBe("GetThing failed with HTTP 500 InternalError: down");
    expect(error.$metadata).toMatchObject({ attempts: 2, httpStatusCode: 500 });
    expect(http.requests).toHaveLength(2);
  });

  test("client errors are not retried", async () => {
    const http = new ScriptedHttpClient(failure(404, "NotFound"));
    await expect(client(http, { sleep: recordingSleep().sleep }).send(GET_THING, {})).rejects.toBeInstanceOf(NotFound);
    expect(http.requests).toHaveLength(1);
  });

  test("connection failures are retried", async () => {
    const http = new ScriptedHttpClient(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }), json(200, {}));
    const output = await client(http, { sleep: recordingSleep().sleep }).send(GET_THING, {});
    expect(output.$metadata.attempts).toBe(2);
  });

  test("a consumed streaming request body is never retried", async () => {
    const protocol = new FakeProtocol();
    protocol.serializeRequest = async () => ({
      method: "PUT",
      protocol: "https:",
      hostname: "x",
      path: "/upload",
      query: [],
      headers: {},
      body: new ReadableStream<Uint8Array>({ start: (c) => c.close() }),
    });
    const http = new ScriptedHttpClient(failure(503, "ServiceUnavailable"), json(200, {}));
    const c = new Client({ service: SERVICE, protocol }, { endpoint: "https://x.example", httpClient: http, sleep: recordingSleep().sleep });
    await expect(c.send(GET_THING, {})).rejects.toThrow(/HTTP 503/);
    expect(http.requests).toHaveLength(1);
  });

  test("per-call maxAttempts gets its own strategy; otherwise the client's quota is shared", async () => {
    const strategy = new StandardRetryStrategy({ random: () => 0 });
    const http = new ScriptedHttpClient(failure(503, "ServiceUnavailable"), json(200, {}));
    const c = client(http, { retryStrategy: strategy, sleep: recordingSleep().sleep });
    await c.send(GET_THING, {}, { config: { attemptTimeout: 1000 } });
    expect(strategy.availableQuota).toBe(500);
    const http2 = new ScriptedHttpClient(failure(503, "ServiceUnavailable"));
    await expect(c.send(GET_THING, {}, { config: { httpClient: http2, maxAttempts: 1 } })).rejects.toThrow(ServiceError);
    expect(http2.requests).toHaveLength(1);
  });

  test("adaptive: rate-limit waits are slept before attempts", async () => {
    const { delays, sleep } = recordingSleep();
    let now = 0;
    const strategy: RetryStrategy = new AdaptiveRetryStrategy({ now: () => (now += 10), random: () => 0 });
    const replies: Reply[] = [failure(429, "ThrottlingException"), json(200, {})];
    const c = client(new ScriptedHttpClient(...replies), { retryStrategy: strategy, sleep });
    await c.send(GET_THING, {});
    expect(delays.length).toBeGreaterThan(0);
  });
});
