// The built service: build()/buildUnchecked(), handlers, operation services and raw HTTP
// services, plugin order and scoping, layers, the handler context, validation responses, and
// failures that must answer 500 without leaking details (logged exactly once).
import { describe, expect, test } from "vitest";
import { FrameworkError } from "../../src/protocol/protocol.js";
import { STRING } from "../../src/schema/index.js";
import { ExtensionKey, MissingExtensionError } from "../../src/server/extensions.js";
import { MissingOperationsError, ServiceBuilder } from "../../src/server/builder.js";
import { serviceConfig } from "../../src/server/config.js";
import type { HttpPlugin, ModelPlugin } from "../../src/server/plugins.js";
import type { HandlerContext } from "../../src/server/types.js";
import {
  bodyJson,
  FakeJsonProtocol,
  PokemonNotFound,
  POKEMON_SERVICE,
  recordingLogger,
  request,
  type PokemonOperations,
} from "./support.js";

const definition = { schema: POKEMON_SERVICE, protocol: new FakeJsonProtocol() };

function builder(config = serviceConfig<keyof PokemonOperations & string>().logger(recordingLogger().logger).build()) {
  return new ServiceBuilder<PokemonOperations>(definition, config);
}

function fullService(config = serviceConfig().logger(recordingLogger().logger).build()) {
  return builder(config)
    .handler("GetPokemon", async (input) => {
      if (input.name === "missingno") throw new PokemonNotFound({ pokemon: input.name });
      return { name: input.name, lang: input.lang };
    })
    .handler("CatchPokemon", (input) => ({ caught: `${input.name} in a ${input.ball} ball` }))
    .handler("ListFiles", (input) => ({ key: input.key }))
    .handler("Health", () => ({ status: "ok" }))
    .build();
}

describe("build() and buildUnchecked()", () => {
  test("build() is a compile-time error while an operation lacks a handler", () => {
    const partial = builder().handler("GetPokemon", (input) => ({ name: input.name })).handler("Health", () => ({}));
    // @ts-expect-error CatchPokemon and ListFiles have no handler yet
    expect(() => partial.build()).toThrow(MissingOperationsError);
  });

  test("at run time (types bypassed) MissingOperationsError names every missing operation", () => {
    const partial = builder().handler("GetPokemon", (input) => ({ name: input.name })) as unknown as { build(): unknown };
    try {
      partial.build();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MissingOperationsError);
      expect((e as MissingOperationsError).operations).toEqual(["CatchPokemon", "ListFiles", "Health"]);
      expect((e as Error).message).toMatch(/test.pokemon#PokemonService: no implementation registered for CatchPokemon, ListFiles, Health/);
    }
  });

  test("buildUnchecked() answers 500 for unregistered operations and logs why", async () => {
    const log = recordingLogger();
    const app = builder(serviceConfig().logger(log.logger).build()).handler("Health", () => ({ status: "ok" })).buildUnchecked();
    expect((await app.handle(request("GET", "/health"))).statusCode).toBe(200);
    const res = await app.handle(request("GET", "/pokemon/pikachu"));
    expect(res.statusCode).toBe(500);
    expect(res.headers["x-amzn-errortype"]).toBe("InternalFailureException");
    expect(await bodyJson(res)).toEqual({ message: "Internal failure" });
    expect(log.errors).toHaveLength(1);
    expect(String((log.errors[0]!.report as { error: Error }).error.message)).toMatch(/no handler is registered for operation GetPokemon/);
  });

  test("registering an unknown operation or scoping a plugin to one fails clearly", () => {
    expect(() => (builder() as unknown as ServiceBuilder<{ Nope: PokemonOperations["Health"] }>).handler("Nope", () => ({}))).toThrow(
      /has no operation named "Nope"; operations are GetPokemon, CatchPokemon, ListFiles, Health/,
    );
    const config = serviceConfig<string>().httpPlugin((next) => next, { include: ["GetPokemonn"] }).build();
    expect(() => builder(config).buildUnchecked()).toThrow(/scoped to unknown operation\(s\) GetPokemonn/);
  });

  test("registrations of the wrong kind (from untyped code) fail at once", () => {
    const untyped = builder() as unknown as { handler(n: string, h: unknown): unknown; service(n: string, s: unknown): unknown; custom(n: string, s: unknown): unknown };
    expect(() => untyped.handler("Health", { handle: () => ({}) })).toThrow(/handler for Health must be a function/);
    expect(() => untyped.service("Health", () => ({}))).toThrow(/must be an object with a handle\(input, ctx\) method/);
    expect(() => untyped.custom("Health", undefined)).toThrow(/HTTP service for Health must be a function/);
  });

  test("builders are immutable: registering returns a new builder", () => {
    const empty = builder();
    const one = empty.handler("Health", () => ({}));
    expect(one).not.toBe(empty);
    expect(() => (empty as unknown as { build(): unknown }).build()).toThrow(/GetPokemon, CatchPokemon, ListFiles, Health/);
  });
});

