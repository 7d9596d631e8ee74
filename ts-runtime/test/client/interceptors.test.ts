// Interceptor hooks: order, modifications, and Smithy's error semantics.
import { describe, expect, test } from "vitest";
import { Client } from "../../src/client/client.js";
import type { HookName, Interceptor } from "../../src/client/interceptors.js";
import { ConstructionError, ResponseError, ServiceError } from "../../src/errors.js";
import { FakeProtocol, GET_THING, ScriptedHttpClient, SERVICE, failure, json, recordingSleep } from "./fakes.js";

const ALL_HOOKS: HookName[] = [
  "readBeforeExecution",
  "modifyBeforeSerialization",
  "readBeforeSerialization",
  "readAfterSerialization",
  "modifyBeforeRetryLoop",
  "readBeforeAttempt",
  "modifyBeforeSigning",
  "readBeforeSigning",
  "readAfterSigning",
  "modifyBeforeTransmit",
  "readBeforeTransmit",
  "readAfterTransmit",
  "modifyBeforeDeserialization",
  "readBeforeDeserialization",
  "readAfterDeserialization",
  "modifyBeforeAttemptCompletion",
  "readAfterAttempt",
  "modifyBeforeCompletion",
  "readAfterExecution",
];

/** An interceptor recording every hook call as "<tag>:<hook>", throwing from the hooks named in `throwIn`. */
function recorder(log: string[], tag: string, throwIn: Partial<Record<HookName, unknown>> = {}): Interceptor {
  const interceptor: Record<string, unknown> = { name: tag };
  for (const hook of ALL_HOOKS) {
    interceptor[hook] = () => {
      log.push(`${tag}:${hook}`);
      if (hook in throwIn) throw throwIn[hook];
    };
  }
  return interceptor as Interceptor;
}

function client(http: ScriptedHttpClient, interceptors: Interceptor[], extra: object = {}) {
  const { sleep } = recordingSleep();
  return new Client(
    { service: SERVICE, protocol: new FakeProtocol() },
    { endpoint: "https://api.example.com", httpClient: http, interceptors, sleep, ...extra },
  );
}

const hooksOf = (log: string[], tag = "a") => log.filter((l) => l.startsWith(`${tag}:`)).map((l) => l.slice(tag.length + 1));

describe("hook order", () => {
  test("a successful call runs every hook once, in Smithy's order", async () => {
    const log: string[] = [];
    await client(new ScriptedHttpClient(json(200, {})), [recorder(log, "a")]).send(GET_THING, {});
    expect(hooksOf(log)).toEqual(ALL_HOOKS);
  });

  test("retries repeat the in-loop hooks per attempt", async () => {
    const log: string[] = [];
    const http = new ScriptedHttpClient(failure(503, "ServiceUnavailable"), json(200, {}));
    await client(http, [recorder(log, "a")]).send(GET_THING, {});
    const loop = ALL_HOOKS.slice(5, 17);
    expect(hooksOf(log)).toEqual([...ALL_HOOKS.slice(0, 5), ...loop, ...loop, ...ALL_HOOKS.slice(17)]);
  });

  test("client interceptors (generator's first, then config's) run before per-call ones", async () => {
    const log: string[] = [];
    const c = new Client(
      { service: SERVICE, protocol: new FakeProtocol(), interceptors: [recorder(log, "spec")] },
      { endpoint: "https://api.example.com", httpClient: new ScriptedHttpClient(json(200, {})), interceptors: [recorder(log, "config")] },
    );
    await c.send(GET_THING, {}, { interceptors: [recorder(log, "call")] });
    expect(log.slice(0, 3)).toEqual(["spec:readBeforeExecution", "config:readBeforeExecution", "call:readBeforeExecution"]);
    expect(log.slice(-3)).toEqual(["spec:readAfterExecution", "config:readAfterExecution", "call:readAfterExecution"]);
  });

  test("hooks see the context their stage promises and share properties", async () => {
    const seen: Record<string, unknown> = {};
    const interceptor: Interceptor = {
      readBeforeExecution(ctx) {
        seen["attempt0"] = ctx.attempt;
        ctx.properties["start"] = "set";
      },
      readAfterSerialization(ctx) {
        seen["host"] = ctx.request.hostname;
      },
      readBeforeAttempt(ctx) {
        seen["attempt1"] = ctx.attempt;
      },
      readAfterTransmit(ctx) {
        seen["status"] = ctx.response.statusCode;
      },
      readAfterExecution(ctx) {
        seen["output"] = ctx.result.output;
        seen["shared"] = ctx.properties["start"];
        seen["operation"] = ctx.operation.name;
      },
    };
    await client(new ScriptedHttpClient(json(200, { name: "x" })), [interceptor]).send(GET_THING, {});
    expect(seen).toMatchObject({ attempt0: 0, host: "api.example.com", attempt1: 1, status: 200, shared: "set", operation: "GetThing" });
    expect(seen["output"]).toMatchObject({ name: "x" });
  });
});

