// End to end over loopback: a tiny node:http server answers a client made of a hand-written
// restJson1 schema, the real restJson1 protocol, the pipeline and the node:http client.
import { getEventListeners } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { Client, OperationRequest } from "../../src/client/client.js";
import type { ClientConfig } from "../../src/client/config.js";
import { AbortError, AttemptTimeoutError } from "../../src/client/errors.js";
import { StandardRetryStrategy } from "../../src/client/retry/strategy.js";
import { ServiceError, type ModeledErrorMeta } from "../../src/errors.js";
import { NodeHttpClient } from "../../src/node/http-client.js";
import { restJson1 } from "../../src/protocol/rest-json1.js";
import { INTEGER, STRING } from "../../src/schema/prelude.js";
import type { ErrorConstructor, OperationSchema, ServiceSchema, StructureSchema } from "../../src/schema/schema.js";

// --- what the generator would emit for one operation ----------------------------------------

class ResourceNotFoundException extends ServiceError {
  override readonly name = "ResourceNotFoundException";
  constructor(fields: Record<string, unknown>, meta?: unknown) {
    const info = meta as ModeledErrorMeta;
    super(info.message, info.code, "client");
    void fields;
  }
}

class ThrottlingException extends ServiceError {
  override readonly name = "ThrottlingException";
  constructor(_fields: Record<string, unknown>, meta?: unknown) {
    const info = meta as ModeledErrorMeta;
    super(info.message, info.code, "client");
  }
}

const messageMember = { name: "message", target: STRING, traits: {} };

const NOT_FOUND: StructureSchema = {
  kind: "structure",
  id: "example.pokemon#ResourceNotFoundException",
  traits: { error: "client", httpError: 404 },
  members: [messageMember],
  errorClass: () => ResourceNotFoundException as unknown as ErrorConstructor,
};

const THROTTLED: StructureSchema = {
  kind: "structure",
  id: "example.pokemon#ThrottlingException",
  traits: { error: "client", httpError: 429, retryable: { throttling: true } },
  members: [messageMember],
  errorClass: () => ThrottlingException as unknown as ErrorConstructor,
};

const GET_POKEMON: OperationSchema = {
  id: "example.pokemon#GetPokemon",
  name: "GetPokemon",
  input: {
    kind: "structure",
    id: "example.pokemon#GetPokemonInput",
    traits: {},
    members: [{ name: "name", target: STRING, traits: { httpLabel: true, required: true } }],
  },
  output: {
    kind: "structure",
    id: "example.pokemon#GetPokemonOutput",
    traits: {},
    members: [
      { name: "name", target: STRING, traits: { required: true } },
      { name: "level", target: INTEGER, traits: {} },
    ],
  },
  errors: [NOT_FOUND, THROTTLED],
  traits: { readonly: true, http: { method: "GET", uri: "/pokemon/{name}", code: 200 } },
};

const POKEMON_SERVICE: ServiceSchema = {
  id: "example.pokemon#PokemonService",
  name: "PokemonService",
  version: "2024-03-18",
  protocol: { id: "aws.protocols#restJson1", settings: {} },
  authSchemes: [],
  errors: [],
  operations: [GET_POKEMON],
};

interface GetPokemonInput {
  name?: string;
}
interface GetPokemonOutput {
  name: string;
  level?: number;
}

class GetPokemonRequest extends OperationRequest<GetPokemonInput, GetPokemonOutput> {
  name(value: string): this {
    return this.$set("name", value);
  }
}

class PokemonClient extends Client {
  constructor(config: ClientConfig) {
    super({ service: POKEMON_SERVICE, protocol: restJson1, defaultHttpClient: () => new NodeHttpClient() }, config);
  }
  getPokemon(input?: GetPokemonInput): GetPokemonRequest {
    return new GetPokemonRequest(this, GET_POKEMON, input);
  }
}

// --- the server ------------------------------------------------------------------------------

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let script: Handler[] = [];
const seen: string[] = [];
let endpoint = "";
const server = createServer((req, res) => {
  seen.push(`${req.method} ${req.url}`);
  const handler = script.length > 1 ? script.shift()! : script[0]!;
  handler(req, res);
});

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
}
const silence: Handler = () => {};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let client: PokemonClient;
afterEach(() => {
  client.destroy();
  seen.length = 0;
});

