// The generated weather client, run: its package is written to a scratch directory whose
// @smithy-ts/runtime is this repository's built runtime, then imported and called.
//   - with a fake HTTP client: both input styles, fluent setters, idempotency tokens,
//     pagination, per-call interceptors, the low-level path, modeled errors, streaming output;
//   - over loopback, a tiny node:http server: throttling then success, an attempt timeout,
//     abort, and a modeled error.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PackageWorkspace } from "../typecheck.js";
import { generateClient } from "./support.js";
import { weatherModel } from "./weather-model.js";

interface Request {
  readonly method: string;
  readonly hostname: string;
  readonly path: string;
  readonly query: readonly (readonly [string, string])[];
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}
interface Response {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
}
interface Sendable {
  send(options?: { signal?: AbortSignal }): Promise<Record<string, unknown> & { $metadata: Record<string, unknown> }>;
  customize(options: { interceptors?: readonly object[]; config?: object }): Sendable;
  paginate(options?: { pageSize?: number }): AsyncIterable<Record<string, unknown>> & { items(): AsyncIterable<unknown> };
}
type Builder = Sendable & Record<string, (...args: unknown[]) => Builder>;
interface WeatherClient {
  getForecast(input?: object): Builder;
  listCities(input?: object): Builder;
  putReading(input?: object): Builder;
  downloadRadar(): Builder;
  ping(): Builder;
  send(schema: unknown, input: object): Promise<Record<string, unknown>>;
  destroy(): void;
}
type WeatherModule = {
  WeatherClient: new (config: object) => WeatherClient;
  NoSuchCity: abstract new (...args: never[]) => Error;
  ServiceFault: abstract new (...args: never[]) => Error;
  ServiceError: abstract new (...args: never[]) => Error;
  ByteStream: abstract new (...args: never[]) => { text(): Promise<string> };
  GetForecastSchema: unknown;
};

const workspace = new PackageWorkspace("client-behavior");
let weather: WeatherModule;

beforeAll(async () => {
  const dir = workspace.write("weather", generateClient(weatherModel()));
  weather = (await import(pathToFileURL(join(dir, "src/index.ts")).href)) as WeatherModule;
}, 60_000);
afterAll(() => workspace.dispose());

/** Answers from a script and remembers every request. */
class FakeHttpClient {
  readonly requests: Request[] = [];
  constructor(private readonly answer: (r: Request) => Response = () => ({ statusCode: 200, headers: { "content-type": "application/json" }, body: "{}" })) {}
  async handle(request: Request): Promise<Response> {
    this.requests.push(request);
    return this.answer(request);
  }
}