describe("requests through the upgrade", () => {
  test("a handler's output is serialized with output defaults filled", async () => {
    const res = await fullService().handle(request("GET", "/pokemon/pikachu?lang=fr"));
    expect(res.statusCode).toBe(200);
    expect(await bodyJson(res)).toEqual({ name: "pikachu", lang: "fr", level: 1 });
  });

  test("input defaults are filled before the handler", async () => {
    expect(await bodyJson(await fullService().handle(request("GET", "/pokemon/pikachu")))).toMatchObject({ lang: "en" });
  });

  test("a modeled error is serialized with its status", async () => {
    const res = await fullService().handle(request("GET", "/pokemon/missingno"));
    expect(res.statusCode).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("PokemonNotFound");
    expect(await bodyJson(res)).toEqual({ pokemon: "missingno" });
  });

  test("constraint violations answer the operation's ValidationException without calling the handler", async () => {
    let called = false;
    const app = builder()
      .handler("GetPokemon", (input) => {
        called = true;
        return { name: input.name };
      })
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .handler("Health", () => ({}))
      .build();
    const res = await app.handle(request("GET", "/pokemon/abcdefghijklmnop"));
    expect(called).toBe(false);
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("ValidationException");
    const message = "Value with length 16 at '/name' failed to satisfy constraint: Member must have length between 1 and 12, inclusive";
    expect(await bodyJson(res)).toEqual({ message: `1 validation error detected. ${message}`, fieldList: [{ path: "/name", message }] });
  });

  test("an operation without ValidationException in its errors still rejects violations, with the runtime's ValidationException", async () => {
    const res = await fullService().handle(request("POST", "/pokemon/pikachu/catch", { body: JSON.stringify({ ball: "master", attempts: 9 }) }));
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("ValidationException");
    expect(await bodyJson(res)).toEqual({
      message:
        "2 validation errors detected. Value at '/ball' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(poke|great|ultra)$; " +
        "Value at '/attempts' failed to satisfy constraint: Member must be between 1 and 3, inclusive",
      fieldList: [
        { path: "/ball", message: "Value at '/ball' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(poke|great|ultra)$" },
        { path: "/attempts", message: "Value at '/attempts' failed to satisfy constraint: Member must be between 1 and 3, inclusive" },
      ],
    });
  });

  test("the operation's @http code is used for success", async () => {
    const res = await fullService().handle(request("POST", "/pokemon/pikachu/catch", { body: JSON.stringify({ ball: "poke" }) }));
    expect(res.statusCode).toBe(201);
    expect(await bodyJson(res)).toEqual({ caught: "pikachu in a poke ball" });
  });

  test("routing failures are the protocol's framework errors", async () => {
    const app = fullService();
    expect((await app.handle(request("GET", "/nowhere"))).statusCode).toBe(404);
    expect((await app.handle(request("DELETE", "/health"))).statusCode).toBe(405);
  });

  test("deserialization failures are 400 Serialization; the handler is not called", async () => {
    const res = await fullService().handle(request("POST", "/pokemon/pikachu/catch", { body: "{not json" }));
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("SerializationException");
  });

  test("an unmodeled handler exception is a 500 with no internal details, logged exactly once", async () => {
    const log = recordingLogger();
    const secret = new Error("database password is hunter2");
    const app = builder(serviceConfig().logger(log.logger).build())
      .handler("GetPokemon", () => {
        throw secret;
      })
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .handler("Health", () => ({}))
      .build();
    const res = await app.handle(request("GET", "/pokemon/pikachu", { headers: { "x-request-id": "req-42" } }));
    expect(res.statusCode).toBe(500);
    expect(JSON.stringify(res)).not.toContain("hunter2");
    expect(log.errors).toHaveLength(1);
    const report = log.errors[0]!.report as { error: unknown; operationName: string; requestId: string };
    expect(report.operationName).toBe("GetPokemon");
    expect(report.requestId).toBe("req-42");
    expect(report.error).toBe(secret);
  });

  test("a handler may throw a FrameworkError to answer with it", async () => {
    const app = fullService();
    const custom = builder()
      .handler("GetPokemon", () => {
        throw new FrameworkError("NotAcceptable", "no");
      })
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .handler("Health", () => ({}))
      .build();
    expect((await custom.handle(request("GET", "/pokemon/x"))).statusCode).toBe(406);
    expect((await app.handle(request("GET", "/pokemon/x"))).statusCode).toBe(200);
  });

  test("bodies over the limit answer 413 before the protocol reads them", async () => {
    const protocol = new FakeJsonProtocol();
    const app = new ServiceBuilder<PokemonOperations>({ schema: POKEMON_SERVICE, protocol }, serviceConfig().limits({ maxRequestBodyBytes: 10 }).build())
      .handler("GetPokemon", () => ({ name: "x" }))
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .handler("Health", () => ({}))
      .build();
    const res = await app.handle(request("POST", "/pokemon/pikachu/catch", { body: JSON.stringify({ ball: "ultra" }) }));
    expect(res.statusCode).toBe(413);
    expect(protocol.deserialized).toBe(0);
  });

  test("too many query parameters or a huge path are refused with 400", async () => {
    const app = new ServiceBuilder<PokemonOperations>(definition, serviceConfig().limits({ maxQueryParameters: 2, maxPathLength: 64 }).build())
      .handler("GetPokemon", () => ({ name: "x" }))
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .handler("Health", () => ({}))
      .build();
    expect((await app.handle(request("GET", "/health?a&b&c"))).statusCode).toBe(400);
    expect((await app.handle(request("GET", `/files/${"a/".repeat(40)}`))).statusCode).toBe(400);
  });
});

