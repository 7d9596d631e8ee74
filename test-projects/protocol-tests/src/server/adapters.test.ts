// One generated service, one table of requests, four ways in: node:http (a real loopback
// server), the Fetch API (`app.fetch`), and AWS Lambda behind API Gateway REST (v1) and HTTP
// (v2) events. Every way must give the same status, error type, content type and body, and
// those must be what the table expects.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { utf8Decode, utf8Encode } from "../runtime.js";
import { RecordingLogger } from "./generated-server.js";
import { loadPokemonServer } from "./pokemon-fixture.js";
import { toNodeListener, type ApiGatewayV1Event, type ApiGatewayV1Result, type ApiGatewayV2Event, type Service } from "./server-runtime.js";

interface Case {
  readonly name: string;
  readonly method: string;
  /** Percent-encoded path, then an optional raw query. */
  readonly path: string;
  readonly query?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  readonly status: number;
  readonly errorType?: string;
  readonly json?: unknown;
}

const JSON_HEADERS = { "content-type": "application/json" };

const CASES: readonly Case[] = [
  { name: "a label", method: "GET", path: "/pokemon/pikachu", status: 200, json: { name: "pikachu", level: 5 } },
  { name: "a percent-encoded UTF-8 label", method: "GET", path: "/pokemon/%C3%A9voli", status: 200, json: { name: "évoli", level: 5 } },
  { name: "a query member with its default", method: "GET", path: "/pokemon/pikachu", query: "lang=fr", status: 200, json: { name: "pikachu", level: 5 } },
  { name: "a modeled error", method: "GET", path: "/pokemon/missingno", status: 404, errorType: "PokemonNotFound", json: { message: "who?" } },
  { name: "an enum violation in the query", method: "GET", path: "/pokemon/pikachu", query: "lang=xx", status: 400, errorType: "ValidationException" },
  {
    name: "a JSON body and a header",
    method: "POST",
    path: "/pokemon/mew/catch",
    headers: { ...JSON_HEADERS, "x-trainer": "ash" },
    body: '{"ball":"ultra"}',
    status: 200,
    json: { caught: true },
  },
  {
    name: "a pattern violation",
    method: "POST",
    path: "/pokemon/mew/catch",
    headers: JSON_HEADERS,
    body: '{"ball":"master"}',
    status: 400,
    errorType: "ValidationException",
    json: {
      message: "1 validation error detected. Value at '/ball' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(poke|great|ultra)$",
      fieldList: [{ path: "/ball", message: "Value at '/ball' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(poke|great|ultra)$" }],
    },
  },
  { name: "malformed JSON", method: "POST", path: "/pokemon/mew/catch", headers: JSON_HEADERS, body: '{"ball":', status: 400, errorType: "SerializationException" },
  { name: "a body without Content-Type", method: "POST", path: "/pokemon/mew/catch", body: '{"ball":"poke"}', status: 415, errorType: "UnsupportedMediaTypeException" },
  {
    name: "a binary payload",
    method: "PUT",
    path: "/sprites/bulbasaur",
    headers: { "content-type": "application/octet-stream" },
    body: new Uint8Array([0, 255, 1, 128, 2]),
    status: 200,
  },
  { name: "no such route", method: "GET", path: "/nowhere", status: 404, errorType: "UnknownOperationException" },
  { name: "a route with another method", method: "DELETE", path: "/pokemon/pikachu", status: 405, errorType: "MethodNotAllowedException" },
  { name: "a Unit operation", method: "GET", path: "/ping", status: 200 },
];

/** What every adapter must agree on. */
interface Outcome {
  readonly status: number;
  readonly errorType: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
}

let app: Service;
let server: Server;
let origin: string;
const spriteSizes: number[] = [];