const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): Response => ({
  statusCode,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

function client(http: FakeHttpClient, config: object = {}): WeatherClient {
  return new weather.WeatherClient({ endpoint: "https://weather.example.com", httpClient: http, token: "secret", maxAttempts: 1, ...config });
}

describe("generated client with a fake HTTP client", () => {
  test("object input and the fluent builder send the same request", async () => {
    const http = new FakeHttpClient(() => json(200, { forecast: [] }, { "x-source": "radar" }));
    const c = client(http);
    const a = await c.getForecast({ city: "New York", days: 2, tags: ["a", "b"], units: "metric" }).send();
    await c.getForecast().city("New York").days(2).tags("a").tags("b").units("metric").send();
    expect(http.requests[0]).toEqual(http.requests[1]);
    expect(http.requests[0]).toMatchObject({
      method: "GET",
      hostname: "weather.example.com",
      path: "/forecast/New%20York",
      query: [["days", "2"], ["units", "metric"], ["tag", "a"], ["tag", "b"]],
      headers: { authorization: "Bearer secret", accept: "application/json" },
    });
    expect(a).toEqual({ forecast: [], source: "radar", $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } });
  });

  test("setX replaces a list, maps insert entries, idempotency tokens are filled in", async () => {
    const http = new FakeHttpClient(() => ({ statusCode: 200, headers: {}, body: "" }));
    const c = client(http, { idempotencyToken: () => "token-1" });
    await c.putReading().station("s1").samples(1, null).setSamples([3]).meta("a", "1").meta("b", "2").reading({ celsius: 21.5 }).send();
    const r = http.requests[0]!;
    expect(r).toMatchObject({ method: "PUT", path: "/readings/s1", headers: { "x-token": "token-1", "x-meta-a": "1", "x-meta-b": "2" } });
    expect(JSON.parse(r.body as string)).toEqual({ reading: { celsius: 21.5 }, samples: [3] });
  });

  test("defaults fill missing output members; required members are present", async () => {
    const http = new FakeHttpClient(() => json(200, { forecast: [{ date: 1700000000, high: 20, sky: 1 }] }));
    const out = await client(http).getForecast({ city: "Oslo" }).send();
    expect(out["forecast"]).toEqual([{ date: new Date(1700000000000), high: 20, low: 0, sky: 1 }]);
  });

  test("paginate() follows the output token and items() yields the items", async () => {
    const pages = [{ cities: [{ name: "a" }], nextToken: "t1" }, { cities: [{ name: "b" }, { name: "c" }], nextToken: "t2" }, { cities: [] }];
    const http = new FakeHttpClient((r) => json(200, pages[r.query.find(([n]) => n === "next") === undefined ? 0 : Number(r.query.find(([n]) => n === "next")![1].slice(1))]));
    const names: unknown[] = [];
    for await (const city of client(http).listCities().paginate({ pageSize: 5 }).items()) names.push((city as { name: string }).name);
    expect(names).toEqual(["a", "b", "c"]);
    expect(http.requests.map((r) => r.query)).toEqual([[["size", "5"]], [["next", "t1"], ["size", "5"]], [["next", "t2"], ["size", "5"]]]);
  });

  test("customize() adds interceptors for one call; send() takes the schema for the low-level path", async () => {
    const http = new FakeHttpClient(() => json(200, { forecast: [] }));
    const c = client(http);
    const seen: string[] = [];
    await c.getForecast({ city: "Rome" }).customize({ interceptors: [{ readBeforeTransmit: (ctx: { request: Request }) => void seen.push(ctx.request.path) }] }).send();
    await c.getForecast({ city: "Lima" }).send();
    expect(seen).toEqual(["/forecast/Rome"]);
    const low = await c.send(weather.GetForecastSchema, { city: "Pisa" });
    expect(low["forecast"]).toEqual([]);
    expect(http.requests.at(-1)!.path).toBe("/forecast/Pisa");
  });

  test("modeled errors are instances of their generated class, with members and $fields", async () => {
    const http = new FakeHttpClient(() => json(404, { message: "no such city", city: "Atlantis", code: "X1" }, { "x-amzn-errortype": "NoSuchCity", "x-amzn-requestid": "req-1" }));
    const error = (await client(http).getForecast({ city: "Atlantis" }).send().catch((e: unknown) => e)) as Error & Record<string, unknown>;
    expect(error).toBeInstanceOf(weather.NoSuchCity);
    expect(error).toBeInstanceOf(weather.ServiceError);
    expect(error.message).toBe("GetForecast failed with HTTP 404 NoSuchCity: no such city");
    expect(error["city"]).toBe("Atlantis");
    expect(error["code"]).toBe("NoSuchCity");
    expect(error["$fields"]).toEqual({ message: "no such city", city: "Atlantis", code: "X1" });
    expect(error["$metadata"]).toMatchObject({ httpStatusCode: 404, requestId: "req-1", attempts: 1 });
    // Ping cannot fail with NoSuchCity: the same answer is an unmodeled ServiceError there.
    const other = (await client(http).ping().send().catch((e: unknown) => e)) as Error & Record<string, unknown>;
    expect(other).not.toBeInstanceOf(weather.NoSuchCity);
    expect(other).toBeInstanceOf(weather.ServiceError);
    expect(other["code"]).toBe("NoSuchCity");
  });

  test("a streaming output member is a ByteStream", async () => {
    const http = new FakeHttpClient(() => ({ statusCode: 200, headers: { "content-type": "image/png" }, body: new TextEncoder().encode("PNG...") }));
    const out = await client(http).downloadRadar().send();
    expect(out["image"]).toBeInstanceOf(weather.ByteStream);
    expect(await (out["image"] as { text(): Promise<string> }).text()).toBe("PNG...");
    expect(out["contentType"]).toBe("image/png");
  });
});

describe("generated client over loopback (node:http)", () => {
  type Handler = (req: IncomingMessage, res: ServerResponse) => void;
  let script: Handler[] = [];
  const seen: string[] = [];
  let endpoint = "";
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const handler = script.length > 1 ? script.shift()! : script[0]!;
    handler(req, res);
  });
  const reply =
    (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
    (_, res) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
  const silence: Handler = () => undefined;
  const fastRetries = { sleep: async () => undefined };

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const withClient = async (config: object, run: (c: WeatherClient) => Promise<void>): Promise<void> => {
    seen.length = 0;
    const c = new weather.WeatherClient({ endpoint, token: "t", ...config });
    try {
      await run(c);
    } finally {
      c.destroy();
    }
  };

  test("a throttling error is retried, then the call succeeds", async () => {
    script = [reply(429, { message: "slow down" }, { "x-amzn-errortype": "ServiceFault" }), reply(200, { forecast: [] })];
    await withClient(fastRetries, async (c) => {
      const out = await c.getForecast({ city: "Bern" }).send();
      expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
      expect(seen).toEqual(["GET /forecast/Bern", "GET /forecast/Bern"]);
    });
  });

  test("an attempt that times out is retried", async () => {
    script = [silence, reply(200, { forecast: [] })];
    await withClient({ ...fastRetries, attemptTimeout: 50 }, async (c) => {
      const out = await c.getForecast({ city: "Oslo" }).send();
      expect(out.$metadata).toMatchObject({ attempts: 2 });
    });
  });

  test("the caller aborts", async () => {
    script = [silence];
    await withClient({}, async (c) => {
      const controller = new AbortController();
      const pending = c.getForecast({ city: "Kyiv" }).send({ signal: controller.signal });
      await expect.poll(() => seen.length).toBe(1);
      controller.abort();
      const error = (await pending.catch((e: unknown) => e)) as Error & { kind: string };
      expect(error.name).toBe("AbortError");
      expect(error.kind).toBe("timeout");
    });
  });

  test("a modeled error arrives as its class", async () => {
    script = [reply(404, { city: "Nowhere", message: "unknown" }, { "x-amzn-errortype": "NoSuchCity" })];
    await withClient({}, async (c) => {
      const error = await c.getForecast({ city: "Nowhere" }).send().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(weather.NoSuchCity);
      expect((error as Record<string, unknown>)["city"]).toBe("Nowhere");
      expect(seen).toHaveLength(1);
    });
  });
});
