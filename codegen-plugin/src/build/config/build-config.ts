// smithy-build.json, read and checked. Paths are resolved (relative to the file that declares
// them) as soon as a file is read, so merged configurations never mix up base directories.
import { dirname, resolve } from "node:path";
import type { NodeObject, NodeValue } from "../../model/node-value.js";
import { buildError } from "../errors.js";
import { expandVariables, type VariableSource } from "./expand-variables.js";
import { parseJsonWithComments } from "./json-with-comments.js";
import { ObjectReader } from "./object-reader.js";

/** A plugin id ("model", "run::client") and its settings, with the file that declared it. */
export interface PluginEntry {
  readonly settings: NodeObject;
  readonly file: string;
}

/** A path from a config file, resolved, with the file that listed it (for messages). */
export interface ConfigPath {
  readonly path: string;
  readonly declaredIn: string;
}

export interface TransformConfig {
  readonly name: string;
  /** An object, or (deprecated form still accepted by Smithy) an array of strings. */
  readonly args: NodeValue;
  /** Location for messages: `smithy-build.json: projection "x", transform 2 (name)`. */
  readonly where: string;
}

export interface ProjectionConfig {
  readonly name: string;
  readonly abstract: boolean;
  readonly imports: readonly ConfigPath[];
  readonly transforms: readonly TransformConfig[];
  readonly plugins: ReadonlyMap<string, PluginEntry>;
  /** The config file that declared the projection ("" for the implicit `source` projection). */
  readonly file: string;
}

export interface BuildConfig {
  /** Config files merged into this configuration, in order. */
  readonly files: readonly string[];
  readonly version: string;
  /** Absolute path, when configured. */
  readonly outputDirectory: string | undefined;
  /** Model files and directories that make up the model package. */
  readonly sources: readonly ConfigPath[];
  /** Model files and directories needed to build but not part of the package. */
  readonly imports: readonly ConfigPath[];
  readonly projections: ReadonlyMap<string, ProjectionConfig>;
  /** Plugins applied to every projection. */
  readonly plugins: ReadonlyMap<string, PluginEntry>;
  readonly ignoreMissingPlugins: boolean;
}

export const SUPPORTED_VERSION = "1.0";

/**
 * Parses and checks one smithy-build.json document.
 * @param displayName how the file is named in messages (usually a path relative to the cwd)
 * @param absolutePath used to resolve relative paths inside the file
 */
export function parseBuildConfig(text: string, displayName: string, absolutePath: string, vars: VariableSource): BuildConfig {
  const json = expandVariables(parseJsonWithComments(text, displayName), vars, displayName);
  const baseDir = dirname(absolutePath);
  const top = new ObjectReader(json, displayName);

  const version = top.optionalString("version");
  if (version === undefined) throw buildError(displayName, `missing required "version" (set it to "${SUPPORTED_VERSION}")`);
  if (version !== SUPPORTED_VERSION) {
    throw top.error("version", `is "${version}", but the only supported smithy-build version is "${SUPPORTED_VERSION}"`);
  }
  const outputDirectory = top.optionalString("outputDirectory");
  if (outputDirectory === "") throw top.error("outputDirectory", "must not be empty");
  const paths = (list: string[]): ConfigPath[] => list.map((p) => ({ path: resolve(baseDir, p), declaredIn: displayName }));
  const sources = paths(top.stringList("sources"));
  const imports = paths(top.stringList("imports"));
  const ignoreMissingPlugins = top.boolean("ignoreMissingPlugins", false);
  const plugins = readPlugins(top.optionalObject("plugins"), `${displayName}: plugins`, displayName);
  // Maven coordinates only matter to the JVM hosts; their shape is still checked so a config
  // that is wrong there is also wrong here.
  const maven = top.optionalObject("maven");
  if (maven !== undefined) {
    const m = new ObjectReader(maven, `${displayName}: maven`);
    m.stringList("dependencies");
    const repos = m.get("repositories");
    if (repos !== undefined) {
      if (!Array.isArray(repos)) throw m.error("repositories", "must be an array of objects");
      repos.forEach((r: NodeValue, i: number) => {
        const repo = new ObjectReader(r, `${displayName}: maven.repositories[${i}]`);
        repo.requiredString("url");
        repo.optionalString("httpCredentials");
        repo.optionalString("proxyHost");
        repo.optionalString("proxyCredentials");
        repo.done();
      });
    }
    m.done();
  }
  const projections = new Map<string, ProjectionConfig>();
  const projectionsNode = top.optionalObject("projections");
  for (const [name, value] of Object.entries(projectionsNode ?? {})) {
    projections.set(name, readProjection(name, value, displayName, baseDir));
  }
  top.done();

  return { files: [displayName], version, outputDirectory: outputDirectory === undefined ? undefined : resolve(baseDir, outputDirectory), sources, imports, projections, plugins, ignoreMissingPlugins };
}

