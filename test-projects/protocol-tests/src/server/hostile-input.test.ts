// Hostile requests against a generated service, over a real node:http server and through the
// Fetch and Lambda entry points: oversized, deeply nested, prototype-polluting, ReDoS-shaped,
// truncated, not UTF-8, huge headers. Nothing may crash, every answer has the right status,
// and no handler ever sees invalid input (the one request that is valid is checked for what
// the handler got). A hang would fail the test by its timeout; nothing here measures time.
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { collectBody, utf8Decode, utf8Encode } from "../runtime.js";
import { RecordingLogger } from "./generated-server.js";
import { loadPokemonServer, type CatchPokemonInput } from "./pokemon-fixture.js";
import { toNodeListener, type ApiGatewayV2Event, type ServerRequest, type Service } from "./server-runtime.js";

const HANG_GUARD_MS = 30_000;

let app: Service;
let server: Server;
let port: number;
let logger: RecordingLogger;
const handled: { operation: string; input: unknown }[] = [];

beforeAll(async () => {
  const pokemon = await loadPokemonServer("hostile-input");
  logger = new RecordingLogger();
  const config = pokemon.PokemonServiceConfig.builder().logger(logger).build();
  const record = (operation: string, input: unknown): void => {
    handled.push({ operation, input });
  };
  app = pokemon.PokemonService.builder(config)
    .getPokemon((input) => {
      record("GetPokemon", input);
      return { name: input.name, level: 1 };
    })
    .catchPokemon((input) => {
      record("CatchPokemon", input);
      return { caught: true };
    })
    .uploadSprite(async (input) => {
      record("UploadSprite", (await input.image.bytes()).length);
      return {};
    })
    .ping(() => ({}))
    .build();
  server = createServer(toNodeListener(app));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  handled.length = 0;
});

function catchRequest(body: string | Uint8Array, headers: Record<string, string> = { "content-type": "application/json" }): ServerRequest {
  return { method: "POST", protocol: "http:", hostname: "localhost", path: "/pokemon/mew/catch", query: [], headers, body };
}

async function answer(request: ServerRequest): Promise<{ status: number; errorType: string | undefined; body: string }> {
  const response = await app.handle(request);
  return { status: response.statusCode, errorType: response.headers["x-amzn-errortype"], body: utf8Decode(await collectBody(response.body)) };
}

/** Sends raw bytes over a socket and returns what the server wrote before closing (or a timeout). */
function rawExchange(chunks: readonly (string | Uint8Array)[], { end = true } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (d) => {
      received += d.toString("latin1");
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(received));
    socket.on("connect", () => {
      for (const c of chunks) socket.write(c);
      if (end) socket.end();
      else setTimeout(() => socket.destroy(), 200);
    });
  });
}

function statusOf(raw: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? "0");
}

describe("oversized bodies", () => {
  const big = `{"notes":"${"x".repeat(1_500_000)}"}`;

  test("a 1.5 MB body with Content-Length is refused with 413 over node:http", { timeout: HANG_GUARD_MS }, async () => {
    const response = await fetch(`http://127.0.0.1:${port}/pokemon/mew/catch`, { method: "POST", headers: { "content-type": "application/json" }, body: big }).catch((e: unknown) => e);
    // node:http answers as soon as Content-Length says the body is too large and closes the
    // connection without reading it; the client may see the 413 or, if still sending, a reset.
    if (response instanceof Response) expect(response.status).toBe(413);
    const announced = await rawExchange([`POST /pokemon/mew/catch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\n\r\n{"notes":"`]);
    expect(statusOf(announced)).toBe(413);
    expect(handled).toEqual([]);
  });

  test("a chunked body that grows past the limit is refused with 413", { timeout: HANG_GUARD_MS }, async () => {
    const head = `POST /pokemon/mew/catch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = "x".repeat(64 * 1024);
    const chunks = [head, ...Array.from({ length: 24 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`), "0\r\n\r\n"];
    expect(statusOf(await rawExchange(chunks))).toBe(413);
    expect(handled).toEqual([]);
  });

  test("through Fetch and Lambda the same body answers 413", { timeout: HANG_GUARD_MS }, async () => {
    const viaFetch = await app.fetch(new Request("http://x/pokemon/mew/catch", { method: "POST", headers: { "content-type": "application/json" }, body: big }));
    expect(viaFetch.status).toBe(413);
    const event: ApiGatewayV2Event = { version: "2.0", rawPath: "/pokemon/mew/catch", headers: { "content-type": "application/json" }, body: big, requestContext: { http: { method: "POST" } } };
    expect((await app.toLambdaHandler()(event)).statusCode).toBe(413);
    expect(handled).toEqual([]);
  });

  test("a streaming payload over the limit is refused before the handler reads it", { timeout: HANG_GUARD_MS }, async () => {
    const body = new Uint8Array(1_200_000);
    const response = await app.fetch(new Request("http://x/sprites/big", { method: "PUT", headers: { "content-type": "application/octet-stream" }, body }));
    expect(response.status).toBe(413);
    expect(handled).toEqual([]);
  });
});

