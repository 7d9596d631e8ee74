// `--mode client`: layout, protocol and auth wiring, names that must never collide, error
// classes, pagination, skipped operations, and the README.
import { describe, expect, test } from "vitest";
import { GenerationError } from "../../../src/codegen/index.js";
import { camelCase } from "../../../src/codegen/client/index.js";
import { fileOf, generateClient, idlModel, restJsonService } from "./support.js";
import { weatherModel } from "./weather-model.js";

describe("layout", () => {
  const files = generateClient(weatherModel());
  const paths = files.map((f) => f.path);

  test("operation-first: shared shapes in src/types, errors in src/types/error, each operation in its directory", () => {
    for (const p of ["src/index.ts", "src/client.ts", "src/config.ts", "src/error.ts", "src/meta.ts", "src/primitives.ts", "src/schema.ts", "README.md", "package.json", "tsconfig.json"]) {
      expect(paths).toContain(p);
    }
    expect(paths).toContain("src/types/Day.ts");
    expect(paths).toContain("src/types/error/NoSuchCity.ts");
    for (const f of ["GetForecastInput.ts", "GetForecastOutput.ts", "error.ts", "request.ts", "schema.ts", "index.ts"]) {
      expect(paths).toContain(`src/operation/get-forecast/${f}`);
    }
    expect(paths.filter((p) => p.startsWith("src/operation/ping/")).sort()).toEqual(
      ["error.ts", "index.ts", "request.ts", "schema.ts"].map((f) => `src/operation/ping/${f}`),
    );
  });

  test("package.json pins the runtime exactly", () => {
    const pkg = JSON.parse(fileOf(files, "package.json")) as { name: string; dependencies: Record<string, string> };
    expect(pkg.name).toBe("weather-client");
    expect(pkg.dependencies).toEqual({ "@smithy-ts/runtime": "9.9.9" });
  });

  test("the client wires the protocol, the default HTTP client and the service's auth", () => {
    const client = fileOf(files, "src/client.ts");
    expect(client).toContain('import { Client } from "@smithy-ts/runtime/codegen-v1/client";');
    expect(client).toContain('import { httpBearerAuthScheme } from "@smithy-ts/runtime/codegen-v1/client-auth";');
    expect(client).toContain('import { restJson1Client } from "@smithy-ts/runtime/codegen-v1/rest-json1-client";');
    // The weather model has timestamps and bigInteger/bigDecimal members: the protocol gets the
    // runtime's timestamp code and lossless JSON reader.
    expect(client).toContain('import { parseLosslessJson } from "@smithy-ts/runtime/codegen-v1/lossless-json";');
    expect(client).toContain('import { timestampCodec } from "@smithy-ts/runtime/codegen-v1/timestamps";');
    expect(client).toContain("protocol: restJson1Client.withOptions({ timestamps: timestampCodec, losslessReader: parseLosslessJson }),");
    expect(client).toContain('import { createDefaultHttpClient } from "@smithy-ts/runtime/default-http-client";');
    expect(client).toContain("authSchemes: [httpBearerAuthScheme],");
    expect(client).not.toContain("interceptors:");
    expect(client).toContain("getForecast(input?: GetForecastInput): GetForecastRequest {");
    expect(client).toContain("ping(): PingRequest {");
    expect(fileOf(files, "src/config.ts")).toContain("readonly token?: string | TokenIdentity | IdentityProvider<TokenIdentity>;");
  });

  test("TSDoc carries @documentation, @examples as calls, and @deprecated", () => {
    const client = fileOf(files, "src/client.ts");
    expect(client).toContain("   * Forecast for a city.\n");
    expect(client).toContain('   * const output = await client.getForecast({ city: "Paris", days: 2, tags: ["a", "b"] }).send();');
    expect(client).toContain("/** @deprecated since 2024-02: Use the batch API. */");
  });

  test("fluent setters: scalars set, lists append, maps insert, setX replaces", () => {
    const forecast = fileOf(files, "src/operation/get-forecast/request.ts");
    expect(forecast).toContain('city(value: string): this {\n    return this.$set("city", value);');
    expect(forecast).toContain('tags(...values: string[]): this {\n    return this.$append("tags", values);');
    expect(forecast).toContain('setTags(value: string[] | undefined): this {\n    return this.$set("tags", value);');
    const put = fileOf(files, "src/operation/put-reading/request.ts");
    expect(put).toContain('meta(key: string, value: string): this {\n    return this.$insert("meta", key, value);');
    expect(put).toContain("samples(...values: (number | null)[]): this {");
  });

  test("paginated operations extend PaginatedOperationRequest with the item type", () => {
    expect(fileOf(files, "src/operation/list-cities/request.ts")).toContain(
      "export class ListCitiesRequest extends PaginatedOperationRequest<ListCitiesInput, ListCitiesOutput, City> {",
    );
    expect(fileOf(files, "src/operation/list-cities/schema.ts")).toContain('paginated: { inputToken: "nextToken", outputToken: "nextToken", items: "cities", pageSize: "pageSize" }');
  });

  test("streaming blobs are ByteStreams in outputs and StreamingBlobInput in inputs", () => {
    expect(fileOf(files, "src/operation/download-radar/DownloadRadarOutput.ts")).toContain("  image: ByteStream;\n");
  });

  test("modeled errors are classes; members named like ServiceError properties stay in $fields", () => {
    const error = fileOf(files, "src/types/error/NoSuchCity.ts");
    expect(error).toContain("export class NoSuchCity extends ServiceError {");
    expect(error).toContain("export interface NoSuchCityFields {\n  message?: string | undefined;\n  city: string;\n  code?: string | undefined;\n}");
    expect(error).toContain("  readonly city: string;\n");
    expect(error).not.toMatch(/readonly (message|code)\b/);
    expect(error).toContain('super(meta?.message ?? fields.message ?? "NoSuchCity", meta?.code ?? "NoSuchCity", "client");');
    expect(error).toContain("errorClass: () => NoSuchCity as unknown as ErrorConstructor,");
    expect(fileOf(files, "src/operation/get-forecast/error.ts")).toContain("export type GetForecastError = NoSuchCity | ServiceFault;");
    expect(fileOf(files, "src/error.ts")).toContain("export type WeatherError = NoSuchCity | ServiceFault;");
  });

  test("the README shows both call styles, errors, pagination and the low-level path", () => {
    const readme = fileOf(files, "README.md");
    expect(readme).toContain('const output = await client.getForecast({ city: "Paris", days: 2, tags: ["a", "b"] }).send();');
    expect(readme).toContain('const same = await client.getForecast().city("Paris").days(2).tags("a", "b").send();');
    expect(readme).toContain("if (e instanceof NoSuchCity)");
    expect(readme).toContain("for await (const item of client.listCities().paginate().items())");
    expect(readme).toContain('const output = await client.send(GetForecastSchema, { city: "Paris", days: 2, tags: ["a", "b"] });');
    expect(readme).toContain("- `smithy.api#httpBearerAuth`: set `token`");
  });
});

