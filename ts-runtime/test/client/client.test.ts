// The client core: endpoints, host prefixes, $metadata, error messages, fluent builders.
import { describe, expect, test } from "vitest";
import { Client, OperationRequest } from "../../src/client/client.js";
import { ConstructionError, DispatchError, ResponseError, ServiceError } from "../../src/errors.js";
import { STRING } from "../../src/schema/prelude.js";
import type { OperationSchema, StructureSchema } from "../../src/schema/schema.js";
import { FakeProtocol, GET_THING, NotFound, ScriptedHttpClient, SERVICE, failure, json, operation } from "./fakes.js";

function client(http: ScriptedHttpClient, config: ConstructorParameters<typeof Client>[1] = {}) {
  return new Client({ service: SERVICE, protocol: new FakeProtocol() }, { endpoint: "https://api.example.com", httpClient: http, maxAttempts: 1, ...config });
}

describe("Client.send", () => {
  test("serializes, applies the endpoint, sends, and returns the output with $metadata", async () => {
    const http = new ScriptedHttpClient(json(200, { name: "pikachu" }, { "x-amzn-requestid": "req-1" }));
    const output = await client(http).send(GET_THING, { id: "25" });
    expect(output).toEqual({ name: "pikachu", $metadata: { httpStatusCode: 200, requestId: "req-1", attempts: 1, totalRetryDelay: 0 } });
    const sent = http.requests[0]!;
    expect(sent).toMatchObject({ method: "POST", protocol: "https:", hostname: "api.example.com", path: "/GetThing", body: '{"id":"25"}' });
    expect(sent.port).toBeUndefined();
  });

  test("endpoint port and base path", async () => {
    const http = new ScriptedHttpClient(json(200, {}));
    await client(http, { endpoint: "http://localhost:8080/custom/" }).send(GET_THING, {});
    expect(http.requests[0]).toMatchObject({ protocol: "http:", hostname: "localhost", port: 8080, path: "/custom/GetThing" });
  });

  test("IPv6 endpoints lose their brackets in the request", async () => {
    const http = new ScriptedHttpClient(json(200, {}));
    await client(http, { endpoint: "http://[::1]:9000" }).send(GET_THING, {});
    expect(http.requests[0]).toMatchObject({ hostname: "::1", port: 9000 });
  });

  test("an endpoint resolver is called per call", async () => {
    const http = new ScriptedHttpClient(json(200, {}));
    const seen: string[] = [];
    const c = client(http, {
      endpoint: ({ operation, input }) => {
        seen.push(`${operation.name}:${String(input["id"])}`);
        return new URL(`https://${String(input["id"])}.example.com`);
      },
    });
    await c.send(GET_THING, { id: "tenant1" });
    expect(seen).toEqual(["GetThing:tenant1"]);
    expect(http.requests[0]!.hostname).toBe("tenant1.example.com");
  });

  test.each([
    ["not a url", /Invalid endpoint "not a url"/],
    ["ftp://example.com", /only http: and https:/],
    ["https://example.com/?a=1", /query string/],
    ["https://user:pw@example.com", /credentials in the URL/],
  ])("invalid endpoint %s is a construction error", (endpoint, message) => {
    const http = new ScriptedHttpClient(json(200, {}));
    expect(() => client(http, { endpoint })).toThrow(message);
    expect(() => client(http, { endpoint })).toThrow(ConstructionError);
  });

  test("a missing endpoint fails the call with a construction error naming the fix", async () => {
    const c = new Client({ service: SERVICE, protocol: new FakeProtocol() }, { httpClient: new ScriptedHttpClient(json(200, {})) });
    const error = await c.send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConstructionError);
    expect((error as Error).message).toBe('GetThing: no endpoint is configured; pass "endpoint" (e.g. "https://api.example.com") in the client config.');
    expect((error as ConstructionError).$metadata).toEqual({ attempts: 0, totalRetryDelay: 0 });
  });

  test("a missing HTTP client is a construction error", async () => {
    const c = new Client({ service: SERVICE, protocol: new FakeProtocol() }, { endpoint: "https://x.example" });
    await expect(c.send(GET_THING, {})).rejects.toThrow(/no HTTP client is configured/);
  });

  test("the spec's default HTTP client is used and destroyed with the client", async () => {
    const http = Object.assign(new ScriptedHttpClient(json(200, {})), { destroyed: 0, destroy() { this.destroyed++; } });
    const c = new Client({ service: SERVICE, protocol: new FakeProtocol(), defaultHttpClient: () => http }, { endpoint: "https://x.example" });
    await c.send(GET_THING, {});
    c.destroy();
    expect(http.requests).toHaveLength(1);
    expect(http.destroyed).toBe(1);
  });

  test("a user-supplied HTTP client is not destroyed by the client", () => {
    const http = Object.assign(new ScriptedHttpClient(json(200, {})), { destroyed: 0, destroy() { this.destroyed++; } });
    client(http).destroy();
    expect(http.destroyed).toBe(0);
  });
});