function readProjection(name: string, value: NodeValue, file: string, baseDir: string): ProjectionConfig {
  const where = `${file}: projection "${name}"`;
  const r = new ObjectReader(value, where);
  const isAbstract = r.boolean("abstract", false);
  const imports = r.stringList("imports").map((p) => ({ path: resolve(baseDir, p), declaredIn: file }));
  const plugins = readPlugins(r.optionalObject("plugins"), `${where}, plugins`, file);
  const transformsNode = r.get("transforms");
  const transforms: TransformConfig[] = [];
  if (transformsNode !== undefined) {
    if (!Array.isArray(transformsNode)) throw r.error("transforms", "must be an array of {\"name\": ..., \"args\": {...}} objects");
    transformsNode.forEach((t: NodeValue, i: number) => {
      const tr = new ObjectReader(t, `${where}, transform ${i + 1}`);
      const transformName = tr.requiredString("name");
      const args = tr.get("args") ?? {};
      if (typeof args !== "object" || args === null) {
        throw tr.error("args", "must be an object of transform arguments");
      }
      tr.done();
      transforms.push({ name: transformName, args, where: `${where}, transform ${i + 1} (${transformName})` });
    });
  }
  r.done();
  if (isAbstract && (plugins.size > 0 || imports.length > 0)) {
    throw buildError(where, "an abstract projection must not define plugins or imports (it only holds transforms for other projections to apply)");
  }
  return { name, abstract: isAbstract, imports, transforms, plugins, file };
}

function readPlugins(node: NodeObject | undefined, where: string, file: string): Map<string, PluginEntry> {
  const out = new Map<string, PluginEntry>();
  for (const [id, settings] of Object.entries(node ?? {})) {
    const r = new ObjectReader(settings, `${where}, "${id}"`);
    out.set(id, { settings: r.raw, file });
  }
  return out;
}

/**
 * Merges configurations the way the Smithy CLI merges several `--config` files: later files
 * win for `version` and `outputDirectory`, `sources` and `imports` accumulate, projections and
 * top-level plugins are replaced by name, and `ignoreMissingPlugins` is on if any file sets it.
 */
export function mergeBuildConfigs(configs: readonly BuildConfig[]): BuildConfig {
  const [first, ...rest] = configs;
  if (first === undefined) throw new Error("mergeBuildConfigs needs at least one configuration");
  let merged = first;
  for (const next of rest) {
    const projections = new Map(merged.projections);
    for (const [name, p] of next.projections) projections.set(name, p);
    const plugins = new Map(merged.plugins);
    for (const [id, p] of next.plugins) plugins.set(id, p);
    merged = {
      files: [...merged.files, ...next.files],
      version: next.version,
      outputDirectory: next.outputDirectory ?? merged.outputDirectory,
      sources: [...merged.sources, ...next.sources],
      imports: [...merged.imports, ...next.imports],
      projections,
      plugins,
      ignoreMissingPlugins: merged.ignoreMissingPlugins || next.ignoreMissingPlugins,
    };
  }
  return merged;
}

/** The configuration used when no smithy-build.json exists: only the `source` projection. */
export function emptyBuildConfig(): BuildConfig {
  return {
    files: [],
    version: SUPPORTED_VERSION,
    outputDirectory: undefined,
    sources: [],
    imports: [],
    projections: new Map(),
    plugins: new Map(),
    ignoreMissingPlugins: false,
  };
}