describe("protocol selection", () => {
  const op = `@http(method: "GET", uri: "/") operation Op {}`;

  test("the service's only supported protocol is used; --protocol must be one of its own", () => {
    const model = idlModel(restJsonService(["Op"], op));
    expect(fileOf(generateClient(model), "src/schema.ts")).toContain('protocol: { id: "aws.protocols#restJson1", settings: {} },');
    expect(() => generateClient(model, { protocol: "aws.protocols#awsJson1_0" })).toThrow(/does not have the protocol trait aws.protocols#awsJson1_0/);
    expect(() => generateClient(model, { protocol: "aws.protocols#restXml" })).toThrow(/--protocol aws.protocols#restXml is not supported by client mode/);
  });

  test("a service without a supported protocol is a model error; several need --protocol", () => {
    const none = idlModel(`$version: "2.0"\nnamespace example.test\nservice Svc { operations: [Op] }\noperation Op {}`);
    const err = (() => {
      try {
        generateClient(none);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(GenerationError);
    expect((err as GenerationError).kind).toBe("model");
    expect((err as Error).message).toMatch(/has no protocol trait client mode supports/);
    const two = idlModel(`$version: "2.0"\nnamespace example.test\nuse aws.protocols#restJson1\nuse aws.protocols#awsJson1_0\n@restJson1 @awsJson1_0 service Svc { operations: [Op] }\n${op}`);
    expect(() => generateClient(two)).toThrow(/supports several protocols .*choose one with --protocol/);
    expect(fileOf(generateClient(two, { protocol: "aws.protocols#awsJson1_0" }), "src/client.ts")).toContain("protocol: awsJson1_0Client,");
  });
});

describe("wiring from traits", () => {
  test("@requestCompression and @httpChecksumRequired add their interceptors, compression first", () => {
    const model = idlModel(
      restJsonService(
        ["Zip", "Sum"],
        `@requestCompression(encodings: ["gzip"]) @http(method: "POST", uri: "/zip") operation Zip { input := { data: String } }
         @httpChecksumRequired @http(method: "POST", uri: "/sum") operation Sum { input := { data: String } }`,
      ),
    );
    expect(fileOf(generateClient(model), "src/client.ts")).toContain("interceptors: [requestCompression(), contentMd5()],");
  });

  test("auth traits the runtime cannot sign are documented, not wired", () => {
    const model = idlModel(
      restJsonService(["Op"], `@http(method: "GET", uri: "/") operation Op {}`, "@aws.auth#sigv4(name: \"svc\")\n@httpApiKeyAuth(name: \"x-api-key\", in: \"header\")"),
    );
    const files = generateClient(model);
    expect(fileOf(files, "src/client.ts")).toContain("authSchemes: [httpApiKeyAuthScheme],");
    expect(fileOf(files, "src/config.ts")).toContain("The service also declares aws.auth#sigv4, which the runtime does not sign");
    expect(fileOf(files, "README.md")).toContain("The service also declares aws.auth#sigv4");
  });
});

describe("names never collide", () => {
  test("camelCase method names", () => {
    expect(camelCase("GetForecast")).toBe("getForecast");
    expect(camelCase("HTTPPayload")).toBe("httpPayload");
    expect(camelCase("ABC")).toBe("abc");
    expect(camelCase("S3Thing")).toBe("s3Thing");
    expect(camelCase("_private")).toBe("_private");
  });

  test("operations named like Client members get an Operation suffix", () => {
    const ops = ["Send", "Config", "Destroy", "Then", "Constructor", "ToString"];
    const model = idlModel(restJsonService(ops, ops.map((o) => `@http(method: "GET", uri: "/${o}") operation ${o} {}`).join("\n")));
    const client = fileOf(generateClient(model), "src/client.ts");
    for (const m of ["sendOperation", "configOperation", "destroyOperation", "thenOperation", "constructorOperation", "toStringOperation"]) {
      expect(client).toContain(`  ${m}(): `);
    }
  });

  test("reserved setter names get only setX; a member named like another's setter keeps its name", () => {
    const model = idlModel(
      restJsonService(
        ["Op"],
        `@http(method: "POST", uri: "/") operation Op { input := { send: String, then: String, paginate: String, customize: String, constructor: String, name: String, setName: String } }`,
      ),
    );
    const request = fileOf(generateClient(model), "src/operation/op/request.ts");
    const methods = [...request.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]);
    expect(methods).toEqual(["setSend", "setThen", "setPaginate", "setCustomize", "setConstructor", "name", "setName_2", "setName", "setSetName"]);
    expect(request).toContain('setSend(value: string | undefined): this {\n    return this.$set("send", value);');
    expect(request).toContain('setName_2(value: string | undefined): this {\n    return this.$set("name", value);');
    expect(request).toContain('setName(value: string): this {\n    return this.$set("setName", value);');
  });

  test("companions of shapes named like them get a $ separator", () => {
    const model = idlModel(
      restJsonService(["GetThing"], `@http(method: "POST", uri: "/") operation GetThing { input: GetThingRequest, output: GetThingSchema }
        structure GetThingRequest { id: String }
        structure GetThingSchema { id: String }`),
    );
    const files = generateClient(model);
    expect(fileOf(files, "src/client.ts")).toContain("getThing(input?: GetThingRequest): GetThing$Request {");
    expect(fileOf(files, "src/operation/get-thing/schema.ts")).toContain("export const GetThing$Schema: OperationSchema = {");
    expect(fileOf(files, "src/operation/get-thing/GetThingSchema.ts")).toContain("export const GetThingSchemaSchema: StructureSchema = {");
  });

  test("runtime names the package re-exports are left out when a shape takes them", () => {
    const model = idlModel(
      restJsonService(["Op"], `@http(method: "POST", uri: "/") operation Op { input := { a: ServiceError, b: ByteStream } }
        structure ServiceError { message: String }
        structure ByteStream { size: Integer }`),
    );
    const files = generateClient(model);
    expect(fileOf(files, "src/error.ts")).toContain('export { ConstructionError, DispatchError, ResponseError, SdkError, TimeoutError } from "@smithy-ts/runtime/codegen-v1";');
    expect(fileOf(files, "src/error.ts")).toContain('export { AbortError, AttemptTimeoutError } from "@smithy-ts/runtime/codegen-v1/client";');
    expect(fileOf(files, "src/primitives.ts")).not.toContain("export { ByteStream }");
  });
});

describe("operations left out", () => {
  test("event-stream operations are listed in the README, their shapes stay exported", () => {
    const model = idlModel(
      restJsonService(["Watch", "Op"], `@http(method: "POST", uri: "/watch") operation Watch { input := { @httpPayload events: Events } }
        @http(method: "GET", uri: "/op") operation Op {}
        @streaming union Events { tick: Tick }
        structure Tick { n: Integer }`),
    );
    const files = generateClient(model);
    const paths = files.map((f) => f.path);
    expect(paths.some((p) => p.startsWith("src/operation/watch/"))).toBe(false);
    expect(paths).toContain("src/types/WatchInput.ts");
    expect(fileOf(files, "src/client.ts")).not.toContain("watch(");
    expect(fileOf(files, "README.md")).toContain("- Watch: event streams are not supported yet (member example.test#WatchInput$events)");
  });
});
