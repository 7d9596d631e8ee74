// `--mode server`: layout, server nullability, enum schemas, error classes, builder names that
// never collide, protocol choice, route conflicts found at generation time, skipped operations.
import { describe, expect, test } from "vitest";
import { GenerationError } from "../../../src/codegen/index.js";
import { fileOf, generateServer, idlModel, service } from "./support.js";
import { pokemonModel } from "./pokemon-model.js";

describe("layout", () => {
  const files = generateServer(pokemonModel());
  const paths = files.map((f) => f.path);

  test("service, schema and runtime re-exports at the top; one file per operation and per shape", () => {
    for (const p of ["README.md", "package.json", "tsconfig.json", "src/index.ts", "src/service.ts", "src/schema.ts", "src/runtime.ts", "src/operation/index.ts", "src/types/index.ts"]) {
      expect(paths).toContain(p);
    }
    expect(paths.filter((p) => p.startsWith("src/operation/"))).toEqual(
      ["CatchPokemon", "GetPokemon", "Ping", "UploadSprite", "index"].map((n) => `src/operation/${n}.ts`),
    );
    expect(paths).toContain("src/types/GetPokemonInput.ts");
    expect(paths).toContain("src/types/error/PokemonNotFound.ts");
    expect(paths).toContain("src/types/error/ValidationException.ts");
  });

  test("package.json pins the runtime exactly; the package name ends in -server", () => {
    const pkg = JSON.parse(fileOf(files, "package.json")) as { name: string; dependencies: Record<string, string> };
    expect(pkg.name).toBe("pokemon-service-server");
    expect(pkg.dependencies).toEqual({ "@smithy-ts/runtime": "9.9.9" });
  });

  test("the builder has three setters per operation, build() typed to need all of them, and buildUnchecked()", () => {
    const svc = fileOf(files, "src/service.ts");
    expect(svc).toContain("export class PokemonServiceBuilder<Registered extends PokemonServiceOperationName = never> {");
    expect(svc).toContain('getPokemon(handler: GetPokemonHandler): PokemonServiceBuilder<Registered | "GetPokemon"> {');
    expect(svc).toContain('getPokemonService(service: GetPokemonOperationService): PokemonServiceBuilder<Registered | "GetPokemon"> {');
    expect(svc).toContain('getPokemonCustom(service: HttpOperationService): PokemonServiceBuilder<Registered | "GetPokemon"> {');
    expect(svc).toContain("build(this: PokemonServiceBuilder<PokemonServiceOperationName>): Service {");
    expect(svc).toContain("buildUnchecked(): Service {");
    expect(svc).toContain("new ServiceBuilder<PokemonServiceOperations>({ schema: PokemonServiceSchema, protocol: restJson1Server }, config)");
    expect(svc).toContain("builder: (): ServiceConfigBuilder<PokemonServiceOperationName> => new ServiceConfigBuilder<PokemonServiceOperationName>(),");
    expect(svc).toContain("  GetPokemon: GetPokemonOperation;\n");
  });

  test("each operation file has its schema and its operation, error, handler and service types", () => {
    const op = fileOf(files, "src/operation/GetPokemon.ts");
    expect(op).toContain("export const GetPokemonSchema: OperationSchema = {");
    expect(op).toContain("errors: [() => PokemonNotFoundSchema, () => ValidationExceptionSchema, () => ThrottledSchema],");
    expect(op).toContain("export type GetPokemonError = PokemonNotFound | ValidationException | Throttled;");
    expect(op).toContain("export type GetPokemonOperation = OperationShape<GetPokemonInput, GetPokemonOutput, GetPokemonError>;");
    expect(op).toContain('export type GetPokemonHandler = Handler<GetPokemonOperation, "GetPokemon">;');
    expect(op).toContain('export type GetPokemonOperationService = OperationService<GetPokemonOperation, "GetPokemon">;');
    expect(fileOf(files, "src/operation/Ping.ts")).toContain("export type PingOperation = OperationShape<Record<string, never>, Record<string, never>, PingError>;");
  });

  test("generation is deterministic", () => {
    expect(generateServer(pokemonModel())).toEqual(files);
  });
});