const fastRetries = () => new StandardRetryStrategy({ random: () => 0.01 });

describe("restJson1 client over loopback", () => {
  test("a successful call through the fluent API", async () => {
    script = [reply(200, { name: "pikachu", level: 25 }, { "x-amzn-requestid": "abc-123" })];
    client = new PokemonClient({ endpoint });
    const output = await client.getPokemon().name("pikachu").send();
    expect(output).toEqual({ name: "pikachu", level: 25, $metadata: { httpStatusCode: 200, requestId: "abc-123", attempts: 1, totalRetryDelay: 0 } });
    expect(seen).toEqual(["GET /pokemon/pikachu"]);
  });

  test("throttling, then success", async () => {
    script = [
      reply(429, { message: "slow down" }, { "x-amzn-errortype": "ThrottlingException" }),
      reply(200, { name: "eevee" }),
    ];
    client = new PokemonClient({ endpoint, retryStrategy: fastRetries() });
    const output = await client.getPokemon({ name: "eevee" }).send();
    expect(output.name).toBe("eevee");
    expect(output.$metadata).toMatchObject({ attempts: 2, httpStatusCode: 200 });
    expect(output.$metadata.totalRetryDelay).toBe(10);
    expect(seen).toEqual(["GET /pokemon/eevee", "GET /pokemon/eevee"]);
  });

  test("a modeled error", async () => {
    script = [reply(404, { message: "no pokemon named missingno" }, { "x-amzn-errortype": "ResourceNotFoundException", "x-amzn-requestid": "r-404" })];
    client = new PokemonClient({ endpoint, retryStrategy: fastRetries() });
    const error = await client.getPokemon({ name: "missingno" }).send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    const e = error as ResourceNotFoundException;
    expect(e.message).toBe("GetPokemon failed with HTTP 404 ResourceNotFoundException: no pokemon named missingno");
    expect(e.$metadata).toEqual({ httpStatusCode: 404, requestId: "r-404", attempts: 1, totalRetryDelay: 0 });
    expect(seen).toHaveLength(1);
  });

  test("an attempt timeout, then a retry that succeeds", async () => {
    script = [silence, reply(200, { name: "snorlax" })];
    client = new PokemonClient({ endpoint, attemptTimeout: 50, retryStrategy: fastRetries() });
    const output = await client.getPokemon({ name: "snorlax" }).send();
    expect(output).toMatchObject({ name: "snorlax", $metadata: { attempts: 2 } });
  });

  test("attempt timeouts until the attempts run out", async () => {
    script = [silence];
    client = new PokemonClient({ endpoint, attemptTimeout: 20, maxAttempts: 2 });
    const error = await client.getPokemon({ name: "slowpoke" }).send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttemptTimeoutError);
    expect((error as AttemptTimeoutError).$metadata.attempts).toBe(2);
    expect(seen).toHaveLength(2);
  });

  test("the caller aborts", async () => {
    script = [silence];
    client = new PokemonClient({ endpoint });
    const controller = new AbortController();
    const pending = client.getPokemon({ name: "abra" }).send({ signal: controller.signal });
    await expect.poll(() => seen.length).toBe(1);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).kind).toBe("timeout");
    expect(seen).toHaveLength(1);
  });

  test("a long-lived signal collects no listeners across calls", async () => {
    script = [reply(200, { name: "ditto" })];
    client = new PokemonClient({ endpoint });
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) await client.getPokemon({ name: "ditto" }).send({ signal: controller.signal });
    const timed = new PokemonClient({ endpoint, attemptTimeout: 1000, operationTimeout: 2000 });
    await timed.getPokemon({ name: "ditto" }).send({ signal: controller.signal });
    timed.destroy();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("a missing required label is a construction error before anything is sent", async () => {
    script = [reply(200, {})];
    client = new PokemonClient({ endpoint });
    const error = await client.getPokemon().send().catch((e: unknown) => e);
    expect((error as Error & { kind: string }).kind).toBe("construction");
    expect((error as Error).message).toMatch(/^GetPokemon/);
    expect(seen).toHaveLength(0);
  });
});