describe("malformed JSON", () => {
  test("deeply nested JSON in a document member is a 400, not a stack overflow", { timeout: HANG_GUARD_MS }, async () => {
    const depth = 200_000;
    const arrays = await answer(catchRequest(`{"notes":${"[".repeat(depth)}${"]".repeat(depth)}}`));
    expect(arrays.status).toBe(400);
    expect(arrays.errorType).toBe("SerializationException");
    const objects = await answer(catchRequest(`{"notes":${'{"a":'.repeat(depth / 2)}1${"}".repeat(depth / 2)}}`));
    expect(objects.status).toBe(400);
    expect(handled).toEqual([]);
    expect(logger.errors).toEqual([]);
  });

  test("deeply nested JSON in a member the model does not have is skipped like any unknown member", { timeout: HANG_GUARD_MS }, async () => {
    const depth = 200_000;
    const result = await answer(catchRequest(`{"ball":"poke","unknownMember":${"[".repeat(depth)}${"]".repeat(depth)}}`));
    expect(result.status).toBe(200);
    expect(handled.map((h) => h.input)).toEqual([{ name: "mew", ball: "poke", attempts: 1 }]);
    const unbalanced = await answer(catchRequest(`{"ball":"poke","unknownMember":${"[".repeat(depth)}}`));
    expect(unbalanced.status).toBe(400);
    expect(handled).toHaveLength(1);
  });

  test("truncated bodies are a 400", async () => {
    for (const body of ['{"ball":"po', '{"ball":', "{", '{"stats":{"a":1,', '"']) {
      const result = await answer(catchRequest(body));
      expect(result.status, body).toBe(400);
      expect(result.errorType, body).toBe("SerializationException");
    }
    expect(handled).toEqual([]);
  });

  test("a connection that ends before its Content-Length is reached never reaches a handler, and the server carries on", { timeout: HANG_GUARD_MS }, async () => {
    await rawExchange([`POST /pokemon/mew/catch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"ball":"po`], { end: false });
    expect(handled).toEqual([]);
    const after = await fetch(`http://127.0.0.1:${port}/pokemon/pikachu`);
    expect(after.status).toBe(200);
  });

  test("bodies that are not UTF-8 are a 400", async () => {
    const invalid = new Uint8Array([...utf8Encode('{"ball":"'), 0xff, 0xfe, 0xc3, 0x28, ...utf8Encode('"}')]);
    expect((await answer(catchRequest(invalid))).status).toBe(400);
    const lone = new Uint8Array([...utf8Encode('{"ball":"'), 0xed, 0xa0, 0x80, ...utf8Encode('"}')]);
    expect((await answer(catchRequest(lone))).status).toBe(400);
    expect(handled).toEqual([]);
  });

  test("labels and query values that decode to invalid UTF-8 are a 400", async () => {
    expect((await app.fetch(new Request("http://x/pokemon/%FF%FE"))).status).toBe(400);
    expect((await app.fetch(new Request("http://x/pokemon/pikachu?lang=%FF"))).status).toBe(400);
    expect(handled).toEqual([]);
  });
});

