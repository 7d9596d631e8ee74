// The pokemon service of the codegen tests (codegen-plugin/test/codegen/server/pokemon-model.ts),
// generated with `--mode server` and loaded for the adapter, builder and hostile-input tests.
// Those tests need no corpus. Each test file generates its own copy (files run in parallel).
// The facade types below describe the generated API the tests use; the generated package
// itself is type-checked by codegen-plugin's server-compile test.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generate } from "../../../../codegen-plugin/src/codegen/index.js";
import { pokemonModel } from "../../../../codegen-plugin/test/codegen/server/pokemon-model.js";
import { writePackage } from "../generate/client-packages.js";
import { generatorOptions } from "../generate/generator-options.js";
import { GENERATED_DIR } from "../paths.js";
import type { HandlerContext, HttpPlugin, Layer, ModelPlugin, PluginScope, ServerLimits, ServerLogger, Service } from "./server-runtime.js";

type Handler<I, O> = (input: I, ctx: HandlerContext) => Promise<O> | O;

export interface CatchPokemonInput {
  name: string;
  ball?: string;
  trainer?: string;
  attempts: number;
  trainerId?: string;
  notes?: unknown;
  stats?: Record<string, number>;
}

export interface PokemonBuilder {
  getPokemon(h: Handler<{ name: string; language: string }, { name: string; level: number; kind?: string; moves?: string[] }>): PokemonBuilder;
  catchPokemon(h: Handler<CatchPokemonInput, { caught: boolean }>): PokemonBuilder;
  uploadSprite(h: Handler<{ name: string; image: { bytes(): Promise<Uint8Array> } }, Record<string, never>>): PokemonBuilder;
  ping(h: Handler<Record<string, never>, Record<string, never>>): PokemonBuilder;
  pingCustom(service: (request: unknown, ctx: HandlerContext) => Promise<{ statusCode: number; headers: Record<string, string>; body: undefined }>): PokemonBuilder;
  build(): Service;
  buildUnchecked(): Service;
}

export interface PokemonConfigBuilder {
  httpPlugin(plugin: HttpPlugin, scope?: PluginScope<string>): PokemonConfigBuilder;
  modelPlugin(plugin: ModelPlugin, scope?: PluginScope<string>): PokemonConfigBuilder;
  layer(layer: Layer): PokemonConfigBuilder;
  limits(limits: Partial<ServerLimits>): PokemonConfigBuilder;
  logger(logger: ServerLogger): PokemonConfigBuilder;
  build(): unknown;
}

export interface PokemonServer {
  readonly PokemonService: { builder(config?: unknown): PokemonBuilder };
  readonly PokemonServiceConfig: { builder(): PokemonConfigBuilder };
  readonly PokemonNotFound: new (fields: { message: string; code?: string }) => Error;
  readonly MissingOperationsError: new (...args: never[]) => Error;
}

/** Generates the pokemon server into generated/fixtures/<name> and imports it. */
export async function loadPokemonServer(name: string): Promise<PokemonServer> {
  const dir = join(GENERATED_DIR, "fixtures", name);
  writePackage(dir, generate(pokemonModel(), { ...generatorOptions(), mode: "server" }));
  return (await import(pathToFileURL(join(dir, "src/index.ts")).href)) as PokemonServer;
}