describe("types in server nullability", () => {
  const files = generateServer(pokemonModel());

  test("required and defaulted input members are never optional", () => {
    const input = fileOf(files, "src/types/GetPokemonInput.ts");
    expect(input).toContain("  name: string;\n");
    expect(input).toContain("  language: Language;\n");
    expect(fileOf(files, "src/types/CatchPokemonInput.ts")).toContain("  ball?: string | undefined;\n");
  });

  test("--nullability client makes @input members optional again", () => {
    const client = generateServer(pokemonModel(), { nullability: "client" });
    expect(fileOf(client, "src/types/GetPokemonInput.ts")).toContain("  name?: string | undefined;\n");
  });

  test("streaming blobs arrive as a ByteStream in inputs", () => {
    expect(fileOf(files, "src/types/UploadSpriteInput.ts")).toContain("  image: ByteStream;\n");
  });
});

describe("schemas", () => {
  const files = generateServer(pokemonModel());

  test("enum schemas leave out @internal members and legacy @enum entries tagged internal", () => {
    expect(fileOf(files, "src/types/Language.ts")).toContain('export const LanguageSchema: EnumSchema = { kind: "enum", id: "example.pokemon#Language", traits: {}, values: ["en", "fr"] };');
    expect(fileOf(files, "src/types/Kind.ts")).toContain('export const KindSchema: EnumSchema = { kind: "enum", id: "example.pokemon#Kind", traits: {}, values: ["fire", "water"] };');
  });

  test("constraint traits are on the members that validation reads", () => {
    expect(fileOf(files, "src/types/GetPokemonInput.ts")).toContain('{ name: "name", target: STRING, traits: { httpLabel: true, required: true, length: { min: 1, max: 32 } } },');
    expect(fileOf(files, "src/types/CatchPokemonInput.ts")).toContain('{ name: "ball", target: STRING, traits: { pattern: "^(poke|great|ultra)$" } },');
  });

  test("the service schema lists every operation with the chosen protocol", () => {
    const schema = fileOf(files, "src/schema.ts");
    expect(schema).toContain('protocol: { id: "aws.protocols#restJson1", settings: {} },');
    expect(schema).toContain("    GetPokemonSchema,\n");
  });
});

describe("modeled errors", () => {
  const files = generateServer(pokemonModel());

  test("classes take their fields, keep them in $fields, and do not shadow ServiceError members", () => {
    const error = fileOf(files, "src/types/error/PokemonNotFound.ts");
    expect(error).toContain("export class PokemonNotFound extends ServiceError {");
    expect(error).toContain("  constructor(fields: PokemonNotFoundFields) {");
    expect(error).toContain('    super(fields.message, "PokemonNotFound", "client");');
    expect(error).toContain("  readonly $fields: PokemonNotFoundFields;");
    expect(error).not.toContain("readonly code");
    expect(error).toContain("errorClass: () => PokemonNotFound as unknown as ErrorConstructor,");
    const throttled = fileOf(files, "src/types/error/Throttled.ts");
    expect(throttled).toContain("  constructor(fields: ThrottledFields = {}) {");
    expect(throttled).toContain('    super(fields.message ?? "Throttled", "Throttled", "server");');
  });
});

