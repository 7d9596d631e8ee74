// Attempt and operation timeouts, caller aborts, and cleanup of timers and listeners.
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, test, vi } from "vitest";
import { Client } from "../../src/client/client.js";
import { AbortError, AttemptTimeoutError } from "../../src/client/errors.js";
import { StandardRetryStrategy } from "../../src/client/retry/strategy.js";
import { TimeoutError } from "../../src/errors.js";
import type { HttpClient } from "../../src/http/types.js";
import { FakeProtocol, GET_THING, ScriptedHttpClient, SERVICE, failure, hang, json, recordingSleep } from "./fakes.js";

function client(http: HttpClient, config: ConstructorParameters<typeof Client>[1] = {}) {
  return new Client({ service: SERVICE, protocol: new FakeProtocol() }, { endpoint: "https://api.example.com", httpClient: http, ...config });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("attempt timeout", () => {
  test("abandons a hanging attempt and retries it", async () => {
    const http = new ScriptedHttpClient(hang, json(200, { name: "late" }));
    const output = await client(http, { attemptTimeout: 20, sleep: recordingSleep().sleep }).send(GET_THING, {});
    expect(output).toMatchObject({ name: "late", $metadata: { attempts: 2 } });
    expect(http.signals[0]!.aborted).toBe(true);
    expect(http.signals[0]!.reason).toBeInstanceOf(AttemptTimeoutError);
  });

  test("when every attempt times out, the call fails with an AttemptTimeoutError", async () => {
    const http = new ScriptedHttpClient(hang);
    const error = await client(http, { attemptTimeout: 10, sleep: recordingSleep().sleep }).send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttemptTimeoutError);
    expect(error).toBeInstanceOf(TimeoutError);
    const e = error as AttemptTimeoutError;
    expect(e.kind).toBe("timeout");
    expect(e.message).toBe("GetThing attempt 3 did not complete within its attemptTimeout of 10 ms.");
    expect(e.$metadata).toMatchObject({ attempts: 3 });
    expect(e.$metadata.httpStatusCode).toBeUndefined();
  });

  test("also bounds an HTTP client that ignores its signal", async () => {
    const deaf: HttpClient = { handle: () => new Promise(() => {}) };
    const error = await client(deaf, { attemptTimeout: 10, maxAttempts: 1 }).send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttemptTimeoutError);
  });

  test("covers reading the response body", async () => {
    const never = new ReadableStream<Uint8Array>({ start: () => {} });
    const http = new ScriptedHttpClient({ statusCode: 200, headers: {}, body: never });
    const error = await client(http, { attemptTimeout: 10, maxAttempts: 1 }).send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttemptTimeoutError);
    expect((error as AttemptTimeoutError).$metadata.httpStatusCode).toBe(200);
  });
});

describe("operation timeout", () => {
  test("ends the call with a TimeoutError that is not retried", async () => {
    const http = new ScriptedHttpClient(hang);
    const error = await client(http, { operationTimeout: 20 }).send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(AttemptTimeoutError);
    expect((error as Error).message).toBe("GetThing did not complete within its operationTimeout of 20 ms.");
    expect(http.requests).toHaveLength(1);
  });

  test("interrupts the back-off between attempts", async () => {
    const http = new ScriptedHttpClient(failure(429, "ThrottlingException"), json(200, {}));
    const retryStrategy = new StandardRetryStrategy({ random: () => 0.99 });
    const error = await client(http, { operationTimeout: 30, retryStrategy }).send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).$metadata.attempts).toBe(1);
    expect(http.requests).toHaveLength(1);
  });
});

describe("caller abort", () => {
  test("rejects with an AbortError whose cause is the signal's reason", async () => {
    const controller = new AbortController();
    const http = new ScriptedHttpClient(hang);
    const pending = client(http).send(GET_THING, {}, { signal: controller.signal });
    await vi.waitFor(() => expect(http.requests).toHaveLength(1));
    const reason = new Error("user navigated away");
    controller.abort(reason);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    const e = error as AbortError;
    expect(e.name).toBe("AbortError");
    expect(e.kind).toBe("timeout");
    expect(e.cause).toBe(reason);
    expect(e.message).toBe("GetThing was aborted by the caller: user navigated away");
    expect(http.requests).toHaveLength(1);
  });

  test("an already-aborted signal sends nothing", async () => {
    const http = new ScriptedHttpClient(json(200, {}));
    const error = await client(http).send(GET_THING, {}, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toMatchObject({ name: "AbortError" });
    expect(http.requests).toHaveLength(0);
  });

  test("aborting during back-off stops the retries", async () => {
    const controller = new AbortController();
    const http = new ScriptedHttpClient(failure(503, "ServiceUnavailable"), json(200, {}));
    const sleep = async (_ms: number, signal?: AbortSignal) => {
      controller.abort();
      if (signal?.aborted) throw signal.reason;
    };
    const error = await client(http, { sleep }).send(GET_THING, {}, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(http.requests).toHaveLength(1);
  });
});

describe("cleanup", () => {
  test("no listeners stay on a long-lived caller signal", async () => {
    const controller = new AbortController();
    const c = client(new ScriptedHttpClient(json(200, {})), { attemptTimeout: 1000, operationTimeout: 5000 });
    for (let i = 0; i < 5; i++) await c.send(GET_THING, {}, { signal: controller.signal });
    await client(new ScriptedHttpClient(json(200, {}))).send(GET_THING, {}, { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("no timers outlive a call", async () => {
    vi.useFakeTimers();
    const c = client(new ScriptedHttpClient(failure(404, "NotFound"), json(200, {})), { attemptTimeout: 1000, operationTimeout: 5000 });
    await c.send(GET_THING, {}).catch(() => undefined);
    await c.send(GET_THING, {});
    expect(vi.getTimerCount()).toBe(0);
  });

  test("invalid timeouts are construction errors", () => {
    expect(() => client(new ScriptedHttpClient(json(200, {})), { attemptTimeout: 0 })).toThrow(/attemptTimeout/);
    expect(() => client(new ScriptedHttpClient(json(200, {})), { operationTimeout: Number.NaN })).toThrow(/operationTimeout/);
  });
});
