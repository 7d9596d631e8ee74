// The Lambda adapter on realistic API Gateway events (fixtures/): REST API (payload 1.0) and
// HTTP API (payload 2.0), base64 bodies, multi-value headers and query strings, v2 cookies and
// named stages, and the results API Gateway expects back.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { ApiGatewayV1Event, ApiGatewayV2Event } from "../../src/server/adapters/lambda.js";
import { ServiceBuilder } from "../../src/server/builder.js";
import { serviceConfig } from "../../src/server/config.js";
import type { HandlerContext } from "../../src/server/types.js";
import { FakeJsonProtocol, POKEMON_SERVICE, recordingLogger, type PokemonOperations } from "./support.js";

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as T;
}

function app(limits: { maxRequestBodyBytes?: number } = {}) {
  const seen: { input: unknown; ctx: HandlerContext }[] = [];
  const service = new ServiceBuilder<PokemonOperations>(
    { schema: POKEMON_SERVICE, protocol: new FakeJsonProtocol() },
    serviceConfig().limits(limits).logger(recordingLogger().logger).build(),
  )
    .handler("GetPokemon", (input, ctx) => {
      seen.push({ input, ctx });
      return { name: input.name, lang: input.lang };
    })
    .handler("CatchPokemon", (input, ctx) => {
      seen.push({ input, ctx });
      return { caught: `${input.name}/${input.ball}/${input.attempts ?? 0}` };
    })
    .handler("ListFiles", (input) => ({ key: input.key }))
    .custom("Health", async (req) => ({
      statusCode: 200,
      headers: { "content-type": req.headers["accept"] ?? "image/png", "set-cookie": "seen=1; Path=/" },
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff]),
    }))
    .build();
  return { seen, handler: service.toLambdaHandler() };
}

describe("API Gateway REST API (payload 1.0)", () => {
  test("GET with multi-value headers and query parameters", async () => {
    const { seen, handler } = app();
    const result = await handler(fixture<ApiGatewayV1Event>("apigw-v1-get.json"));
    expect(result).toEqual({
      statusCode: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "pikachu", lang: "fr", level: 1 }),
      isBase64Encoded: false,
    });
    const { ctx } = seen[0]!;
    expect(ctx.request.method).toBe("GET");
    expect(ctx.request.path).toBe("/pokemon/pikachu");
    expect(ctx.request.query).toEqual([["lang", "fr"], ["tag", "a"], ["tag", "b"]]);
    expect(ctx.request.headers["x-custom"]).toBe("first, second");
    expect(ctx.request.headers["host"]).toBe("abcdef1234.execute-api.eu-west-1.amazonaws.com");
    expect(ctx.requestId).toBe("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
    expect(ctx.signal.aborted).toBe(false);
  });

  test("POST with a base64 body; the client's request id header wins", async () => {
    const { seen, handler } = app();
    const result = await handler(fixture<ApiGatewayV1Event>("apigw-v1-post-base64.json"));
    expect(result.statusCode).toBe(201);
    expect(JSON.parse(result.body)).toEqual({ caught: "eevee/great/2" });
    expect(seen[0]!.input).toEqual({ name: "eevee", ball: "great", attempts: 2 });
    expect(seen[0]!.ctx.requestId).toBe("client-chosen-id-7");
  });

  test("single-value maps are used when the multi-value ones are absent", async () => {
    const { seen, handler } = app();
    const event = fixture<ApiGatewayV1Event & Record<string, unknown>>("apigw-v1-get.json");
    const { multiValueHeaders: _h, multiValueQueryStringParameters: _q, ...single } = event;
    await handler(single as ApiGatewayV1Event);
    expect(seen[0]!.ctx.request.query).toEqual([["lang", "fr"], ["tag", "b"]]);
    expect(seen[0]!.ctx.request.headers["x-custom"]).toBe("second");
  });

  test("binary responses are base64-encoded, textual ones are not", async () => {
    const { handler } = app();
    const event = { ...fixture<ApiGatewayV1Event>("apigw-v1-get.json"), path: "/health", multiValueHeaders: { Accept: ["image/png"] } };
    const result = await handler(event);
    expect(result).toMatchObject({ statusCode: 200, isBase64Encoded: true, body: "iVBOR/8=" });
    expect(result.headers["set-cookie"]).toBe("seen=1; Path=/");
  });

  test("unknown routes, bad base64 and oversized bodies answer with framework errors", async () => {
    const base = fixture<ApiGatewayV1Event>("apigw-v1-post-base64.json");
    expect((await app().handler({ ...base, path: "/nowhere" })).statusCode).toBe(404);
    expect((await app().handler({ ...base, body: "not base64!!" })).statusCode).toBe(400);
    const tooBig = await app({ maxRequestBodyBytes: 16 }).handler(base);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.headers["x-amzn-errortype"]).toBe("RequestTooLargeException");
  });

  test("a decoded path is percent-encoded again before routing", async () => {
    const { seen, handler } = app();
    await handler({ ...fixture<ApiGatewayV1Event>("apigw-v1-get.json"), path: "/pokemon/café" });
    expect(seen[0]!.ctx.request.path).toBe("/pokemon/caf%C3%A9");
    expect(seen[0]!.input).toMatchObject({ name: "café" });
  });
});

