// The generated builder at run time: buildUnchecked() answers 500 for unregistered operations,
// build() names the missing ones when the types are bypassed, plugins run in registration
// order and only for the operations in their scope, and they see the operation's metadata.
// (That build() does not compile while a handler is missing is checked by codegen-plugin's
// server-compile test.)
import { beforeAll, describe, expect, test } from "vitest";
import { collectBody, utf8Decode } from "../runtime.js";
import { RecordingLogger } from "./generated-server.js";
import { loadPokemonServer, type PokemonBuilder, type PokemonServer } from "./pokemon-fixture.js";
import type { HttpPlugin, ModelPlugin, ServerRequest } from "./server-runtime.js";

let pokemon: PokemonServer;

beforeAll(async () => {
  pokemon = await loadPokemonServer("builder");
});

function get(path: string, headers: Record<string, string> = {}): ServerRequest {
  return { method: "GET", protocol: "http:", hostname: "localhost", path, query: [], headers, body: undefined };
}

function catchRequest(body: string): ServerRequest {
  return { method: "POST", protocol: "http:", hostname: "localhost", path: "/pokemon/mew/catch", query: [], headers: { "content-type": "application/json" }, body };
}

function registerAll(builder: PokemonBuilder, log: string[] = []): PokemonBuilder {
  return builder
    .getPokemon((input) => {
      log.push("handler GetPokemon");
      return { name: input.name, level: 1 };
    })
    .catchPokemon(() => {
      log.push("handler CatchPokemon");
      return { caught: true };
    })
    .uploadSprite(() => ({}))
    .ping(() => ({}));
}

describe("build() and buildUnchecked() of a generated service", () => {
  test("buildUnchecked() serves what is registered and answers 500 for the rest, logging why", async () => {
    const logger = new RecordingLogger();
    const config = pokemon.PokemonServiceConfig.builder().logger(logger).build();
    const app = pokemon.PokemonService.builder(config).getPokemon((input) => ({ name: input.name, level: 3 })).buildUnchecked();
    const ok = await app.handle(get("/pokemon/pikachu"));
    expect(ok.statusCode).toBe(200);
    const missing = await app.handle(catchRequest('{"ball":"poke"}'));
    expect(missing.statusCode).toBe(500);
    expect(missing.headers["x-amzn-errortype"]).toBe("InternalFailureException");
    expect(utf8Decode(await collectBody(missing.body))).not.toContain("CatchPokemon");
    expect(logger.errors).toHaveLength(1);
    expect(logger.describe()).toMatch(/no handler is registered for operation CatchPokemon/);
  });

  test("build() with the types bypassed throws MissingOperationsError naming every missing operation", () => {
    const partial = pokemon.PokemonService.builder().getPokemon(() => ({ name: "x", level: 1 }));
    expect(() => partial.build()).toThrow(pokemon.MissingOperationsError);
    expect(() => partial.build()).toThrow(/no implementation registered for CatchPokemon, Ping, UploadSprite/);
  });
});

describe("plugins of a generated service", () => {
  test("run in registration order (first registered outermost): layers, then HTTP plugins, then model plugins, then the handler", async () => {
    const log: string[] = [];
    const http = (name: string): HttpPlugin => (next) => async (request, ctx) => {
      log.push(`in ${name}`);
      const response = await next(request, ctx);
      log.push(`out ${name}`);
      return response;
    };
    const model = (name: string): ModelPlugin => (next) => async (input, ctx) => {
      log.push(`in ${name}`);
      const output = await next(input, ctx);
      log.push(`out ${name}`);
      return output;
    };
    const config = pokemon.PokemonServiceConfig.builder()
      .modelPlugin(model("model A"))
      .httpPlugin(http("http A"))
      .layer((next) => async (request) => {
        log.push("in layer");
        const response = await next(request);
        log.push("out layer");
        return response;
      })
      .modelPlugin(model("model B"))
      .httpPlugin(http("http B"))
      .build();
    const app = registerAll(pokemon.PokemonService.builder(config), log).build();
    expect((await app.handle(get("/pokemon/pikachu"))).statusCode).toBe(200);
    expect(log).toEqual([
      "in layer", "in http A", "in http B", "in model A", "in model B", "handler GetPokemon",
      "out model B", "out model A", "out http B", "out http A", "out layer",
    ]);
  });

  test("apply only to the operations in their scope, and see the operation's id and schema", async () => {
    const seen: string[] = [];
    const recorder = (label: string): HttpPlugin => (next, operation) => async (request, ctx) => {
      const input = typeof operation.schema.input === "function" ? operation.schema.input() : operation.schema.input;
      seen.push(`${label} ${operation.operationId} ${input.id} ${ctx.operation.name}`);
      return next(request, ctx);
    };
    const config = pokemon.PokemonServiceConfig.builder()
      .httpPlugin(recorder("only-catch"), { include: ["CatchPokemon"] })
      .httpPlugin(recorder("all-but-catch"), { exclude: ["CatchPokemon"] })
      .build();
    const app = registerAll(pokemon.PokemonService.builder(config)).build();
    await app.handle(get("/pokemon/pikachu"));
    await app.handle(catchRequest('{"ball":"poke"}'));
    expect(seen).toEqual([
      "all-but-catch example.pokemon#GetPokemon example.pokemon#GetPokemonInput GetPokemon",
      "only-catch example.pokemon#CatchPokemon example.pokemon#CatchPokemonInput CatchPokemon",
    ]);
  });

  test("a scope naming an operation the service does not have is refused when the service is built", () => {
    const config = pokemon.PokemonServiceConfig.builder().httpPlugin((next) => next, { include: ["GetPokemonn"] }).build();
    expect(() => registerAll(pokemon.PokemonService.builder(config)).build()).toThrow(/scoped to unknown operation\(s\) GetPokemonn/);
  });

  test("a raw HTTP service (…Custom) replaces the operation and gets no plugins", async () => {
    const log: string[] = [];
    const config = pokemon.PokemonServiceConfig.builder()
      .httpPlugin((next, operation) => async (request, ctx) => {
        log.push(operation.name);
        return next(request, ctx);
      })
      .build();
    const app = registerAll(pokemon.PokemonService.builder(config))
      .pingCustom(async (_request, ctx) => ({ statusCode: 204, headers: { "x-op": ctx.operation.name }, body: undefined }))
      .build();
    const response = await app.handle(get("/ping"));
    expect(response.statusCode).toBe(204);
    expect(response.headers["x-op"]).toBe("Ping");
    expect(log).toEqual([]);
  });
});