describe("build-time diagnostics", () => {
  test("a @pattern that cannot be matched in linear time is reported once, when the service is built", () => {
    const log = recordingLogger();
    const lookahead = { ...POKEMON_SERVICE.operations[3]!, input: { kind: "structure" as const, id: "test.pokemon#HealthInput", traits: {}, members: [{ name: "probe", target: STRING, traits: { pattern: "^(?=ok)\\w+$" } }] } };
    const schema = { ...POKEMON_SERVICE, operations: [...POKEMON_SERVICE.operations.slice(0, 3), lookahead] };
    new ServiceBuilder<PokemonOperations>({ schema, protocol: new FakeJsonProtocol() }, serviceConfig().logger(log.logger).build()).buildUnchecked();
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/@pattern "\^\(\?=ok\)\\\\w\+\$" is evaluated by the platform RegExp, without protection against catastrophic backtracking \(.*lookahead/);
  });
});

describe("operation services and raw HTTP services", () => {
  test("an operation service object is called as a method", async () => {
    class Storage {
      readonly prefix = "stored:";
      handle(input: { key: string }): { key: string } {
        return { key: this.prefix + input.key };
      }
    }
    const app = builder()
      .service("ListFiles", new Storage())
      .handler("GetPokemon", (i) => ({ name: i.name }))
      .handler("CatchPokemon", () => ({}))
      .handler("Health", () => ({}))
      .build();
    expect(await bodyJson(await app.handle(request("GET", "/files/a/b/c")))).toEqual({ key: "stored:a/b/c" });
  });

  test("a raw HTTP service gets the request and context, and no plugins", async () => {
    const seen: string[] = [];
    const config = serviceConfig()
      .httpPlugin((next, op) => async (req, ctx) => {
        seen.push(`http:${op.name}`);
        return next(req, ctx);
      })
      .build();
    const app = builder(config)
      .custom("Health", async (req, ctx) => ({ statusCode: 299, headers: { "x-op": ctx.operation.name }, body: `${req.method} ${req.path}` }))
      .handler("GetPokemon", (i) => ({ name: i.name }))
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .build();
    const res = await app.handle(request("GET", "/health"));
    expect(res).toEqual({ statusCode: 299, headers: { "x-op": "Health" }, body: "GET /health" });
    expect(seen).toEqual([]);
    await app.handle(request("GET", "/pokemon/x"));
    expect(seen).toEqual(["http:GetPokemon"]);
  });
});