describe("host prefix", () => {
  const hostLabelInput: StructureSchema = {
    kind: "structure",
    id: "test#HostInput",
    traits: {},
    members: [{ name: "label", target: STRING, traits: { hostLabel: true } }],
  };
  const withPrefix: OperationSchema = operation({ input: hostLabelInput, traits: { endpointHostPrefix: "foo.{label}." } });

  test("expands @hostLabel members into the host", async () => {
    const http = new ScriptedHttpClient(json(200, {}));
    await client(http, { endpoint: "https://example.com" }).send(withPrefix, { label: "bar" });
    expect(http.requests[0]!.hostname).toBe("foo.bar.example.com");
  });

  test("a static prefix", async () => {
    const http = new ScriptedHttpClient(json(200, {}));
    await client(http, { endpoint: "https://example.com" }).send(operation({ traits: { endpointHostPrefix: "data." } }), {});
    expect(http.requests[0]!.hostname).toBe("data.example.com");
  });

  test("disableHostPrefix", async () => {
    const http = new ScriptedHttpClient(json(200, {}));
    await client(http, { endpoint: "https://example.com", disableHostPrefix: true }).send(withPrefix, { label: "bar" });
    expect(http.requests[0]!.hostname).toBe("example.com");
  });

  test.each([["bad_label"], ["-x"], ["a.b"], [""]])("rejects %j as a host label", async (label) => {
    const http = new ScriptedHttpClient(json(200, {}));
    const error = await client(http).send(withPrefix, { label }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConstructionError);
    expect((error as Error).message).toMatch(/^GetThing: input member "label" is used in the endpoint host/);
    expect(http.requests).toHaveLength(0);
  });

  test("a missing host label", async () => {
    const error = await client(new ScriptedHttpClient(json(200, {}))).send(withPrefix, {}).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/"label" is used in the endpoint host but is missing/);
  });
});