describe("prototype pollution", () => {
  test("__proto__, constructor and prototype keys never change any prototype; map keys stay plain data", async () => {
    const body = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"ball":"poke","stats":{"__proto__":5,"constructor":6,"prototype":7},"notes":{"__proto__":{"polluted":true}}}';
    const result = await answer(catchRequest(body));
    expect(result.status).toBe(200);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(handled).toHaveLength(1);
    const input = handled[0]!.input as CatchPokemonInput & Record<string, unknown>;
    expect(input["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(input) === Object.prototype || Object.getPrototypeOf(input) === null).toBe(true);
    expect(input.ball).toBe("poke");
    const stats = input.stats!;
    expect(Object.getOwnPropertyDescriptor(stats, "__proto__")?.value).toBe(5);
    expect(Object.getOwnPropertyDescriptor(stats, "constructor")?.value).toBe(6);
    expect(Object.getOwnPropertyDescriptor(stats, "prototype")?.value).toBe(7);
    expect((stats as Record<string, unknown>)["polluted"]).toBeUndefined();
    const notes = input.notes as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(notes, "__proto__")?.value).toEqual({ polluted: true });
    expect(notes["polluted"]).toBeUndefined();
  });
});

describe("regular expressions", () => {
  test("a ReDoS-shaped @pattern input is rejected with the ValidationException, without hanging", { timeout: HANG_GUARD_MS }, async () => {
    const evil = `${"0".repeat(50_000)}!`;
    const result = await answer(catchRequest(JSON.stringify({ trainerId: evil })));
    expect(result.status).toBe(400);
    expect(result.errorType).toBe("ValidationException");
    expect(JSON.parse(result.body)).toMatchObject({ fieldList: [{ path: "/trainerId", message: "Value at '/trainerId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([0-9]+)+$" }] });
    const fine = await answer(catchRequest(JSON.stringify({ trainerId: "0".repeat(50_000) })));
    expect(fine.status).toBe(200);
    expect(handled).toHaveLength(1);
  });
});

describe("huge headers, paths and queries", () => {
  test("a 64 KB header is refused by node:http (431) and by the Fetch and Lambda entry points (400)", { timeout: HANG_GUARD_MS }, async () => {
    const huge = "h".repeat(64 * 1024);
    const raw = await rawExchange([`GET /pokemon/pikachu HTTP/1.1\r\nHost: x\r\nX-Huge: ${huge}\r\n\r\n`]);
    expect(statusOf(raw)).toBe(431);
    expect((await app.fetch(new Request("http://x/pokemon/pikachu", { headers: { "x-huge": huge } }))).status).toBe(400);
    const event: ApiGatewayV2Event = { version: "2.0", rawPath: "/pokemon/pikachu", headers: { "x-huge": huge }, requestContext: { http: { method: "GET" } } };
    expect((await app.toLambdaHandler()(event)).statusCode).toBe(400);
    expect(handled).toEqual([]);
  });

  test("thousands of small headers are refused too", async () => {
    const headers = new Headers();
    for (let i = 0; i < 2000; i++) headers.set(`x-h${i}`, "value");
    expect((await app.fetch(new Request("http://x/pokemon/pikachu", { headers }))).status).toBe(400);
    expect(handled).toEqual([]);
  });

  test("a path longer than the limit and too many query parameters are a 400", async () => {
    expect((await app.fetch(new Request(`http://x/pokemon/${"p".repeat(10_000)}`))).status).toBe(400);
    const query = Array.from({ length: 1500 }, (_, i) => `k${i}=v`).join("&");
    expect((await app.fetch(new Request(`http://x/pokemon/pikachu?${query}`))).status).toBe(400);
    expect(handled).toEqual([]);
  });
});

describe("the service stays healthy", () => {
  test("after all of the above it still answers, and logged no internal failure", async () => {
    expect((await fetch(`http://127.0.0.1:${port}/pokemon/pikachu`)).status).toBe(200);
    expect(logger.errors).toEqual([]);
  });
});