describe("plugins and layers", () => {
  function tracing(trace: string[]) {
    const http = (name: string): HttpPlugin => (next, op) => async (req, ctx) => {
      trace.push(`${name}>${op.name}`);
      const res = await next(req, ctx);
      trace.push(`${name}<`);
      return res;
    };
    const model = (name: string): ModelPlugin => (next, op) => async (input, ctx) => {
      trace.push(`${name}>${op.name}`);
      const out = await next(input, ctx);
      trace.push(`${name}<`);
      return out;
    };
    return { http, model };
  }

  test("plugins run in registration order (first registered is outermost); HTTP plugins wrap model plugins", async () => {
    const trace: string[] = [];
    const { http, model } = tracing(trace);
    const config = serviceConfig()
      .modelPlugin(model("m1"))
      .httpPlugin(http("h1"))
      .modelPlugin(model("m2"))
      .httpPlugin(http("h2"))
      .layer((next) => async (req) => {
        trace.push("L1>");
        const res = await next(req);
        trace.push("L1<");
        return res;
      })
      .layer((next) => async (req) => {
        trace.push("L2>");
        return next(req);
      })
      .build();
    const app = builder(config)
      .handler("GetPokemon", (i) => {
        trace.push("handler");
        return { name: i.name };
      })
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .handler("Health", () => ({}))
      .build();
    await app.handle(request("GET", "/pokemon/x"));
    expect(trace).toEqual(["L1>", "L2>", "h1>GetPokemon", "h2>GetPokemon", "m1>GetPokemon", "m2>GetPokemon", "handler", "m2<", "m1<", "h2<", "h1<", "L1<"]);
  });

  test("scoped plugins apply only to the operations in scope", async () => {
    const trace: string[] = [];
    const { http, model } = tracing(trace);
    const config = serviceConfig<keyof PokemonOperations & string>()
      .httpPlugin(http("only-health"), { include: ["Health"] })
      .modelPlugin(model("not-health"), { exclude: ["Health"] })
      .build();
    const app = fullService(config);
    await app.handle(request("GET", "/health"));
    await app.handle(request("GET", "/pokemon/x"));
    expect(trace).toEqual(["only-health>Health", "only-health<", "not-health>GetPokemon", "not-health<"]);
  });

  test("plugins see the service id, operation id and schema", async () => {
    const seen: string[] = [];
    const config = serviceConfig()
      .modelPlugin((next, op) => {
        seen.push(`${op.serviceId} ${op.operationId} ${op.schema.traits.http?.uri ?? ""} errors=${op.schema.errors.length}`);
        return next;
      })
      .build();
    fullService(config);
    expect(seen).toEqual([
      "test.pokemon#PokemonService test.pokemon#GetPokemon /pokemon/{name} errors=2",
      "test.pokemon#PokemonService test.pokemon#CatchPokemon /pokemon/{name}/catch errors=0",
      "test.pokemon#PokemonService test.pokemon#ListFiles /files/{key+} errors=0",
      "test.pokemon#PokemonService test.pokemon#Health /health errors=0",
    ]);
  });

  test("an HTTP plugin may refuse a request with a FrameworkError", async () => {
    const config = serviceConfig()
      .httpPlugin(() => async () => {
        throw new FrameworkError("RequestTooLarge", "quota exceeded");
      })
      .build();
    const res = await fullService(config).handle(request("GET", "/health"));
    expect(res.statusCode).toBe(413);
  });

  test("a throwing layer or plugin is a logged 500, not a rejected promise", async () => {
    const log = recordingLogger();
    const config = serviceConfig()
      .logger(log.logger)
      .layer(() => async () => {
        throw new Error("layer bug");
      })
      .build();
    const res = await fullService(config).handle(request("GET", "/health"));
    expect(res.statusCode).toBe(500);
    expect(log.errors).toHaveLength(1);
  });
});

