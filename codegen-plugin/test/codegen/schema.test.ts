// Schema literals: unit checks of the rendered text, and a generated package that declares
// every shape's type and schema side by side, compiled strictly against @smithy-ts/runtime,
// emitted and imported, so cyclic modules are shown to evaluate and thunks to resolve.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import {
  generateWithMode,
  ImportScope,
  schemaConstantName,
  SchemaLiterals,
  schemaReferencesFromSymbols,
  SourceFiles,
  SymbolTable,
  TypeDeclarations,
  type GenerationContext,
  type GeneratorMode,
} from "../../src/codegen/index.js";
import { packageJson, tsconfigJson } from "../../src/codegen/package/package-files.js";
import { nameOf, type Model } from "../../src/model/index.js";
import * as b from "./model-builder.js";
import { basicModel } from "./sample-models.js";
import { TEMPLATES } from "./templates.js";
import { PackageWorkspace } from "./typecheck.js";

/** A model with HTTP, pagination, auth, recursion and defaults for the schema tests. */
function schemaModel(): Model {
  const basic = basicModel();
  const ns = "example.weather";
  const svc = basic.getTopLevel(`${ns}#Weather`)!;
  return basic.withChanges({
    put: [
      b.service(`${ns}#Weather`, [...svc.operations, `${ns}#ListCities`], { errors: svc.errors }, {
        "aws.protocols#restJson1": { http: ["h2", "http/1.1"] },
        "smithy.api#httpBearerAuth": {},
        "smithy.api#httpApiKeyAuth": { name: "x-api-key", in: "header" },
        paginated: { inputToken: "next", outputToken: "nextToken" },
      }),
      b.shape("smithy.api#httpBearerAuth", "structure", { trait: {}, authDefinition: {} }),
      b.shape("smithy.api#httpApiKeyAuth", "structure", { trait: {}, authDefinition: {} }),
      b.operation(`${ns}#ListCities`, { input: `${ns}#ListCitiesInput`, output: `${ns}#ListCitiesOutput` }, {
        http: { method: "GET", uri: "/cities" },
        readonly: true,
        paginated: { items: "cities", pageSize: "max" },
        auth: ["smithy.api#httpApiKeyAuth"],
      }),
      b.structure(`${ns}#ListCitiesInput`, {
        next: ["String", { httpQuery: "next" }],
        max: ["Integer", { httpQuery: "max", range: { min: 1, max: 100 } }],
        region: ["example.weather#Region", { httpHeader: "x-region", default: null }],
      }, { input: true }),
      b.structure(`${ns}#ListCitiesOutput`, { cities: ["example.weather#CityList", { required: true }], nextToken: "String" }),
      b.list(`${ns}#CityList`, `${ns}#City`),
      // City -> Region -> City: modules that import each other.
      b.structure(`${ns}#City`, { name: ["String", { required: true, length: { min: 1 } }], region: `${ns}#Region`, when: ["Timestamp", { timestampFormat: "epoch-seconds" }] }),
      b.structure(`${ns}#Region`, { capital: `${ns}#City`, code: ["example.weather#RegionCode", { jsonName: "regionCode" }], count: ["PrimitiveInteger", { default: 0 }] }),
      b.shape(`${ns}#RegionCode`, "string", { pattern: "^[A-Z]{2}$", default: "EU", sensitive: true }),
    ],
  });
}

/** A test-only mode: each shape's type and schema in one file, plus operation and service schemas. */
const typesAndSchemasMode: GeneratorMode = {
  name: "types-and-schemas",
  packageSuffix: "schemas",
  defaultNullability: "client",
  generate(ctx: GenerationContext) {
    const declared = ctx.shapes.filter((s) => SchemaLiterals.hasSchema(s));
    const symbols = new SymbolTable(declared.map((s) => s.id), { nameOf, directoryOf: () => "src/types", reservedFileNames: ["index"] });
    const types = new TypeDeclarations({ model: ctx.model, symbols, renderer: ctx.renderer, nullability: ctx.nullability, operations: [] });
    const schemas = new SchemaLiterals(ctx.model, schemaReferencesFromSymbols(symbols));
    const out = new SourceFiles(ctx.header);
    for (const shape of declared) {
      const { name, file } = symbols.symbol(shape.id);
      const schemaName = schemaConstantName(symbols, shape.id);
      out.addTypeScript(file, [name, schemaName], (scope) => `${types.render(shape, scope)}\n${schemas.declaration(shape, schemaName, scope)}`);
    }
    const operations = ctx.shapes.filter((s) => s.type === "operation");
    out.addTypeScript("src/operations.ts", operations.map((o) => `${nameOf(o.id)}Operation`), (scope) =>
      operations
        .map((o) => `export const ${nameOf(o.id)}Operation: ${scope.useType("OperationSchema", "@smithy-ts/runtime/codegen-v1")} = ${schemas.operationSchema(o, ctx.service, scope)};\n`)
        .join("\n"),
    );
    out.addTypeScript("src/service.ts", ["WeatherService"], (scope) => {
      const ops = operations.map((o) => scope.useValue(`${nameOf(o.id)}Operation`, "src/operations.ts"));
      return `export const WeatherService: ${scope.useType("ServiceSchema", "@smithy-ts/runtime/codegen-v1")} = ${schemas.serviceSchema(ctx.service, "aws.protocols#restJson1", ops, scope)};\n`;
    });
    out.addTypeScript("src/index.ts", [], () =>
      [...declared.map((s) => `export * from "./types/${symbols.symbol(s.id).file.slice("src/types/".length, -3)}.js";`), 'export * from "./operations.js";', 'export * from "./service.js";'].join("\n"),
    );
    out.addText("package.json", packageJson({ name: ctx.packageName, version: ctx.packageVersion, description: "schemas", dependencies: { "@smithy-ts/runtime": ctx.runtimeVersion } }));
    out.addText("tsconfig.json", tsconfigJson());
    return out.files();
  },
};

