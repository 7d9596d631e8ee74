// Auth scheme selection and the HTTP signers.
import { describe, expect, test } from "vitest";
import { NO_AUTH, type AuthScheme, type Identity } from "../../src/client/auth/auth-scheme.js";
import { httpApiKeyAuthScheme, httpBasicAuthScheme, httpBearerAuthScheme } from "../../src/client/auth/http-auth.js";
import { Client } from "../../src/client/client.js";
import type { ClientConfig } from "../../src/client/config.js";
import { ConstructionError } from "../../src/errors.js";
import type { ServiceSchema } from "../../src/schema/schema.js";
import { FakeProtocol, GET_THING, ScriptedHttpClient, SERVICE, json, operation } from "./fakes.js";

const BEARER = "smithy.api#httpBearerAuth";
const API_KEY = "smithy.api#httpApiKeyAuth";
const BASIC = "smithy.api#httpBasicAuth";

function service(authSchemes: ServiceSchema["authSchemes"]): ServiceSchema {
  return { ...SERVICE, authSchemes };
}

async function send(svc: ServiceSchema, config: ClientConfig, op = GET_THING, schemes: AuthScheme[] = [httpBearerAuthScheme, httpApiKeyAuthScheme, httpBasicAuthScheme]) {
  const http = new ScriptedHttpClient(json(200, {}));
  const c = new Client({ service: svc, protocol: new FakeProtocol(), authSchemes: schemes }, { endpoint: "https://api.example.com", httpClient: http, ...config });
  await c.send(op, {});
  return http.requests[0]!;
}

describe("signers", () => {
  test("bearer token from a string, an identity, or an async provider", async () => {
    const svc = service([{ id: BEARER, settings: {} }]);
    expect((await send(svc, { token: "t1" })).headers["authorization"]).toBe("Bearer t1");
    expect((await send(svc, { token: { token: "t2" } })).headers["authorization"]).toBe("Bearer t2");
    expect((await send(svc, { token: async () => ({ token: "t3" }) })).headers["authorization"]).toBe("Bearer t3");
  });

  test("api key in a header, with and without a scheme", async () => {
    const withScheme = service([{ id: API_KEY, settings: { name: "Authorization", in: "header", scheme: "ApiKey" } }]);
    expect((await send(withScheme, { apiKey: "k" })).headers["authorization"]).toBe("ApiKey k");
    const plain = service([{ id: API_KEY, settings: { name: "X-Api-Key", in: "header" } }]);
    expect((await send(plain, { apiKey: { apiKey: "k2" } })).headers["x-api-key"]).toBe("k2");
  });

  test("api key in the query string", async () => {
    const svc = service([{ id: API_KEY, settings: { name: "api_key", in: "query" } }]);
    expect((await send(svc, { apiKey: "k" })).query).toEqual([["api_key", "k"]]);
  });

  test("basic auth", async () => {
    const svc = service([{ id: BASIC, settings: {} }]);
    const request = await send(svc, { basicAuth: { username: "aladdin", password: "opensesame" } });
    expect(request.headers["authorization"]).toBe("Basic YWxhZGRpbjpvcGVuc2VzYW1l");
    await expect(send(svc, { basicAuth: { username: "a:b", password: "x" } })).rejects.toThrow(/must not contain ':'/);
  });

  test("signers never mutate the request they are given", async () => {
    const request = { method: "GET", protocol: "https:" as const, hostname: "h", path: "/", query: [], headers: { a: "1" }, body: undefined };
    const signed = await httpBearerAuthScheme.sign(request, { token: "t" }, {});
    expect(request.headers).toEqual({ a: "1" });
    expect(signed.headers).toEqual({ a: "1", authorization: "Bearer t" });
  });

  test("invalid identity config is a construction error at client creation", () => {
    const svc = service([{ id: BEARER, settings: {} }]);
    const make = () => new Client({ service: svc, protocol: new FakeProtocol(), authSchemes: [httpBearerAuthScheme] }, { token: 42 });
    expect(make).toThrow(ConstructionError);
    expect(make).toThrow('Invalid client config "token": expected a string or { token }, or a function returning one.');
  });
});

describe("selection", () => {
  const both = service([
    { id: BEARER, settings: {} },
    { id: API_KEY, settings: { name: "x-key", in: "header" } },
  ]);

  test("the first scheme (in priority order) with an identity wins", async () => {
    expect((await send(both, { token: "t", apiKey: "k" })).headers).toMatchObject({ authorization: "Bearer t" });
    const onlyKey = await send(both, { apiKey: "k" });
    expect(onlyKey.headers["x-key"]).toBe("k");
    expect(onlyKey.headers["authorization"]).toBeUndefined();
  });

  test("operation auth overrides the service's list; authSchemePreference reorders", async () => {
    const op = operation({ traits: { auth: [API_KEY, BEARER] } });
    expect((await send(both, { token: "t", apiKey: "k" }, op)).headers["x-key"]).toBe("k");
    expect((await send(both, { token: "t", apiKey: "k", authSchemePreference: [BEARER] }, op)).headers["authorization"]).toBe("Bearer t");
  });

  test("no identity: a construction error naming the config keys", async () => {
    const error = await send(both, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConstructionError);
    expect((error as Error).message).toBe(
      `GetThing requires authentication but the client has no identity for it; configure one of: ${BEARER} (set "token"), ${API_KEY} (set "apiKey").`,
    );
  });

  test("@optionalAuth, noAuth and an empty auth list send anonymously", async () => {
    expect((await send(both, {}, operation({ traits: { optionalAuth: true } }))).headers["authorization"]).toBeUndefined();
    expect((await send(both, {}, operation({ traits: { auth: [BEARER, NO_AUTH] } }))).headers["authorization"]).toBeUndefined();
    expect((await send(both, { token: "t" }, operation({ traits: { auth: [] } }))).headers["authorization"]).toBeUndefined();
    expect((await send(service([]), {})).headers["authorization"]).toBeUndefined();
  });

  test("custom schemes and identityProviders", async () => {
    const custom: AuthScheme<Identity & { secret: string }> = {
      schemeId: "example#custom",
      configKey: "secret",
      identityProvider: () => undefined,
      sign: (request, identity) => ({ ...request, headers: { ...request.headers, "x-secret": identity.secret } }),
    };
    const svc = service([{ id: "example#custom", settings: {} }]);
    const secretProvider = () => ({ secret: "s" });
    const request = await send(svc, { authSchemes: [custom as AuthScheme], identityProviders: { "example#custom": secretProvider } });
    expect(request.headers["x-secret"]).toBe("s");
    const missing = await send(svc, {}, GET_THING, []).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/example#custom \(no signer: add an AuthScheme to "authSchemes"\)/);
  });

  test("identities are resolved per attempt", async () => {
    const svc = service([{ id: BEARER, settings: {} }]);
    let n = 0;
    const http = new ScriptedHttpClient({ statusCode: 503, headers: { "x-error": "ServiceUnavailable" }, body: "{}" }, json(200, {}));
    const c = new Client(
      { service: svc, protocol: new FakeProtocol(), authSchemes: [httpBearerAuthScheme] },
      { endpoint: "https://x.example", httpClient: http, token: () => ({ token: `t${++n}` }), sleep: async () => {} },
    );
    await c.send(GET_THING, {});
    expect(http.requests.map((r) => r.headers["authorization"])).toEqual(["Bearer t1", "Bearer t2"]);
  });
});