describe("interceptor shapes", () => {
  test("hooks may be class methods (inherited ones too)", async () => {
    const calls: string[] = [];
    class Base {
      readBeforeTransmit(): void {
        calls.push("base:readBeforeTransmit");
      }
    }
    class Timing extends Base implements Interceptor {
      readonly name = "timing";
      readAfterTransmit(): void {
        calls.push("timing:readAfterTransmit");
      }
    }
    await client(new ScriptedHttpClient(json(200, {})), [new Timing()]).send(GET_THING, {});
    expect(calls).toEqual(["base:readBeforeTransmit", "timing:readAfterTransmit"]);
  });
});

describe("modify hooks", () => {
  test("input, request, response and result can be replaced; returning nothing keeps them", async () => {
    const http = new ScriptedHttpClient(json(200, { name: "from-service" }));
    const interceptors: Interceptor[] = [
      { modifyBeforeSerialization: (ctx) => ({ ...ctx.input, id: "changed" }) },
      { modifyBeforeSerialization: () => undefined },
      { modifyBeforeRetryLoop: (ctx) => ({ ...ctx.request, headers: { ...ctx.request.headers, "x-loop": "1" } }) },
      { modifyBeforeSigning: (ctx) => ({ ...ctx.request, headers: { ...ctx.request.headers, "x-sign": String(ctx.request.headers["x-loop"]) } }) },
      { modifyBeforeTransmit: async (ctx) => ({ ...ctx.request, headers: { ...ctx.request.headers, "x-transmit": "1" } }) },
      { modifyBeforeDeserialization: (ctx) => ({ ...ctx.response, body: JSON.stringify({ name: "rewritten" }) }) },
      { modifyBeforeAttemptCompletion: (ctx) => ({ output: { ...ctx.result.output, attempt: "seen" } }) },
      { modifyBeforeCompletion: (ctx) => ({ output: { ...ctx.result.output, completion: "seen" } }) },
    ];
    const output = await client(http, interceptors).send(GET_THING, { id: "orig" });
    expect(http.requests[0]!.body).toBe('{"id":"changed"}');
    expect(http.requests[0]!.headers).toMatchObject({ "x-loop": "1", "x-sign": "1", "x-transmit": "1" });
    expect(output).toMatchObject({ name: "rewritten", attempt: "seen", completion: "seen" });
    expect(output.$metadata.attempts).toBe(1);
  });

  test("each attempt starts from the request as it was before the retry loop", async () => {
    const http = new ScriptedHttpClient(failure(500, "InternalError"), json(200, {}));
    let n = 0;
    const interceptor: Interceptor = {
      modifyBeforeSigning: (ctx) => ({ ...ctx.request, headers: { ...ctx.request.headers, [`x-attempt-${++n}`]: "1" } }),
    };
    await client(http, [interceptor]).send(GET_THING, {});
    expect(Object.keys(http.requests[1]!.headers).filter((h) => h.startsWith("x-attempt"))).toEqual(["x-attempt-2"]);
  });

  test("modifyBeforeCompletion can turn an error into an output", async () => {
    const http = new ScriptedHttpClient(failure(404, "NotFound"));
    const output = await client(http, [{ modifyBeforeCompletion: (ctx) => (ctx.result.error ? { output: { fallback: true } } : undefined) }]).send(
      GET_THING,
      {},
    );
    expect(output).toMatchObject({ fallback: true, $metadata: { httpStatusCode: 404 } });
  });
});

