// Generated clients type-check strictly (the compiler options they declare), and their types
// say what the spec says: checked with a type-test file compiled inside the package, where
// every `@ts-expect-error` must be needed.
import { afterAll, describe, expect, test } from "vitest";
import { PackageWorkspace } from "../typecheck.js";
import { nameClashModel } from "../sample-models.js";
import { generateClient, idlModel, restJsonService } from "./support.js";
import { weatherModel } from "./weather-model.js";

const TYPE_TESTS = `
import {
  ByteStream, NoSuchCity, ServiceError, WeatherClient, GetForecastSchema, Units, Sky,
  type City, type Day, type GetForecastOutput, type Measurement, type WeatherError,
} from "./index.js";

export async function typeTests(client: WeatherClient, e: unknown): Promise<void> {
  new WeatherClient({ endpoint: "https://example.com", token: "secret", maxAttempts: 2 });
  new WeatherClient({ token: () => ({ token: "t" }) });
  // @ts-expect-error a bearer token is a string, a TokenIdentity or a provider
  new WeatherClient({ token: 42 });

  const out = await client.getForecast({ city: "Paris" }).send();
  const days: Day[] = out.forecast; // @required output member: never undefined
  // @ts-expect-error an optional output member may be undefined
  const source: string = out.source;
  const status: number | undefined = out.$metadata.httpStatusCode;
  const sky: Sky = days[0]!.sky;
  const known: number = Sky.CLEAR;
  const open: Sky = 7; // intEnums are open
  const units: Units = "kelvin"; // enums are open
  void [source, status, sky, known, open, units];

  await client.getForecast().city("Paris").days(2).tags("a", "b").setTags(["c"]).units(Units.METRIC).since(new Date()).send();
  // @ts-expect-error days is a number
  client.getForecast().days("2");
  // @ts-expect-error a list member appends elements, not arrays
  client.getForecast().tags(["a"]);
  await client.getForecast({ city: "x" }).customize({ config: { maxAttempts: 1 }, interceptors: [] }).send({});

  await client.putReading({ station: "s1", reading: { celsius: 21.5 }, samples: [1, null, 2] }).meta("k", "v").send();
  const raw: Measurement = { $unknown: ["kelvin", 300] };
  // @ts-expect-error a union sets exactly one member
  const both: Measurement = { celsius: 1, pressure: 2 };
  void [raw, both];

  for await (const page of client.listCities().paginate({ pageSize: 10 })) {
    const cities: City[] = page.cities;
    void cities;
  }
  for await (const city of client.listCities().paginate().items()) {
    const name: string = city.name;
    const population: number | undefined = city.population;
    const area: string | undefined = city.area; // bigDecimal: exact decimal text
    const visitors: bigint | undefined = city.visitors;
    void [name, population, area, visitors];
  }

  const radar = await client.downloadRadar().send();
  const image: ByteStream = radar.image;
  void image;

  // @ts-expect-error Ping takes no input
  client.ping({ x: 1 });

  if (e instanceof NoSuchCity) {
    const city: string = e.city;
    const code: string | undefined = e.$fields.code;
    const fault: "client" | "server" = e.fault;
    void [city, code, fault];
  }
  const union: WeatherError | undefined = e instanceof ServiceError && !(e instanceof NoSuchCity) ? undefined : undefined;
  void union;
  new NoSuchCity({ city: "Paris" });
  // @ts-expect-error city is a required member of the error
  new NoSuchCity({});

  const low = await client.send<GetForecastOutput>(GetForecastSchema, { city: "Paris" });
  const lowDays: Day[] = low.forecast;
  void lowDays;
}
`;

describe("generated clients type-check", () => {
  const workspace = new PackageWorkspace("client-compile");
  afterAll(() => workspace.dispose());

  test("the weather client, with type tests, and a model of colliding names, in one program", () => {
    workspace.write("weather", [...generateClient(weatherModel()), { path: "src/type-tests.ts", contents: TYPE_TESTS }]);
    const clash = nameClashModel();
    // The clash model has no protocol; give its service one to generate a client.
    const service = [...clash.shapesOfType("service")][0]!;
    const withProtocol = clash.withChanges({ put: [{ ...service, traits: new Map([...service.traits, ["aws.protocols#awsJson1_0", {}]]) }] });
    workspace.write("clash", generateClient(withProtocol, { protocol: "aws.protocols#awsJson1_0" }));
    const rest = idlModel(
      restJsonService(["Op", "Send"], `@http(method: "POST", uri: "/op/{id}") operation Op { input := { @required @httpLabel id: String, @httpPayload body: Blob } }
        @http(method: "POST", uri: "/send") operation Send { input := { then: String, send: Integer }, output := { @required constructor: String } }`),
    );
    workspace.write("rest", generateClient(rest));
    const r = workspace.checkAll(["weather", "clash", "rest"]);
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  }, 120_000);
});
