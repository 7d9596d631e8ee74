// One table of requests, answered by the same service through every entry point: the core
// `handle`, the node:http listener (over a real socket), the Fetch handler, and the Lambda
// handler for API Gateway v1 and v2 events. Every adapter must answer identically.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { toNodeListener } from "../../src/node/server-adapter.js";
import type { ApiGatewayV1Event, ApiGatewayV2Event } from "../../src/server/adapters/lambda.js";
import { storeApp } from "../server/real-services.js";
import { bodyText } from "../server/support.js";

interface Case {
  readonly name: string;
  readonly method: string;
  readonly target: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
  readonly status: number;
}

const json = { "content-type": "application/json" };
const CASES: Case[] = [
  { name: "GET with label and query", method: "GET", target: "/items/abc-1?verbose=yes", status: 200 },
  { name: "percent-encoded label", method: "GET", target: "/items/a%2Db", status: 200 },
  { name: "modeled error", method: "GET", target: "/items/missing", status: 404 },
  { name: "valid PUT", method: "PUT", target: "/items/x", headers: json, body: '{"code":"123","tags":["a","b"],"quantity":5}', status: 200 },
  { name: "validation error", method: "PUT", target: "/items/x", headers: json, body: '{"code":"12a","quantity":0}', status: 400 },
  { name: "runtime validation error", method: "DELETE", target: "/items/much-too-long", status: 400 },
  { name: "204", method: "DELETE", target: "/items/x", status: 204 },
  { name: "unknown path", method: "GET", target: "/nothing/here", status: 404 },
  { name: "wrong method", method: "POST", target: "/items/x", headers: json, body: "{}", status: 405 },
  { name: "wrong media type", method: "PUT", target: "/items/x", headers: { "content-type": "text/plain" }, body: '{"code":"1"}', status: 415 },
  { name: "truncated JSON", method: "PUT", target: "/items/x", headers: json, body: '{"code":"12', status: 400 },
  { name: "invalid UTF-8", method: "PUT", target: "/items/x", headers: json, body: new Uint8Array([0x7b, 0x22, 0x63, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), status: 400 },
  { name: "unmodeled failure", method: "GET", target: "/items/boom", status: 500 },
  { name: "body over the limit", method: "PUT", target: "/items/x", headers: json, body: `{"code":"${"1".repeat(5000)}"}`, status: 413 },
  { name: "bad query encoding", method: "GET", target: "/items/x?verbose=%E0%A4", status: 400 },
];

const LIMITS = { maxRequestBodyBytes: 4096 };

interface Answer {
  status: number;
  contentType: string | undefined;
  errorType: string | undefined;
  body: string;
}

const bytesOf = (body: string | Uint8Array | undefined): Uint8Array | undefined => (typeof body === "string" ? new TextEncoder().encode(body) : body);
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");

function splitTarget(target: string): { path: string; query: string } {
  const q = target.indexOf("?");
  return q < 0 ? { path: target, query: "" } : { path: target.slice(0, q), query: target.slice(q + 1) };
}

async function viaHandle(c: Case): Promise<Answer> {
  const { service } = storeApp({ limits: LIMITS });
  const { path, query } = splitTarget(c.target);
  const pairs = query === "" ? [] : query.split("&").map((p): [string, string] => {
    const [k, v = ""] = p.split("=");
    try {
      return [decodeURIComponent(k!), decodeURIComponent(v)];
    } catch {
      return [k!, v];
    }
  });
  // The core takes decoded query pairs; a query the adapters reject never reaches it.
  if (c.name === "bad query encoding") return viaFetch(c);
  const res = await service.handle({ method: c.method, protocol: "http:", hostname: "localhost", path, query: pairs, headers: { ...c.headers }, body: bytesOf(c.body) });
  // Adapters never send a body with a 204, whatever the protocol produced.
  const body = res.statusCode === 204 ? "" : await bodyText(res);
  return { status: res.statusCode, contentType: res.headers["content-type"], errorType: res.headers["x-amzn-errortype"], body };
}

async function fromFetchResponse(res: Response): Promise<Answer> {
  return { status: res.status, contentType: res.headers.get("content-type") ?? undefined, errorType: res.headers.get("x-amzn-errortype") ?? undefined, body: await res.text() };
}

async function viaFetch(c: Case): Promise<Answer> {
  const { service } = storeApp({ limits: LIMITS });
  const init: RequestInit = { method: c.method, headers: c.headers ?? {} };
  if (c.body !== undefined) init.body = bytesOf(c.body) as Uint8Array<ArrayBuffer>;
  return fromFetchResponse(await service.fetch(new Request(`http://store.example${c.target}`, init)));
}

async function viaLambdaV1(c: Case): Promise<Answer> {
  const { service } = storeApp({ limits: LIMITS });
  const { path, query } = splitTarget(c.target);
  const multi: Record<string, string[]> = {};
  for (const part of query === "" ? [] : query.split("&")) {
    const [k, v = ""] = part.split("=");
    // API Gateway hands over decoded values; a malformed escape reaches the function as is.
    let value = v;
    try {
      value = decodeURIComponent(v);
    } catch {
      return viaFetch(c);
    }
    (multi[k!] ??= []).push(value);
  }
  const body = bytesOf(c.body);
  const event: ApiGatewayV1Event = {
    httpMethod: c.method,
    path,
    multiValueHeaders: Object.fromEntries(Object.entries({ host: "store.example", ...c.headers }).map(([k, v]) => [k, [v]])),
    multiValueQueryStringParameters: query === "" ? null : multi,
    body: body === undefined ? null : base64(body),
    isBase64Encoded: body !== undefined,
    requestContext: { requestId: "v1-request" },
  };
  const r = await service.toLambdaHandler()(event);
  const text = r.isBase64Encoded ? Buffer.from(r.body, "base64").toString("utf8") : r.body;
  return { status: r.statusCode, contentType: r.headers["content-type"], errorType: r.headers["x-amzn-errortype"], body: text };
}

async function viaLambdaV2(c: Case): Promise<Answer> {
  const { service } = storeApp({ limits: LIMITS });
  const { path, query } = splitTarget(c.target);
  const body = bytesOf(c.body);
  const event: ApiGatewayV2Event = {
    version: "2.0",
    rawPath: path,
    rawQueryString: query,
    headers: { host: "store.example", ...c.headers },
    ...(body === undefined ? {} : { body: base64(body) }),
    isBase64Encoded: body !== undefined,
    requestContext: { http: { method: c.method }, requestId: "v2-request", stage: "$default" },
  };
  const r = await service.toLambdaHandler()(event);
  const text = r.isBase64Encoded ? Buffer.from(r.body, "base64").toString("utf8") : r.body;
  return { status: r.statusCode, contentType: r.headers["content-type"], errorType: r.headers["x-amzn-errortype"], body: text };
}

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer(toNodeListener(storeApp({ limits: LIMITS }).service));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function viaNode(c: Case): Promise<Answer> {
  const init: RequestInit = { method: c.method, headers: c.headers ?? {} };
  if (c.body !== undefined) init.body = bytesOf(c.body) as Uint8Array<ArrayBuffer>;
  return fromFetchResponse(await fetch(`${base}${c.target}`, init));
}

describe("every adapter answers the shared table identically", () => {
  test.each(CASES)("$name -> $status", async (c) => {
    const reference = await viaHandle(c);
    expect(reference.status).toBe(c.status);
    const answers = {
      node: await viaNode(c),
      fetch: await viaFetch(c),
      lambdaV1: await viaLambdaV1(c),
      lambdaV2: await viaLambdaV2(c),
    };
    for (const [adapter, answer] of Object.entries(answers)) {
      expect({ adapter, ...answer }).toEqual({ adapter, ...reference });
    }
  });
});