beforeAll(async () => {
  const pokemon = await loadPokemonServer("adapters");
  const config = pokemon.PokemonServiceConfig.builder().logger(new RecordingLogger()).build();
  app = pokemon.PokemonService.builder(config)
    .getPokemon((input) => {
      if (input.name === "missingno") throw new pokemon.PokemonNotFound({ message: "who?" });
      return { name: input.name, level: 5 };
    })
    .catchPokemon((input, ctx) => ({ caught: input.ball === "ultra" && ctx.request.headers["x-trainer"] === "ash" }))
    .uploadSprite(async (input) => {
      spriteSizes.push((await input.image.bytes()).length);
      return {};
    })
    .ping(() => ({}))
    .build();
  server = createServer(toNodeListener(app));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function target(c: Case): string {
  return c.query === undefined ? c.path : `${c.path}?${c.query}`;
}

function bodyOf(c: Case): Uint8Array | undefined {
  return typeof c.body === "string" ? utf8Encode(c.body) : c.body;
}

async function fromResponse(response: Response): Promise<Outcome> {
  return {
    status: response.status,
    errorType: response.headers.get("x-amzn-errortype") ?? undefined,
    contentType: response.headers.get("content-type") ?? undefined,
    body: utf8Decode(new Uint8Array(await response.arrayBuffer())),
  };
}

function requestInit(c: Case): RequestInit {
  const body = bodyOf(c);
  return { method: c.method, headers: { ...c.headers }, ...(body === undefined ? {} : { body: body as Uint8Array<ArrayBuffer> }) };
}

const viaNode = async (c: Case): Promise<Outcome> => fromResponse(await fetch(`${origin}${target(c)}`, requestInit(c)));

const viaFetch = async (c: Case): Promise<Outcome> => fromResponse(await app.fetch(new Request(`http://api.example.com${target(c)}`, requestInit(c))));

function lambdaBody(c: Case): { body: string | null; isBase64Encoded: boolean } {
  if (c.body === undefined) return { body: null, isBase64Encoded: false };
  if (typeof c.body === "string") return { body: c.body, isBase64Encoded: false };
  return { body: Buffer.from(c.body).toString("base64"), isBase64Encoded: true };
}

function fromLambda(result: ApiGatewayV1Result): Outcome {
  const header = (name: string): string | undefined => Object.entries(result.headers).find(([k]) => k.toLowerCase() === name)?.[1];
  return {
    status: result.statusCode,
    errorType: header("x-amzn-errortype"),
    contentType: header("content-type"),
    body: result.isBase64Encoded ? utf8Decode(Buffer.from(result.body, "base64")) : result.body,
  };
}

/** API Gateway hands Lambda the path decoded, and REST APIs the query decoded too. */
const viaLambdaV1 = async (c: Case): Promise<Outcome> => {
  const query = new URLSearchParams(c.query ?? "");
  const multi: Record<string, string[]> = {};
  for (const [k, v] of query) (multi[k] ??= []).push(v);
  const headers = { host: "api.example.com", ...c.headers };
  const event: ApiGatewayV1Event = {
    httpMethod: c.method,
    path: decodeURIComponent(c.path),
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: c.query === undefined ? null : Object.fromEntries(query),
    multiValueQueryStringParameters: c.query === undefined ? null : multi,
    requestContext: { requestId: "v1-request", domainName: "api.example.com" },
    ...lambdaBody(c),
  };
  return fromLambda(await app.toLambdaHandler()(event));
};

const viaLambdaV2 = async (c: Case): Promise<Outcome> => {
  const event: ApiGatewayV2Event = {
    version: "2.0",
    rawPath: decodeURIComponent(c.path),
    rawQueryString: c.query ?? "",
    headers: { host: "api.example.com", ...c.headers },
    requestContext: { http: { method: c.method }, requestId: "v2-request", domainName: "api.example.com", stage: "$default" },
    ...lambdaBody(c),
  };
  return fromLambda(await app.toLambdaHandler()(event));
};

const ADAPTERS: readonly (readonly [string, (c: Case) => Promise<Outcome>])[] = [
  ["node:http", viaNode],
  ["fetch", viaFetch],
  ["lambda v1", viaLambdaV1],
  ["lambda v2", viaLambdaV2],
];

describe("the same generated service through node:http, Fetch and Lambda", () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const outcomes = await Promise.all(ADAPTERS.map(async ([name, run]) => [name, await run(c)] as const));
      const [, first] = outcomes[0]!;
      for (const [name, outcome] of outcomes) expect(outcome, name).toEqual(first);
      expect(first.status).toBe(c.status);
      expect(first.errorType).toBe(c.errorType);
      if (c.json !== undefined) {
        expect(first.contentType).toBe("application/json");
        expect(JSON.parse(first.body)).toEqual(c.json);
      }
    });
  }

  test("the binary payload reached the handler intact through every adapter", () => {
    expect(spriteSizes).toEqual(ADAPTERS.map(() => 5));
  });
});
