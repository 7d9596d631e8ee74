// The API generated servers are written against, exercised through a hand-written sample of
// generated code (generated-sample/pokemon-service.ts): typed setters, build() rejected by the
// compiler while an operation is missing, and the service answering through the real restJson1.
import { describe, expect, test } from "vitest";
import { ExtensionKey } from "../../src/codegen-v1/server.js";
import { MissingOperationsError, PokemonNotFound, PokemonService, PokemonServiceConfig } from "./generated-sample/pokemon-service.js";
import { bodyJson, recordingLogger, request } from "./support.js";

const Trainer = new ExtensionKey<string>("trainer");

describe("generated service shape", () => {
  const config = PokemonServiceConfig.builder()
    .logger(recordingLogger().logger)
    .httpPlugin(
      (next) => async (req, ctx) => {
        ctx.extensions.set(Trainer, req.headers["x-trainer"] ?? "nobody");
        return next(req, ctx);
      },
      { include: ["CatchPokemon"] },
    )
    .build();

  test("setters are typed per operation and build() needs all of them", async () => {
    const partial = PokemonService.builder(config).getPokemon(async (input) => {
      if (input.name === "missingno") throw new PokemonNotFound({ message: "who?" });
      return { name: input.name, level: 5 };
    });
    // @ts-expect-error CatchPokemon has no implementation yet
    expect(() => partial.build()).toThrow(MissingOperationsError);
    // @ts-expect-error plugin scopes name operations of this service only
    PokemonServiceConfig.builder().httpPlugin((next) => next, { include: ["GetPokemonn"] });
    // @ts-expect-error inputs are typed: GetPokemonInput has no "ball"
    PokemonService.builder(config).getPokemon((input) => ({ name: input.ball, level: 1 }));

    const app = partial.catchPokemon((input, ctx) => ({ caught: input.ball === "ultra" && ctx.extensions.get(Trainer) === "ash" })).build();
    expect(await bodyJson(await app.handle(request("GET", "/pokemon/pikachu")))).toEqual({ name: "pikachu", level: 5 });
    expect((await app.handle(request("GET", "/pokemon/missingno"))).statusCode).toBe(404);
    const caught = await app.handle(request("POST", "/pokemon/mew/catch", { headers: { "content-type": "application/json", "x-trainer": "ash" }, body: '{"ball":"ultra"}' }));
    expect(await bodyJson(caught)).toEqual({ caught: true });
    const invalid = await app.handle(request("POST", "/pokemon/mew/catch", { headers: { "content-type": "application/json" }, body: '{"ball":"master"}' }));
    expect(invalid.statusCode).toBe(400);
  });

  test("buildUnchecked() builds with operations missing; they answer 500", async () => {
    const app = PokemonService.builder(config).catchPokemonCustom(async () => ({ statusCode: 202, headers: {}, body: undefined })).buildUnchecked();
    expect((await app.handle(request("POST", "/pokemon/x/catch"))).statusCode).toBe(202);
    expect((await app.handle(request("GET", "/pokemon/x"))).statusCode).toBe(500);
  });
});
