// The contract of a build plugin. Like transforms, a plugin checks its settings when the build
// is planned (so a bad setting fails before anything is written) and returns the function that
// runs it once per projection, writing its artifacts into its own directory.
import type { ValidationEvent } from "../../model/events.js";
import type { Model } from "../../model/model.js";
import type { NodeValue } from "../../model/node-value.js";
import type { ProjectionConfig } from "../config/build-config.js";
import type { ObjectReader } from "../config/object-reader.js";
import type { PluginId } from "../plugin-id.js";

/** A model file that belongs to the build's sources. */
export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the source entry (directory) it was found under; the file name for a file entry. */
  readonly relativePath: string;
}

export interface PluginContext {
  readonly projectionName: string;
  readonly projection: ProjectionConfig;
  /** The directory the plugin writes into; it exists when the plugin runs. */
  readonly pluginDir: string;
  /** The root of the build (the directory the build was started from). */
  readonly rootDir: string;
  /** The projected model. */
  readonly model: Model;
  /** The model before the projection's transforms ran. */
  readonly originalModel: Model;
  /** Validation events of the projected model. */
  readonly events: readonly ValidationEvent[];
  /** Model files of the build's `sources` (imports excluded), in the order they were found. */
  readonly sources: readonly SourceFile[];
  /** Serializes a model as a JSON AST document. */
  readonly toJsonAst: (model: Model, options: { readonly includePrelude: boolean }) => NodeValue;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type PreparedPlugin = (context: PluginContext) => Promise<void>;

export interface PrepareContext {
  readonly id: PluginId;
  readonly projectionName: string;
  /** Where the plugin's artifacts will go. */
  readonly pluginDir: string;
  readonly rootDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface PluginDefinition {
  readonly name: string;
  /** Reads and checks the settings; the host calls the reader's `done()` afterwards. */
  prepare(settings: ObjectReader, context: PrepareContext): PreparedPlugin;
}

/** JSON as the Java host writes artifact files: four-space indentation and a final newline. */
export function prettyJson(value: NodeValue): string {
  return `${JSON.stringify(value, null, 4)}\n`;
}
