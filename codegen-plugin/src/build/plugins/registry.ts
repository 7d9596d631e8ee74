// The plugins the embedded host provides. `model`, `build-info` and `sources` run in every
// projection, as in Smithy; `run` is how generators (ours included) are called.
import { buildInfoPlugin } from "./build-info-plugin.js";
import { modelPlugin } from "./model-plugin.js";
import type { PluginDefinition } from "./plugin.js";
import { runPlugin } from "./run-plugin.js";
import { sourcesPlugin } from "./sources-plugin.js";

export const PLUGINS: ReadonlyMap<string, PluginDefinition> = new Map(
  [buildInfoPlugin, modelPlugin, sourcesPlugin, runPlugin].map((p) => [p.name, p]),
);

export const BUILT_IN_PLUGIN_IDS: readonly string[] = ["build-info", "model", "sources"];