describe("API Gateway HTTP API (payload 2.0)", () => {
  test("GET with cookies, a repeated query key, form-encoded spaces and a named stage", async () => {
    const { seen, handler } = app();
    const result = await handler(fixture<ApiGatewayV2Event>("apigw-v2-get.json"));
    expect(result).toEqual({
      statusCode: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "pikachu", lang: "fr", level: 1 }),
      isBase64Encoded: false,
    });
    const { ctx } = seen[0]!;
    expect(ctx.request.path).toBe("/pokemon/pikachu");
    expect(ctx.request.query).toEqual([["lang", "fr"], ["tag", "a"], ["tag", "b"], ["note", "café au lait"]]);
    expect(ctx.request.headers["cookie"]).toBe("session=abc123; theme=dark");
    expect(ctx.requestId).toBe("JKJaXmPLvHcESHA=");
  });

  test("POST with a base64 body on the $default stage", async () => {
    const { seen, handler } = app();
    const result = await handler(fixture<ApiGatewayV2Event>("apigw-v2-post-base64.json"));
    expect(result.statusCode).toBe(201);
    expect(JSON.parse(result.body)).toEqual({ caught: "eevee/great/2" });
    expect(seen[0]!.input).toEqual({ name: "eevee", ball: "great", attempts: 2 });
  });

  test("Set-Cookie goes to the cookies list", async () => {
    const { handler } = app();
    const event = { ...fixture<ApiGatewayV2Event>("apigw-v2-get.json"), rawPath: "/prod/health", headers: { accept: "text/plain" } };
    const result = await handler(event);
    expect(result).toMatchObject({ statusCode: 200, cookies: ["seen=1; Path=/"], isBase64Encoded: true });
    expect(result.headers["set-cookie"]).toBeUndefined();
  });

  test("the signal aborts shortly before Lambda's deadline", async () => {
    const { seen, handler } = app();
    await handler(fixture<ApiGatewayV2Event>("apigw-v2-get.json"), { awsRequestId: "ctx-id", getRemainingTimeInMillis: () => 260 });
    const signal = seen[0]!.ctx.signal;
    expect(signal.aborted).toBe(false);
    await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
    expect(signal.aborted).toBe(true);
  });

  test("malformed query strings and non-proxy events answer 400", async () => {
    const { handler } = app();
    expect((await handler({ ...fixture<ApiGatewayV2Event>("apigw-v2-get.json"), rawQueryString: "a=%E0%A4" })).statusCode).toBe(400);
    expect((await handler({ version: "2.0" } as unknown as ApiGatewayV2Event)).statusCode).toBe(400);
  });
});
