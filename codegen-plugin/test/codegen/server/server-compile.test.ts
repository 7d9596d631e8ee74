// Generated server packages compile under their own strict tsconfig, and their types do what
// the builder promises: the checks below are compiled together with the package, so an
// `@ts-expect-error` that stops being an error fails the compile too.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runTsc } from "@smithy-ts/test-tooling";
import type { GeneratedFile } from "../../../src/codegen/index.js";
import { GENERATED_COMPILER_OPTIONS } from "../../../src/codegen/package/package-files.js";
import { PackageWorkspace } from "../typecheck.js";
import { pokemonModel } from "./pokemon-model.js";
import { generateServer, idlModel } from "./support.js";

const workspace = new PackageWorkspace("server-compile");
afterAll(() => workspace.dispose());

const TYPE_CHECKS = `import {
  ExtensionKey,
  PokemonNotFound,
  PokemonService,
  PokemonServiceConfig,
  type GetPokemonHandler,
  type GetPokemonInput,
  type HandlerContext,
  type Service,
} from "./index.js";

const Trainer = new ExtensionKey<string>("trainer");
export const config = PokemonServiceConfig.builder()
  .httpPlugin((next) => async (request, ctx) => {
    ctx.extensions.set(Trainer, request.headers["x-trainer"] ?? "nobody");
    return next(request, ctx);
  }, { include: ["CatchPokemon"] })
  .modelPlugin((next, operation) => async (input, ctx) => (operation.name === "Ping" ? {} : next(input, ctx)), { exclude: ["UploadSprite"] })
  .build();

// @ts-expect-error plugin scopes name operations of this service only
PokemonServiceConfig.builder().httpPlugin((next) => next, { include: ["GetPokemonn"] });

// Handlers see server-nullability inputs: required and defaulted members are plain values.
export const getPokemon: GetPokemonHandler = async (input: GetPokemonInput, ctx: HandlerContext<"GetPokemon">) => {
  const name: string = input.name;
  const language: string = input.language;
  if (name === "missingno") throw new PokemonNotFound({ message: \`no \${name} in \${language}\`, code: ctx.requestId });
  return { name, level: 5 };
};

const partial = PokemonService.builder(config)
  .getPokemon(getPokemon)
  .catchPokemon((input, ctx) => ({ caught: input.ball === "ultra" && ctx.extensions.get(Trainer) === "ash" }))
  .uploadSpriteService({ async handle(input) { await input.image.bytes(); return {}; } });

// @ts-expect-error build() is rejected while an operation (Ping) has no implementation
export const incomplete: Service = partial.build();
export const unchecked: Service = partial.buildUnchecked();
export const complete: Service = partial.pingCustom(async () => ({ statusCode: 204, headers: {}, body: undefined })).build();

// @ts-expect-error outputs are typed: level must be a number
PokemonService.builder().getPokemon(() => ({ name: "x", level: "high" }));
// @ts-expect-error inputs are typed: CatchPokemonInput has no "level"
PokemonService.builder().catchPokemon((input) => ({ caught: input.level > 1 }));
// @ts-expect-error a required error member cannot be left out
export const noMessage = new PokemonNotFound({});
`;

/** An application compiled against the built package's declaration files, as a user's would be. */
const CONSUMER = `import { ServiceBuilder } from "@smithy-ts/runtime/codegen-v1/server";
import { restJson1Server } from "@smithy-ts/runtime/codegen-v1/rest-json1-server";
import { PokemonService, PokemonServiceSchema, type PokemonServiceOperations } from "../../pokemon/dist/index.js";

const raw = new ServiceBuilder<PokemonServiceOperations>({ schema: PokemonServiceSchema, protocol: restJson1Server }).handler("Ping", () => ({}));
// @ts-expect-error the runtime's own builder keeps the check through its .d.ts files too
raw.build();

const partial = PokemonService.builder().getPokemon(() => ({ name: "x", level: 1 }));
// @ts-expect-error build() is still rejected through the .d.ts files while operations are missing
partial.build();
export const app = partial
  .catchPokemon(() => ({ caught: false }))
  .uploadSprite(() => ({}))
  .ping(() => ({}))
  .build();
`;

/** Names that collide with the builder's members, the package's derived names and runtime imports. */
const CLASH_IDL = `$version: "2.0"
namespace example.clash
use aws.protocols#restJson1
@restJson1
service Svc { version: "1", operations: [Get, GetService, Build, Constructor, Registered] }
@http(method: "GET", uri: "/a") operation Get { input := { s: Service, b: ServiceBuilder, h: Handler, c: SvcConfig } }
@http(method: "GET", uri: "/b") operation GetService { output := { e: ServiceError, o: OperationShape, g: GetHandler } }
@http(method: "GET", uri: "/c") operation Build {}
@http(method: "GET", uri: "/d") operation Constructor { errors: [ServiceConfig] }
@http(method: "GET", uri: "/e") operation Registered {}
structure Service {}
structure ServiceBuilder {}
structure Handler {}
structure SvcConfig {}
structure ServiceError {}
structure OperationShape {}
structure GetHandler {}
@error("client") structure ServiceConfig { message: String }
`;

const EMPTY_IDL = `$version: "2.0"
namespace example.empty
use aws.protocols#awsJson1_1
@awsJson1_1
service Nothing { version: "1" }
`;

describe("server mode packages type-check strictly", () => {
  test("names that clash with the builder, derived names and runtime symbols; a service without operations", () => {
    workspace.write("clash", generateServer(idlModel(CLASH_IDL)));
    workspace.write("empty", generateServer(idlModel(EMPTY_IDL)));
    const r = workspace.checkAll(["clash", "empty"]);
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  test("pokemon model, with the builder's type tests", () => {
    const files: GeneratedFile[] = [...generateServer(pokemonModel()), { path: "src/type-checks.ts", contents: TYPE_CHECKS }];
    workspace.write("pokemon", files);
    const r = workspace.checkPackage("pokemon");
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  test("the build() check survives declaration emit: an application compiled against dist/*.d.ts gets it too", () => {
    workspace.write("pokemon", generateServer(pokemonModel()));
    const built = runTsc(join(workspace.root, "pokemon"), []);
    expect(built.output).toBe("");
    const consumer = workspace.write("consumer", [
      { path: "src/app.ts", contents: CONSUMER },
      { path: "package.json", contents: '{ "name": "consumer", "type": "module" }\n' },
    ]);
    writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...GENERATED_COMPILER_OPTIONS, noEmit: true }, include: ["src"] }));
    const r = workspace.checkPackage("consumer");
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });
});