describe("error semantics", () => {
  test("readBeforeExecution: every interceptor runs, the last error wins, earlier ones are logged", async () => {
    const log: string[] = [];
    const warnings: string[] = [];
    const first = new Error("first");
    const second = new Error("second");
    const http = new ScriptedHttpClient(json(200, {}));
    const error = await client(http, [recorder(log, "a", { readBeforeExecution: first }), recorder(log, "b", { readBeforeExecution: second })], {
      logger: { warn: (m: string) => warnings.push(m) },
    })
      .send(GET_THING, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConstructionError);
    expect((error as Error).cause).toBe(second);
    expect((error as Error).message).toBe('GetThing: interceptor "b" failed in readBeforeExecution: second');
    expect(warnings).toEqual(['GetThing: interceptor "a" failed in readBeforeExecution; a later error replaces it.']);
    // Both ran the failing hook, then execution jumped to modifyBeforeCompletion.
    expect(hooksOf(log, "a")).toEqual(["readBeforeExecution", "modifyBeforeCompletion", "readAfterExecution"]);
    expect(http.requests).toHaveLength(0);
  });

  test("a hook before the retry loop jumps to modifyBeforeCompletion", async () => {
    const log: string[] = [];
    const http = new ScriptedHttpClient(json(200, {}));
    const error = await client(http, [recorder(log, "a", { modifyBeforeRetryLoop: new Error("boom") }), recorder(log, "b")])
      .send(GET_THING, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConstructionError);
    expect(hooksOf(log, "b")).toEqual([
      "readBeforeExecution",
      "modifyBeforeSerialization",
      "readBeforeSerialization",
      "readAfterSerialization",
      // a's modifyBeforeRetryLoop failed first, so b's never ran.
      "modifyBeforeCompletion",
      "readAfterExecution",
    ]);
    expect(http.requests).toHaveLength(0);
  });

  test("a hook inside the loop jumps to modifyBeforeAttemptCompletion, skipping transmit, and is not retried", async () => {
    const log: string[] = [];
    const http = new ScriptedHttpClient(json(200, {}));
    const error = await client(http, [recorder(log, "a", { readBeforeSigning: new Error("no") })])
      .send(GET_THING, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConstructionError);
    expect(hooksOf(log)).toEqual([
      ...ALL_HOOKS.slice(0, 8),
      "modifyBeforeAttemptCompletion",
      "readAfterAttempt",
      "modifyBeforeCompletion",
      "readAfterExecution",
    ]);
    expect(http.requests).toHaveLength(0);
  });

  test("errors after transmit are response errors", async () => {
    const error = await client(new ScriptedHttpClient(json(200, {})), [recorder([], "a", { readAfterDeserialization: new Error("late") })])
      .send(GET_THING, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toBe('GetThing: interceptor "a" failed in readAfterDeserialization: late');
  });

  test("an SdkError thrown by a hook surfaces unwrapped", async () => {
    const mine = new ServiceError("custom", "Custom", "client");
    const error = await client(new ScriptedHttpClient(json(200, {})), [recorder([], "a", { readBeforeTransmit: mine })])
      .send(GET_THING, {})
      .catch((e: unknown) => e);
    expect(error).toBe(mine);
  });

  test("modifyBeforeAttemptCompletion's error goes to readAfterAttempt; readAfterAttempt collects", async () => {
    const log: string[] = [];
    const http = new ScriptedHttpClient(json(200, {}));
    const error = await client(http, [
      recorder(log, "a", { modifyBeforeAttemptCompletion: new Error("m"), readAfterAttempt: new Error("r1") }),
      recorder(log, "b", { readAfterAttempt: new Error("r2") }),
    ])
      .send(GET_THING, {})
      .catch((e: unknown) => e);
    expect((error as Error).cause).toEqual(new Error("r2"));
    expect(log.slice(log.indexOf("a:modifyBeforeAttemptCompletion"))).toEqual([
      "a:modifyBeforeAttemptCompletion",
      "a:readAfterAttempt",
      "b:readAfterAttempt",
      "a:modifyBeforeCompletion",
      "b:modifyBeforeCompletion",
      "a:readAfterExecution",
      "b:readAfterExecution",
    ]);
  });

  test("modifyBeforeCompletion's error goes to readAfterExecution, whose error is final", async () => {
    const log: string[] = [];
    const error = await client(new ScriptedHttpClient(json(200, {})), [
      recorder(log, "a", { modifyBeforeCompletion: new Error("mc") }),
      recorder(log, "b", { readAfterExecution: new Error("rae") }),
    ])
      .send(GET_THING, {})
      .catch((e: unknown) => e);
    expect((error as Error).cause).toEqual(new Error("rae"));
    expect(log.slice(-3)).toEqual(["a:modifyBeforeCompletion", "a:readAfterExecution", "b:readAfterExecution"]);
  });
});
