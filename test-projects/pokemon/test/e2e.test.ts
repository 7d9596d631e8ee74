// End to end: the generated clients (restJson1 and its awsJson1_0 twin) against the example
// service built from the generated servers, over a loopback socket and in memory. The same
// tests run over all four combinations.
import type { ClientConfig, HttpPlugin, ModelPlugin } from "@smithy-ts/runtime";
import { afterEach, describe, expect, test } from "vitest";
import { createPokemonApp, type PokemonAppOptions } from "../src/app.js";
import type * as Client from "../src/packages/client.js";
import { RequestMetadata } from "../src/plugins/request-id.js";
import { MATRIX, type Connection } from "./harness.js";

const SECRET = "pikapika123";
const noSleep = (): Promise<void> => Promise.resolve();

/** Awaits a call that must fail and returns what it failed with. */
async function failure(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (e) {
    if (e instanceof Error) return e;
    throw new Error(`the call failed with a non-Error: ${String(e)}`);
  }
  throw new Error("the call succeeded but was expected to fail");
}

describe.each(MATRIX)("$label", ({ protocol, transport }) => {
  const { errors } = protocol;
  let connection: Connection | undefined;
  let clients: Client.PokemonServiceClient[] = [];
  let log: string[] = [];
  let internalErrors: unknown[] = [];

  /** A fresh service (empty store) and a client connected to it. */
  async function setup(options: PokemonAppOptions = {}, config: ClientConfig = {}) {
    log = [];
    internalErrors = [];
    const app = createPokemonApp({
      requestLog: { write: (line) => void log.push(line) },
      logger: { error: (_message, report) => void internalErrors.push(report.error), warn: () => undefined },
      ...options,
    });
    connection = await transport.connect(app.service);
    const client = protocol.newClient({
      endpoint: connection.endpoint,
      ...(connection.httpClient === undefined ? {} : { httpClient: connection.httpClient }),
      sleep: noSleep,
      ...config,
    });
    clients.push(client);
    return { app, client };
  }

  async function trainer(client: Client.PokemonServiceClient, name = "Ash"): Promise<string> {
    const { trainer } = await client.createTrainer({ name, secret: SECRET, email: `${name.toLowerCase()}@pallet.town` }).send();
    return trainer.trainerId;
  }

  afterEach(async () => {
    for (const client of clients) client.destroy();
    clients = [];
    await connection?.close();
    connection = undefined;
    // No test provokes a 500: any internal failure is a bug in the example or the runtime.
    expect(internalErrors).toEqual([]);
  });

  test("GetServerInfo: the handler reads the request id the plugin set, which the client sees in $metadata", async () => {
    const { client } = await setup();
    const chosen = await client
      .getServerInfo()
      .customize({ interceptors: [{ modifyBeforeTransmit: ({ request }) => ({ ...request, headers: { ...request.headers, "x-request-id": "trace-42" } }) }] })
      .send();
    expect(chosen).toMatchObject({ service: protocol.serviceName, version: "2024-06-01", requestId: "trace-42" });
    expect(chosen.$metadata.requestId).toBe("trace-42");

    const assigned = await client.getServerInfo().send();
    expect(assigned.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(assigned.$metadata).toMatchObject({ httpStatusCode: 200, requestId: assigned.requestId, attempts: 1 });
  });

  test("ListSpecies: pages follow nextToken, items() flattens them, the @default pageSize applies, and filters work", async () => {
    const { client } = await setup();
    const pages = [];
    for await (const page of client.listSpecies().paginate()) pages.push(page.species.map((s) => s.name));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages[0]![0]).toBe("bulbasaur");

    const names = [];
    for await (const species of client.listSpecies().pageSize(7).paginate().items()) names.push(species.name);
    expect(names).toHaveLength(25);
    expect(names.slice(-2)).toEqual(["arbok", "pikachu"]);

    const fire = await client.listSpecies({ type: "fire" }).send();
    expect(fire.species.map((s) => s.name)).toEqual(["charmander", "charmeleon", "charizard"]);
    expect(fire.nextToken).toBeUndefined();
  });

  test("ListSpecies: a forged page token is a ValidationException the handler raises", async () => {
    const { client } = await setup();
    const e = await failure(client.listSpecies({ nextToken: "not-a-token" }).send());
    expect(e).toBeInstanceOf(errors.ValidationException);
    expect((e as Client.ValidationException).fieldList?.map((f) => f.path)).toEqual(["/nextToken"]);
  });

  test("GetSpecies: the language defaults to English; French on request; an unknown species is ResourceNotFound (404)", async () => {
    const { client } = await setup();
    const en = await client.getSpecies({ name: "charmander" }).send();
    expect(en).toMatchObject({ species: { name: "charmander", displayName: "Charmander", number: 4, types: ["fire"] }, language: "en" });
    const fr = await client.getSpecies().name("charmander").language("fr").send();
    expect(fr.species.displayName).toBe("Salamèche");
    expect(fr.language).toBe("fr");

    const e = await failure(client.getSpecies({ name: "missingno" }).send());
    expect(e).toBeInstanceOf(errors.ResourceNotFound);
    expect((e as Client.ResourceNotFound).$fields).toEqual({ message: 'no species "missingno"', resourceType: "species", resourceId: "missingno" });
    expect((e as Client.ResourceNotFound).$metadata).toMatchObject({ httpStatusCode: 404, attempts: 1 });
  });

  test("CreateTrainer and GetTrainer: @default members filled in, @sensitive email round-trips", async () => {
    const { client } = await setup();
    const created = await client.createTrainer({ name: "Misty", secret: SECRET, email: "misty@cerulean.city", hometown: "Cerulean City" }).send();
    expect(created.$metadata.httpStatusCode).toBe(protocol.httpBindings ? 201 : 200);
    expect(created.trainer).toEqual({ trainerId: "t-1", name: "Misty", email: "misty@cerulean.city", hometown: "Cerulean City", partySize: 0 });

    const brock = await client.createTrainer({ name: "Brock", secret: SECRET }).send();
    expect(brock.trainer).toEqual({ trainerId: "t-2", name: "Brock", hometown: "Pallet Town", partySize: 0 });
    expect((await client.getTrainer({ trainerId: "t-1" }).send()).trainer).toEqual(created.trainer);

    const e = await failure(client.getTrainer({ trainerId: "t-99" }).send());
    expect(e).toBeInstanceOf(errors.ResourceNotFound);
    expect((e as Client.ResourceNotFound).$fields).toMatchObject({ resourceType: "trainer", resourceId: "t-99" });
  });

  test("CreateTrainer: the client fills in the @idempotencyToken; a repeated token returns the first trainer, a new one meets TrainerNameTaken (409)", async () => {
    const { client } = await setup();
    const sentTokens: unknown[] = [];
    const created = await client
      .createTrainer({ name: "Ash", secret: SECRET })
      .customize({ interceptors: [{ readBeforeTransmit: ({ request }) => void sentTokens.push(JSON.parse(String(request.body)).clientToken) }] })
      .send();
    expect(sentTokens).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);

    const replay = await client.createTrainer({ name: "Ash", secret: SECRET, clientToken: String(sentTokens[0]) }).send();
    expect(replay.trainer.trainerId).toBe(created.trainer.trainerId);

    const e = await failure(client.createTrainer({ name: "Ash", secret: SECRET }).send());
    expect(e).toBeInstanceOf(errors.TrainerNameTaken);
    expect((e as Client.TrainerNameTaken).existingTrainerId).toBe(created.trainer.trainerId);
    expect((e as Client.TrainerNameTaken).$metadata.httpStatusCode).toBe(409);
  });

  test("UpdateTrainer: the @httpPayload profile changes only what it names; the model plugin refuses a wrong secret (403)", async () => {
    const { client } = await setup();
    const ash = await trainer(client);
    await trainer(client, "Gary");

    const updated = await client.updateTrainer({ trainerId: ash, secret: SECRET, profile: { hometown: "Viridian City" } }).send();
    expect(updated.trainer).toMatchObject({ trainerId: ash, name: "Ash", hometown: "Viridian City", email: "ash@pallet.town" });
    // The profile payload is @required: an empty one is sent as {} and must arrive as {}, not as unset.
    const unchanged = await client.updateTrainer({ trainerId: ash, secret: SECRET, profile: {} }).send();
    expect(unchanged.trainer).toMatchObject({ trainerId: ash, name: "Ash", hometown: "Viridian City" });

    const wrong = await failure(client.updateTrainer({ trainerId: ash, secret: "not-the-secret", profile: { name: "Red" } }).send());
    expect(wrong).toBeInstanceOf(errors.NotAuthorized);
    expect((wrong as Client.NotAuthorized).$metadata.httpStatusCode).toBe(403);
    expect((await client.getTrainer({ trainerId: ash }).send()).trainer.name).toBe("Ash");

    const taken = await failure(client.updateTrainer({ trainerId: ash, secret: SECRET, profile: { name: "Gary" } }).send());
    expect(taken).toBeInstanceOf(errors.TrainerNameTaken);

    const missing = await failure(client.updateTrainer({ trainerId: "t-9", secret: SECRET, profile: { hometown: "Lavender Town" } }).send());
    expect(missing).toBeInstanceOf(errors.ResourceNotFound);
  });

  test("DeleteTrainer: refused without the right secret, then deletes (204), then the trainer is gone", async () => {
    const { client } = await setup();
    const ash = await trainer(client);
    expect(await failure(client.deleteTrainer({ trainerId: ash, secret: "wrong-secret" }).send())).toBeInstanceOf(errors.NotAuthorized);

    const deleted = await client.deleteTrainer({ trainerId: ash, secret: SECRET }).send();
    expect(deleted.$metadata.httpStatusCode).toBe(protocol.httpBindings ? 204 : 200);
    expect(await failure(client.getTrainer({ trainerId: ash }).send())).toBeInstanceOf(errors.ResourceNotFound);
    expect(await failure(client.deleteTrainer({ trainerId: ash, secret: SECRET }).send())).toBeInstanceOf(errors.ResourceNotFound);
  });

  test("CatchPokemon: @defaults for level and ball, a timestamp, unknown species, and PartyFull (422) at the seventh", async () => {
    const { client } = await setup();
    const ash = await trainer(client);
    const { pokemon } = await client.catchPokemon({ trainerId: ash, secret: SECRET, species: "pikachu", nickname: "Sparky", moves: ["thunder-shock", "growl"] }).send();
    expect(pokemon).toMatchObject({ pokemonId: "p-1", trainerId: ash, species: "pikachu", nickname: "Sparky", level: 5, ball: "poke", moves: ["thunder-shock", "growl"] });
    expect(pokemon.caughtAt).toBeInstanceOf(Date);
    expect(Math.abs(pokemon.caughtAt.getTime() - Date.now())).toBeLessThan(60_000);

    const unknown = await failure(client.catchPokemon({ trainerId: ash, secret: SECRET, species: "missingno" }).send());
    expect(unknown).toBeInstanceOf(errors.ResourceNotFound);
    expect((unknown as Client.ResourceNotFound).resourceType).toBe("species");

    for (let i = 0; i < 5; i++) await client.catchPokemon({ trainerId: ash, secret: SECRET, species: "pidgey", level: 3 + i, ball: "great" }).send();
    const full = await failure(client.catchPokemon({ trainerId: ash, secret: SECRET, species: "rattata" }).send());
    expect(full).toBeInstanceOf(errors.PartyFull);
    expect((full as Client.PartyFull).capacity).toBe(6);
    expect((full as Client.PartyFull).$metadata.httpStatusCode).toBe(422);
    expect((await client.getTrainer({ trainerId: ash }).send()).trainer.partySize).toBe(6);
  });

  test("GetCaughtPokemon, ListCaughtPokemon across pages, and ReleasePokemon", async () => {
    const { client } = await setup();
    const ash = await trainer(client);
    const species = ["bulbasaur", "charmander", "squirtle", "caterpie", "weedle"];
    for (const s of species) await client.catchPokemon({ trainerId: ash, secret: SECRET, species: s }).send();

    const got = await client.getCaughtPokemon({ trainerId: ash, pokemonId: "p-3" }).send();
    expect(got.pokemon.species).toBe("squirtle");

    const pages = [];
    for await (const page of client.listCaughtPokemon({ trainerId: ash, pageSize: 2 }).paginate()) pages.push(page.pokemon.map((p) => p.species));
    expect(pages).toEqual([["bulbasaur", "charmander"], ["squirtle", "caterpie"], ["weedle"]]);

    const released = await client.releasePokemon({ trainerId: ash, pokemonId: "p-3", secret: SECRET }).send();
    expect(released.$metadata.httpStatusCode).toBe(protocol.httpBindings ? 204 : 200);
    const gone = await failure(client.getCaughtPokemon({ trainerId: ash, pokemonId: "p-3" }).send());
    expect(gone).toBeInstanceOf(errors.ResourceNotFound);
    expect((gone as Client.ResourceNotFound).$fields).toMatchObject({ resourceType: "pokemon", resourceId: "p-3" });
    expect(await failure(client.releasePokemon({ trainerId: ash, pokemonId: "p-1", secret: "wrong-secret" }).send())).toBeInstanceOf(errors.NotAuthorized);
    expect(await failure(client.listCaughtPokemon({ trainerId: "t-7" }).send())).toBeInstanceOf(errors.ResourceNotFound);
  });

  test("PutSprite and GetSprite: a greedy label holding slashes, a blob payload and its content type", async () => {
    const { client } = await setup();
    const art = new TextEncoder().encode("(\\__/)\n(='.'=)\n(\")_(\")\n");
    const put = await client.putSprite({ path: "kanto/starters/pikachu.txt", contentType: "text/plain", data: art }).send();
    expect(put.size).toBe(art.byteLength);

    const sprite = await client.getSprite({ path: "kanto/starters/pikachu.txt" }).send();
    expect(sprite.contentType).toBe("text/plain");
    expect(new Uint8Array(sprite.data)).toEqual(art);

    const e = await failure(client.getSprite({ path: "kanto/missing.txt" }).send());
    expect(e).toBeInstanceOf(errors.ResourceNotFound);
    expect((e as Client.ResourceNotFound).resourceType).toBe("sprite");
  });

  test("constraint violations answer ValidationException (400) with one fieldList entry per violation; no handler runs", async () => {
    const { app, client } = await setup();
    const e = await failure(client.createTrainer({ name: "A", secret: "short", email: "no-at-sign" }).send());
    expect(e).toBeInstanceOf(errors.ValidationException);
    const v = e as Client.ValidationException;
    expect(v.$metadata.httpStatusCode).toBe(400);
    expect(v.fieldList).toEqual([
      { path: "/name", message: "Value with length 1 at '/name' failed to satisfy constraint: Member must have length between 2 and 24, inclusive" },
      { path: "/secret", message: "Value with length 5 at '/secret' failed to satisfy constraint: Member must have length between 8 and 64, inclusive" },
      { path: "/email", message: "Value at '/email' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[^@ ]+@[^@ ]+$" },
    ]);
    expect(v.$fields.message).toMatch(/^3 validation errors detected\./);
    expect(app.store.trainer("t-1")).toBeUndefined();

    const ash = await trainer(client);
    const catchErr = await failure(client.catchPokemon({ trainerId: ash, secret: SECRET, species: "Pikachu", level: 101, moves: ["tackle", "tackle"] }).send());
    expect(catchErr).toBeInstanceOf(errors.ValidationException);
    expect((catchErr as Client.ValidationException).fieldList?.map((f) => f.path).sort()).toEqual(["/level", "/moves", "/species"]);
    expect(app.store.partySize(ash)).toBe(0);
  });

  test("retries: a throttled first attempt (Throttled, @retryable throttling) is retried and succeeds", async () => {
    const { client } = await setup({ throttleFirstCalls: 1 });
    const output = await client.getSpecies({ name: "pikachu" }).send();
    expect(output.species.name).toBe("pikachu");
    expect(output.$metadata.attempts).toBe(2);
  });

  test("retries: without retries the Throttled error reaches the caller with its members", async () => {
    const { client } = await setup({ throttleFirstCalls: 1 }, { maxAttempts: 1 });
    const e = await failure(client.getSpecies({ name: "pikachu" }).send());
    expect(e).toBeInstanceOf(errors.Throttled);
    expect((e as Client.Throttled).$fields).toEqual({ message: "slow down: too many requests", retryAfterSeconds: 1 });
    expect((e as Client.Throttled).$metadata).toMatchObject({ httpStatusCode: 429, attempts: 1 });
    expect((await client.getSpecies({ name: "pikachu" }).send()).$metadata.attempts).toBe(1);
  });

  test("plugins run in registration order, HTTP plugins outside model plugins, and honour their scopes", async () => {
    const trace: string[] = [];
    const http = (name: string): HttpPlugin => (next) => async (request, ctx) => {
      // Registered after the example's request-id plugin, so its extension is already set.
      trace.push(`${name} in (${ctx.extensions.get(RequestMetadata) === undefined ? "no id" : "id"})`);
      const response = await next(request, ctx);
      trace.push(`${name} out`);
      return response;
    };
    const model = (name: string): ModelPlugin => (next) => async (input, ctx) => {
      trace.push(`${name} in`);
      const output = await next(input, ctx);
      trace.push(`${name} out`);
      return output;
    };
    const { client } = await setup({
      httpPlugins: [{ plugin: http("http A") }, { plugin: http("http B") }],
      modelPlugins: [{ plugin: model("model C") }, { plugin: model("model D"), scope: { include: ["GetSpecies"] } }],
    });

    await client.getSpecies({ name: "pikachu" }).send();
    expect(trace).toEqual(["http A in (id)", "http B in (id)", "model C in", "model D in", "model D out", "model C out", "http B out", "http A out"]);

    trace.length = 0;
    await client.getServerInfo().send();
    expect(trace).toEqual(["http A in (id)", "http B in (id)", "model C in", "model C out", "http B out", "http A out"]);
  });

  test("the request log writes one line per request and never a @sensitive value", async () => {
    const { client } = await setup();
    const ash = await trainer(client);
    await client.catchPokemon({ trainerId: ash, secret: SECRET, species: "pikachu" }).send();
    await failure(client.getSpecies({ name: "missingno", language: "fr" }).send());

    expect(log).toHaveLength(3);
    expect(log.join("\n")).not.toContain(SECRET);
    expect(log.join("\n")).not.toContain("ash@pallet.town");
    if (protocol.httpBindings) {
      expect(log[0]).toMatch(/^POST \/trainers -> 201 CreateTrainer [0-9.]+ms req=[0-9a-f-]{36}$/);
      expect(log[1]).toMatch(/^POST \/trainers\/t-1\/pokemon -> 201 CatchPokemon [0-9.]+ms req=\S+ x-trainer-secret=\*\*\*$/);
      expect(log[2]).toMatch(/^GET \/species\/missingno\?lang=fr -> 404 GetSpecies /);
    } else {
      expect(log.map((l) => l.split(" ").slice(0, 5).join(" "))).toEqual(["POST / -> 200 CreateTrainer", "POST / -> 200 CatchPokemon", "POST / -> 404 GetSpecies"]);
    }
  });
});
