// node:http specifics: the handler's signal aborts when the client disconnects, streamed
// response bodies are written out, responses the platform refuses become a logged 500, and
// keep-alive connections keep working across requests.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { toNodeListener } from "../../src/node/server-adapter.js";
import { ServiceBuilder } from "../../src/server/builder.js";
import { serviceConfig } from "../../src/server/config.js";
import type { Handler, HttpOperationService } from "../../src/server/types.js";
import { FakeJsonProtocol, POKEMON_SERVICE, recordingLogger, type PokemonOperations } from "../server/support.js";

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function listen(options: { getPokemon?: Handler<PokemonOperations["GetPokemon"], "GetPokemon">; health?: HttpOperationService } = {}) {
  const log = recordingLogger();
  const app = new ServiceBuilder<PokemonOperations>({ schema: POKEMON_SERVICE, protocol: new FakeJsonProtocol() }, serviceConfig().logger(log.logger).build())
    .handler("GetPokemon", options.getPokemon ?? ((input) => ({ name: input.name })))
    .handler("CatchPokemon", () => ({}))
    .handler("ListFiles", (input) => ({ key: input.key }))
    .custom("Health", options.health ?? (async () => ({ statusCode: 200, headers: {}, body: "ok" })))
    .build();
  server = createServer(toNodeListener(app));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, log };
}

describe("node:http listener", () => {
  test("a client disconnecting aborts the handler's signal", async () => {
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    let aborted!: (reason: unknown) => void;
    const handlerAborted = new Promise<unknown>((resolve) => (aborted = resolve));
    const { base } = await listen({
      getPokemon: async (input, ctx) => {
        started();
        await new Promise<void>((resolve) => ctx.signal.addEventListener("abort", () => resolve(), { once: true }));
        aborted(ctx.signal.reason);
        return { name: input.name };
      },
    });
    const url = new URL(`${base}/pokemon/slowpoke`);
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname });
    req.on("error", () => undefined);
    req.end();
    await handlerStarted;
    req.destroy();
    expect(String(await handlerAborted)).toMatch(/client disconnected/);
  });

  test("streamed response bodies are written out in order", async () => {
    async function* chunks(): AsyncIterable<Uint8Array> {
      for (const part of ["alpha,", "beta,", "gamma"]) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield new TextEncoder().encode(part);
      }
    }
    const { base } = await listen({ health: async () => ({ statusCode: 200, headers: { "content-type": "text/plain" }, body: chunks() }) });
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("alpha,beta,gamma");

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("from a "));
        controller.enqueue(new TextEncoder().encode("ReadableStream"));
        controller.close();
      },
    });
    await listenAgain({ health: async () => ({ statusCode: 200, headers: {}, body: stream }) });
  });

  test("a response with a header the platform refuses becomes a logged 500", async () => {
    const { base, log } = await listen({ health: async () => ({ statusCode: 200, headers: { "x-bad": "line\r\nbreak" }, body: "x" }) });
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(500);
    expect(log.errors).toHaveLength(1);
  });

  test("keep-alive connections serve request after request", async () => {
    const { base } = await listen();
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${base}/pokemon/p${i}`, { keepalive: true });
      expect(await res.json()).toMatchObject({ name: `p${i}` });
    }
  });

  test("absolute-form targets and HEAD requests are handled", async () => {
    const { base } = await listen();
    const port = new URL(base).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, method: "GET", path: `http://example.com:${port}/pokemon/abs` }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(200);
    const head = await fetch(`${base}/health`, { method: "HEAD" });
    expect(head.status).toBe(405);
  });
});

async function listenAgain(options: { health: HttpOperationService }): Promise<void> {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  const { base } = await listen(options);
  const res = await fetch(`${base}/health`);
  expect(await res.text()).toBe("from a ReadableStream");
}
