// Builds the example service: the restJson1 PokemonService and its awsJson1_0 twin over one
// store, with the example's plugins, behind one entry point (`app.service`): requests naming an
// operation in `X-Amz-Target` go to the awsJson1_0 twin, all others to restJson1. Serve it with
// `toNodeListener(app.service)`, `app.service.fetch` or `app.service.toLambdaHandler()`.
import { ServiceConfigBuilder, type HttpPlugin, type Layer, type ModelPlugin, type PluginScope, type Service, type ServiceConfig, type ServerLogger } from "@smithy-ts/runtime/server";
import * as Json from "./packages/json-server.js";
import * as Rest from "./packages/server.js";
import { pokedexHandlers, type ModeledErrors, type PokedexHandlers } from "./operations.js";
import { requestIds } from "./plugins/request-id.js";
import { requestLog, type RequestLogOptions } from "./plugins/request-log.js";
import { throttleFirstCalls } from "./plugins/throttle.js";
import { TRAINER_OPERATIONS, trainerAuthorization } from "./plugins/trainer-auth.js";
import { PokedexStore } from "./store.js";

export interface PokemonAppOptions {
  readonly store?: PokedexStore;
  /** Request log settings; `false` turns the log off. */
  readonly requestLog?: RequestLogOptions | false;
  /** Refuse this many calls with Throttled before serving any (0, the default, never throttles). */
  readonly throttleFirstCalls?: number;
  /** More plugins, registered after the example's own (so they run inside them). */
  readonly httpPlugins?: readonly ScopedPlugin<HttpPlugin>[];
  readonly modelPlugins?: readonly ScopedPlugin<ModelPlugin>[];
  /** Where 500s are reported (default: the runtime's console logger). */
  readonly logger?: ServerLogger;
}

export interface ScopedPlugin<P> {
  readonly plugin: P;
  readonly scope?: PluginScope<Rest.PokemonServiceOperationName>;
}

export interface PokemonApp {
  /** Both services behind one entry point (restJson1, passing awsJson1_0 requests to `json`). */
  readonly service: Service;
  /** The awsJson1_0 twin on its own. */
  readonly json: Service;
  readonly store: PokedexStore;
}

export function createPokemonApp(options: PokemonAppOptions = {}): PokemonApp {
  const store = options.store ?? new PokedexStore();

  const j = handlers(store, Json, "PokemonJsonService");
  const json = Json.PokemonJsonService.builder(serviceConfig(store, Json, options))
    .getServerInfo(j.GetServerInfo)
    .listSpecies(j.ListSpecies)
    .getSpecies(j.GetSpecies)
    .createTrainer(j.CreateTrainer)
    .getTrainer(j.GetTrainer)
    .updateTrainer(j.UpdateTrainer)
    .deleteTrainer(j.DeleteTrainer)
    .catchPokemon(j.CatchPokemon)
    .getCaughtPokemon(j.GetCaughtPokemon)
    .listCaughtPokemon(j.ListCaughtPokemon)
    .releasePokemon(j.ReleasePokemon)
    .putSprite(j.PutSprite)
    .getSprite(j.GetSprite)
    .build();

  // restJson1, with a layer in front of its routing that hands awsJson1_0 requests to the twin.
  const r = handlers(store, Rest, "PokemonService");
  const service = Rest.PokemonService.builder(serviceConfig(store, Rest, options, awsJsonTo(json)))
    .getServerInfo(r.GetServerInfo)
    .listSpecies(r.ListSpecies)
    .getSpecies(r.GetSpecies)
    .createTrainer(r.CreateTrainer)
    .getTrainer(r.GetTrainer)
    .updateTrainer(r.UpdateTrainer)
    .deleteTrainer(r.DeleteTrainer)
    .catchPokemon(r.CatchPokemon)
    .getCaughtPokemon(r.GetCaughtPokemon)
    .listCaughtPokemon(r.ListCaughtPokemon)
    .releasePokemon(r.ReleasePokemon)
    .putSprite(r.PutSprite)
    .getSprite(r.GetSprite)
    .build();

  return { service, json, store };
}

/** The version GetServerInfo reports: the model's service version. */
export const SERVICE_VERSION = "2024-06-01";

function handlers(store: PokedexStore, errors: ModeledErrors, service: string): PokedexHandlers {
  return pokedexHandlers(store, errors, { service, version: SERVICE_VERSION });
}

/** The example's plugins, in the order they run, then the caller's. */
function serviceConfig(store: PokedexStore, errors: ModeledErrors, options: PokemonAppOptions, ...layers: Layer[]): ServiceConfig {
  const builder = new ServiceConfigBuilder<Rest.PokemonServiceOperationName>();
  for (const layer of layers) builder.layer(layer);
  if (options.requestLog !== false) builder.httpPlugin(requestLog(options.requestLog ?? {}));
  builder.httpPlugin(requestIds());
  for (const { plugin, scope } of options.httpPlugins ?? []) builder.httpPlugin(plugin, scope);
  builder.modelPlugin(trainerAuthorization(store, errors.NotAuthorized), { include: TRAINER_OPERATIONS });
  const throttled = options.throttleFirstCalls ?? 0;
  if (throttled > 0) builder.modelPlugin(throttleFirstCalls(throttled, errors.Throttled));
  for (const { plugin, scope } of options.modelPlugins ?? []) builder.modelPlugin(plugin, scope);
  if (options.logger !== undefined) builder.logger(options.logger);
  return builder.build();
}

/** Sends awsJson1_0 requests (they name their operation in X-Amz-Target) to the twin service. */
export function awsJsonTo(json: Service): Layer {
  return (next) => (request) => (request.headers["x-amz-target"] !== undefined ? json.handle(request) : next(request));
}