describe("builder names", () => {
  test("operations whose setters would collide get distinct names, and builder members are never shadowed", () => {
    const files = generateServer(
      idlModel(
        service(
          ["Get", "GetService", "Build", "Constructor"],
          `@http(method: "GET", uri: "/a") operation Get {}
           @http(method: "GET", uri: "/b") operation GetService {}
           @http(method: "GET", uri: "/c") operation Build {}
           @http(method: "GET", uri: "/d") operation Constructor {}`,
        ),
      ),
    );
    const svc = fileOf(files, "src/service.ts");
    for (const setter of ["get(", "getService(", "get$Service(", "getCustom(", "getServiceService(", "getServiceCustom(", "buildOperation(", "buildOperationService(", "constructorOperation("]) {
      expect(svc).toContain(`  ${setter}`);
    }
    expect(svc.match(/^  build\(/gm)).toHaveLength(1);
  });
});

describe("generation errors", () => {
  test("ambiguous routes are a model error naming both operations (even in a model that skipped validation)", () => {
    const model = idlModel(
      service(
        ["GetA", "GetB"],
        `@readonly @http(method: "GET", uri: "/things/{id}") operation GetA { input := { @required @httpLabel id: String } }
         @readonly @http(method: "GET", uri: "/things/{name}") operation GetB { input := { @required @httpLabel name: String } }`,
      ),
      { validate: false },
    );
    expect(() => generateServer(model)).toThrow(GenerationError);
    expect(() => generateServer(model)).toThrow(/example\.test#GetA \(GET \/things\/\{id\}\) and example\.test#GetB \(GET \/things\/\{name\}\) match the same requests/);
  });

  test("awsJson services are routed by X-Amz-Target, so the same check does not apply", () => {
    const model = idlModel(service(["GetA", "GetB"], "operation GetA {}\noperation GetB {}", "aws.protocols#awsJson1_0"));
    expect(fileOf(generateServer(model), "src/service.ts")).toContain("protocol: awsJson1_0Server");
  });

  test("a service without a protocol the server runtime implements is a model error that lists the supported ones", () => {
    const model = idlModel(`$version: "2.0"\nnamespace example.test\nservice Svc { version: "1" }`);
    expect(() => generateServer(model)).toThrow(/no protocol trait server mode supports .*aws\.protocols#restJson1, aws\.protocols#awsJson1_0, aws\.protocols#awsJson1_1/);
  });

  test("--protocol must be one the service has and the runtime serves", () => {
    const model = idlModel(service([], ""));
    expect(() => generateServer(model, { protocol: "aws.protocols#restXml" })).toThrow(/--protocol aws\.protocols#restXml is not supported by server mode/);
    expect(() => generateServer(model, { protocol: "aws.protocols#awsJson1_0" })).toThrow(/does not have the protocol trait aws\.protocols#awsJson1_0/);
  });
});

describe("event streams", () => {
  test("operations with event streams are left out, and the README says so", () => {
    const files = generateServer(
      idlModel(
        service(
          ["Subscribe", "Ping"],
          `@http(method: "POST", uri: "/subscribe") operation Subscribe { output := { @httpPayload events: Events } }
           @streaming union Events { tick: Tick }
           structure Tick { n: Integer }
           @http(method: "GET", uri: "/ping") operation Ping {}`,
        ),
      ),
    );
    expect(files.map((f) => f.path)).not.toContain("src/operation/Subscribe.ts");
    expect(fileOf(files, "src/service.ts")).not.toContain("subscribe(");
    expect(fileOf(files, "README.md")).toContain("- `Subscribe`: event streams are not supported yet (member example.test#SubscribeOutput$events)");
  });
});

describe("README", () => {
  test("shows the builder, the three adapters and plugins with this service's names", () => {
    const readme = fileOf(generateServer(pokemonModel()), "README.md");
    expect(readme).toContain('import { PokemonService, PokemonServiceConfig } from "pokemon-service-server";');
    expect(readme).toContain("  .catchPokemon(async (input, ctx) => {");
    expect(readme).toContain("createServer(toNodeListener(app)).listen(8080);");
    expect(readme).toContain("export default { fetch: app.fetch };");
    expect(readme).toContain("export const handler = app.toLambdaHandler();");
    expect(readme).toContain("throw new PokemonNotFound({ /* its members */ });");
    expect(readme).toContain("| `GetPokemon` | `getPokemon`, `getPokemonService`, `getPokemonCustom` | Retrieves information about a Pokémon species. |");
  });
});