const files = generateWithMode(schemaModel(), typesAndSchemasMode, { mode: "types-and-schemas", generatorVersion: "0.0.0-test", templates: TEMPLATES });
const file = (path: string) => files.find((f) => f.path === path)?.contents ?? "";

describe("schema literals", () => {
  test("structures list members with effective traits; aggregates are thunks, prelude shapes runtime constants", () => {
    expect(file("src/types/Region.ts")).toContain(
      [
        "export const RegionSchema: StructureSchema = {",
        '  kind: "structure",',
        '  id: "example.weather#Region",',
        "  traits: {},",
        "  members: [",
        '    { name: "capital", target: () => CitySchema, traits: {} },',
        '    { name: "code", target: RegionCodeSchema, traits: { jsonName: "regionCode", sensitive: true, default: "EU", pattern: "^[A-Z]{2}$" } },',
        '    { name: "count", target: { kind: "integer", id: "smithy.api#PrimitiveInteger", traits: {} }, traits: { default: 0 } },',
        "  ],",
        "};",
      ].join("\n"),
    );
    expect(file("src/types/Region.ts")).toMatch(/^import \{ type StructureSchema \} from "@smithy-ts\/runtime\/codegen-v1";$|^import type \{ StructureSchema \} from "@smithy-ts\/runtime\/codegen-v1";$/m);
    expect(file("src/types/Region.ts")).toContain('import { type City, CitySchema } from "./City.js";');
  });

  test("@default(null) on a member removes the target's default", () => {
    expect(file("src/types/ListCitiesInput.ts")).toContain(
      '{ name: "region", target: () => RegionSchema, traits: { httpHeader: "x-region" } }',
    );
  });

  test("sets become lists with uniqueItems; enums list their values; errors carry error traits", () => {
    expect(file("src/types/TagSet.ts")).toContain('kind: "list",\n  id: "example.weather#TagSet",\n  traits: { uniqueItems: true },\n  member: { name: "member", target: STRING, traits: {} },');
    expect(file("src/types/Sky.ts")).toContain('export const SkySchema: IntEnumSchema = { kind: "intEnum", id: "example.weather#Sky", traits: {}, values: [1, 2, 3] };');
    expect(file("src/types/NoSuchCity.ts")).toContain('traits: { error: "client", httpError: 404 },');
    expect(file("src/types/ServiceFault.ts")).toContain('traits: { error: "server", retryable: {} },');
  });

  test("operations: http code defaults to 200, @paginated merges service defaults, effective auth", () => {
    const ops = file("src/operations.ts");
    expect(ops).toContain(
      'traits: { http: { method: "GET", uri: "/cities", code: 200 }, readonly: true, paginated: { inputToken: "next", outputToken: "nextToken", items: "cities", pageSize: "max" }, auth: ["smithy.api#httpApiKeyAuth"] },',
    );
    // No @auth anywhere: every auth trait on the service, sorted by id.
    expect(ops).toContain('auth: ["smithy.api#httpApiKeyAuth", "smithy.api#httpBearerAuth"]');
    expect(ops).toContain("input: () => PutReadingInputSchema,\n  output: UNIT,");
    expect(ops).toContain("errors: [() => NoSuchCitySchema, () => ServiceFaultSchema],");
  });

  test("service schema: protocol settings, auth schemes, operations", () => {
    const svc = file("src/service.ts");
    expect(svc).toContain('protocol: { id: "aws.protocols#restJson1", settings: { http: ["h2", "http/1.1"] } },');
    expect(svc).toContain('authSchemes: [{ id: "smithy.api#httpApiKeyAuth", settings: { name: "x-api-key", in: "header" } }, { id: "smithy.api#httpBearerAuth", settings: {} }],');
  });

  test("a service without the protocol trait asked for is a usage error", () => {
    const m = schemaModel();
    const s = new SchemaLiterals(m, { schemaOf: () => "X" });
    expect(() => s.serviceSchema(m.getTopLevel("example.weather#Weather")!, "aws.protocols#awsJson1_0", [], new ImportScope("src/a.ts"))).toThrow(
      /does not have the protocol trait aws.protocols#awsJson1_0/,
    );
  });
});

describe("schema package against @smithy-ts/runtime", () => {
  const workspace = new PackageWorkspace("schemas");
  afterAll(() => workspace.dispose());

  test("type-checks strictly, emits, and evaluates with cyclic imports", async () => {
    const dir = workspace.write("schemas", files);
    const tscBin = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
    const r = spawnSync(process.execPath, [tscBin, "-p", dir], { encoding: "utf8" });
    expect(`${r.stdout}${r.stderr}`.split(workspace.root).join("<root>")).toBe("");
    expect(r.status).toBe(0);

    const mod = (await import(pathToFileURL(join(dir, "dist/index.js")).href)) as Record<string, unknown>;
    const runtime = (await import(pathToFileURL(join(workspace.root, "node_modules/@smithy-ts/runtime/dist/codegen-v1.js")).href)) as {
      deref: (ref: unknown) => { id: string; members?: { name: string; target: unknown }[] };
    };
    const city = mod["CitySchema"] as { members: { name: string; target: unknown }[] };
    const region = runtime.deref(city.members.find((m) => m.name === "region")!.target);
    expect(region.id).toBe("example.weather#Region");
    const capital = runtime.deref(region.members!.find((m) => m.name === "capital")!.target);
    expect(capital).toBe(city);
    const service = mod["WeatherService"] as { operations: { name: string }[] };
    expect(service.operations.map((o) => o.name)).toEqual(["GetForecast", "ListCities", "PutReading"]);
  });
});