describe("handler context", () => {
  const User = new ExtensionKey<{ readonly id: string }>("user");
  const Missing = new ExtensionKey<number>("missing");

  test("carries request parts, operation, request id, signal and plugin-set extensions", async () => {
    let seen: HandlerContext<"GetPokemon"> | undefined;
    const config = serviceConfig()
      .httpPlugin((next) => async (req, ctx) => {
        ctx.extensions.set(User, { id: req.headers["authorization"] ?? "anonymous" });
        return next(req, ctx);
      })
      .build();
    const app = builder(config)
      .handler("GetPokemon", (input, ctx) => {
        seen = ctx;
        return { name: `${input.name} for ${ctx.extensions.require(User).id}` };
      })
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .handler("Health", () => ({}))
      .build();
    const controller = new AbortController();
    const res = await app.handle({ ...request("GET", "/pokemon/x?lang=de", { headers: { authorization: "ash", "x-request-id": "abc-123" } }), signal: controller.signal });
    expect(await bodyJson(res)).toMatchObject({ name: "x for ash" });
    expect(seen!.request.method).toBe("GET");
    expect(seen!.request.path).toBe("/pokemon/x");
    expect(seen!.request.query).toEqual([["lang", "de"]]);
    expect(seen!.operation.name).toBe("GetPokemon");
    expect(seen!.operation.operationId).toBe("test.pokemon#GetPokemon");
    expect(seen!.requestId).toBe("abc-123");
    expect(seen!.signal).toBe(controller.signal);
    expect(seen!.extensions.get(Missing)).toBeUndefined();
    expect(() => seen!.extensions.require(Missing)).toThrow(MissingExtensionError);
  });

  test("request ids: a sane header wins, else the platform's, else a generated UUID", async () => {
    const ids: string[] = [];
    const app = builder()
      .handler("Health", (_i, ctx) => {
        ids.push(ctx.requestId);
        return {};
      })
      .handler("GetPokemon", (i) => ({ name: i.name }))
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .build();
    await app.handle(request("GET", "/health", { headers: { "x-request-id": "given" } }));
    await app.handle({ ...request("GET", "/health"), requestId: "from-platform" });
    await app.handle(request("GET", "/health", { headers: { "x-request-id": "bad id\r\nwith injection" } }));
    await app.handle(request("GET", "/health", { headers: { "x-request-id": "x".repeat(500) } }));
    expect(ids[0]).toBe("given");
    expect(ids[1]).toBe("from-platform");
    expect(ids[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[3]).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("the request id header is configurable", async () => {
    let id = "";
    const app = builder(serviceConfig().requestIdHeader("X-Amzn-RequestId").build())
      .handler("Health", (_i, ctx) => {
        id = ctx.requestId;
        return {};
      })
      .handler("GetPokemon", (i) => ({ name: i.name }))
      .handler("CatchPokemon", () => ({}))
      .handler("ListFiles", () => ({}))
      .build();
    await app.handle(request("GET", "/health", { headers: { "x-amzn-requestid": "amzn-1" } }));
    expect(id).toBe("amzn-1");
    expect(() => serviceConfig().requestIdHeader("bad header")).toThrow(/not a valid HTTP header name/);
    expect(() => serviceConfig().limits({ maxRequestBodyBytes: -1 })).toThrow(/maxRequestBodyBytes must be a positive integer/);
  });
});