describe("errors", () => {
  test("modeled errors are instances of their class and name operation, status and code", async () => {
    const http = new ScriptedHttpClient(failure(404, "NotFound", "no such thing", { "x-amzn-requestid": "r-9" }));
    const error = await client(http).send(GET_THING, { id: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toBeInstanceOf(ServiceError);
    const e = error as NotFound;
    expect(e.message).toBe("GetThing failed with HTTP 404 NotFound: no such thing");
    expect(e.stack?.split("\n")[0]).toBe("NotFound: GetThing failed with HTTP 404 NotFound: no such thing");
    expect(e.kind).toBe("service");
    expect(e.$metadata).toEqual({ httpStatusCode: 404, requestId: "r-9", attempts: 1, totalRetryDelay: 0 });
  });

  test("unmodeled error codes become a ServiceError with the code", async () => {
    const http = new ScriptedHttpClient(failure(400, "Weird"));
    const error = (await client(http).send(GET_THING, {}).catch((e: unknown) => e)) as ServiceError;
    expect(error.constructor).toBe(ServiceError);
    expect(error.code).toBe("Weird");
    expect(error.message).toBe("GetThing failed with HTTP 400 Weird");
  });

  test("a transport failure is a dispatch error naming operation and host", async () => {
    const http = new ScriptedHttpClient(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const error = await client(http, { endpoint: "http://127.0.0.1:1" }).send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DispatchError);
    expect((error as Error).message).toBe("GetThing: sending the request to http://127.0.0.1:1 failed: connect ECONNREFUSED");
    expect((error as DispatchError).cause).toMatchObject({ code: "ECONNREFUSED" });
    expect((error as DispatchError).$metadata).toEqual({ attempts: 1, totalRetryDelay: 0 });
  });

  test("an unparseable response is a response error with the status", async () => {
    const http = new ScriptedHttpClient({ statusCode: 200, headers: {}, body: "<html>" });
    const error = await client(http).send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toMatch(/^GetThing: could not read the HTTP 200 response: /);
    expect((error as ResponseError).$metadata.httpStatusCode).toBe(200);
  });

  test("a body left unread by a failed deserialization is released", async () => {
    const protocol = new FakeProtocol();
    protocol.deserializeResponse = async () => {
      throw new TypeError("bad header");
    };
    let destroyed = 0;
    const iterable = { destroy: () => void destroyed++, async *[Symbol.asyncIterator]() {} };
    let cancelled = 0;
    const stream = new ReadableStream<Uint8Array>({ cancel: () => void cancelled++ });
    for (const body of [iterable, stream]) {
      const http = new ScriptedHttpClient({ statusCode: 200, headers: {}, body });
      const c = new Client({ service: SERVICE, protocol }, { endpoint: "https://x.example", httpClient: http, maxAttempts: 1 });
      await expect(c.send(GET_THING, {})).rejects.toBeInstanceOf(ResponseError);
    }
    expect([destroyed, cancelled]).toEqual([1, 1]);
  });

  test("a serializer failure is a construction error", async () => {
    const protocol = new FakeProtocol();
    protocol.serializeRequest = async () => {
      throw new TypeError("bad input");
    };
    const c = new Client({ service: SERVICE, protocol }, { endpoint: "https://x.example", httpClient: new ScriptedHttpClient(json(200, {})) });
    const error = await c.send(GET_THING, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConstructionError);
    expect((error as Error).message).toBe("GetThing: could not serialize the request: bad input");
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});

describe("idempotency tokens", () => {
  test("the default generator makes UUID v4s; config can replace it", async () => {
    const protocol = new FakeProtocol();
    const http = new ScriptedHttpClient(json(200, {}));
    await new Client({ service: SERVICE, protocol }, { endpoint: "https://x.example", httpClient: http }).send(GET_THING, {});
    const token = protocol.contexts[0]!.idempotencyToken();
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(protocol.contexts[0]!.idempotencyToken()).not.toBe(token);
    await new Client({ service: SERVICE, protocol }, { endpoint: "https://x.example", httpClient: http, idempotencyToken: () => "fixed" }).send(GET_THING, {});
    expect(protocol.contexts[1]!.idempotencyToken()).toBe("fixed");
  });
});

class GetThingRequest extends OperationRequest<{ id?: string; tags?: string[]; labels?: Record<string, string> }, { name?: string }> {
  id(value: string): this {
    return this.$set("id", value);
  }
  tags(...values: string[]): this {
    return this.$append("tags", values);
  }
  setTags(values: string[]): this {
    return this.$set("tags", values);
  }
  labels(key: string, value: string): this {
    return this.$insert("labels", key, value);
  }
}

describe("OperationRequest (fluent builder base)", () => {
  test("setters, list append, map insert, replacement; the caller's object is untouched", async () => {
    const http = new ScriptedHttpClient(json(200, { name: "n" }));
    const c = client(http);
    const original = { tags: ["a"], labels: { x: "1" } };
    const request = new GetThingRequest(c, GET_THING, original).id("7").tags("b", "c").labels("y", "2");
    expect(request.$input).toEqual({ id: "7", tags: ["a", "b", "c"], labels: { x: "1", y: "2" } });
    expect(original).toEqual({ tags: ["a"], labels: { x: "1" } });
    request.setTags(["z"]);
    const output = await request.send();
    expect(output.name).toBe("n");
    expect(JSON.parse(http.requests[0]!.body as string)).toEqual({ id: "7", tags: ["z"], labels: { x: "1", y: "2" } });
  });

  test("customize adds per-call interceptors and config for that call only", async () => {
    const http = new ScriptedHttpClient(json(200, {}));
    const c = client(http, { endpoint: "https://a.example" });
    const seen: string[] = [];
    await new GetThingRequest(c, GET_THING)
      .customize({ interceptors: [{ readBeforeTransmit: (ctx) => void seen.push(ctx.request.hostname) }] })
      .customize({ config: { endpoint: "https://b.example" } })
      .send();
    await new GetThingRequest(c, GET_THING).send();
    expect(seen).toEqual(["b.example"]);
    expect(http.requests.map((r) => r.hostname)).toEqual(["b.example", "a.example"]);
  });
});
