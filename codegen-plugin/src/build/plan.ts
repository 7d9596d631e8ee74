// Turns a merged configuration into a build plan: the projections to build, each with its
// transforms (`apply` inlined) and plugins, every argument and setting already checked. All
// configuration mistakes surface here, before any model is loaded or any output touched.
import { join } from "node:path";
import type { BuildConfig, PluginEntry, ProjectionConfig, TransformConfig } from "./config/build-config.js";
import { ObjectReader } from "./config/object-reader.js";
import { buildError, BuildError } from "./errors.js";
import { NAME_PATTERN, parsePluginId, type PluginId } from "./plugin-id.js";
import type { PreparedPlugin } from "./plugins/plugin.js";
import { BUILT_IN_PLUGIN_IDS, PLUGINS } from "./plugins/registry.js";
import { APPLY, APPLY_LEGACY_LIST_ARGUMENT, readApplyArgs } from "./transforms/apply.js";
import { TRANSFORMS } from "./transforms/registry.js";
import type { PreparedTransform } from "./transforms/transform.js";

export interface PlannedTransform {
  /** Where the transform is configured, for messages. */
  readonly where: string;
  readonly run: PreparedTransform;
}

export interface PlannedPlugin {
  readonly id: PluginId;
  readonly where: string;
  readonly run: PreparedPlugin;
}

export interface ProjectionPlan {
  readonly name: string;
  readonly config: ProjectionConfig;
  readonly transforms: readonly PlannedTransform[];
  readonly plugins: readonly PlannedPlugin[];
}

export interface BuildPlan {
  readonly outputDirectory: string;
  readonly projections: readonly ProjectionPlan[];
  /** Things worth telling the user that do not stop the build. */
  readonly warnings: readonly string[];
}

export interface PlanOptions {
  readonly rootDir: string;
  /** Overrides the configured output directory (`-o`). */
  readonly outputDirectory?: string;
  /** Only build this projection. */
  readonly projection?: string;
  /** Only run the plugin with this artifact name. */
  readonly plugin?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

type Step = { readonly kind: "transform"; readonly planned: PlannedTransform } | { readonly kind: "apply"; readonly projections: readonly string[]; readonly where: string };

export function planBuild(config: BuildConfig, options: PlanOptions): BuildPlan {
  const warnings: string[] = [];
  const outputDirectory = options.outputDirectory ?? config.outputDirectory ?? join(options.rootDir, "build", "smithy");
  const configName = config.files.length > 0 ? config.files.join(" + ") : "the default configuration";

  const projections = new Map<string, ProjectionConfig>();
  if (!config.projections.has("source")) {
    projections.set("source", { name: "source", abstract: false, imports: [], transforms: [], plugins: new Map(), file: "" });
  }
  for (const [name, p] of config.projections) projections.set(name, p);

  for (const [name, p] of projections) {
    if (!NAME_PATTERN.test(name)) {
      throw buildError(p.file, `invalid projection name "${name}": names start with a letter or digit and continue with letters, digits, "-", "_" or "."`);
    }
  }
  const source = projections.get("source")!;
  if (source.transforms.length > 0) {
    throw buildError(`${source.file}: projection "source"`, "the source projection cannot have transforms; define another projection for a transformed model");
  }

  const steps = new Map<string, Step[]>();
  for (const [name, p] of projections) steps.set(name, p.transforms.map(prepareStep));

  const expand = (name: string, chain: readonly string[]): PlannedTransform[] => {
    const out: PlannedTransform[] = [];
    for (const step of steps.get(name)!) {
      if (step.kind === "transform") {
        out.push(step.planned);
        continue;
      }
      for (const target of step.projections) {
        if (!projections.has(target)) {
          throw buildError(step.where, `cannot apply projection "${target}": no projection has that name in ${configName}`);
        }
        if (target === name || chain.includes(target)) {
          const cycle = [...chain, name, target].slice(chain.includes(target) ? chain.indexOf(target) : chain.length);
          throw buildError(step.where, `cyclic apply: ${cycle.join(" -> ")}; a projection cannot apply itself, directly or through others`);
        }
        out.push(...expand(target, [...chain, name]));
      }
    }
    return out;
  };

  if (options.projection !== undefined) {
    const wanted = projections.get(options.projection);
    if (wanted === undefined) {
      throw new BuildError(`--projection ${options.projection}: no such projection in ${configName} (projections: ${[...projections.keys()].join(", ")})`);
    }
    if (wanted.abstract) throw new BuildError(`--projection ${options.projection}: that projection is abstract and builds nothing`);
  }

  const plans: ProjectionPlan[] = [];
  let pluginSeen = options.plugin === undefined;
  for (const [name, p] of projections) {
    // Every projection's transforms are expanded, so a broken `apply` anywhere is reported.
    const transforms = expand(name, []);
    if (p.abstract) continue;
    const plugins = planPlugins(config, p, outputDirectory, options, warnings);
    if (options.projection !== undefined && options.projection !== name) continue;
    const selected = options.plugin === undefined ? plugins : plugins.filter((pl) => pl.id.artifactName === options.plugin);
    if (selected.length > 0) pluginSeen = true;
    plans.push({ name, config: p, transforms, plugins: selected });
  }
  if (!pluginSeen) {
    throw new BuildError(`--plugin ${options.plugin}: no plugin with that artifact name is configured for the projections being built`);
  }
  return { outputDirectory, projections: plans, warnings };
}

function prepareStep(t: TransformConfig): Step {
  if (!NAME_PATTERN.test(t.name)) throw buildError(t.where, `invalid transform name "${t.name}"`);
  if (t.name === APPLY) {
    const reader = argsReader(t, APPLY_LEGACY_LIST_ARGUMENT);
    const projections = readApplyArgs(reader);
    reader.done();
    return { kind: "apply", projections, where: t.where };
  }
  const def = TRANSFORMS.get(t.name);
  if (def === undefined) {
    throw buildError(t.where, `unsupported transform "${t.name}" (supported: ${[APPLY, ...TRANSFORMS.keys()].sort().join(", ")})`);
  }
  const reader = argsReader(t, def.legacyListArgument);
  const run = def.prepare(reader);
  reader.done();
  return { kind: "transform", planned: { where: t.where, run } };
}

/** Smithy still accepts `"args": ["a", "b"]` for transforms with one list argument. */
function argsReader(t: TransformConfig, legacyListArgument: string | undefined): ObjectReader {
  const where = `${t.where} args`;
  if (Array.isArray(t.args)) {
    if (legacyListArgument === undefined) throw buildError(where, `must be an object; "${t.name}" does not accept a list of strings as its arguments`);
    return new ObjectReader({ [legacyListArgument]: t.args }, where);
  }
  return new ObjectReader(t.args, where);
}

function planPlugins(config: BuildConfig, p: ProjectionConfig, outputDirectory: string, options: PlanOptions, warnings: string[]): PlannedPlugin[] {
  const where = `${p.file === "" ? "implicit" : p.file + ":"} projection "${p.name}"`.trim();
  const combined = new Map<string, PluginEntry>();
  for (const id of BUILT_IN_PLUGIN_IDS) combined.set(id, { settings: {}, file: "" });
  for (const [id, entry] of config.plugins) combined.set(id, entry);
  for (const [id, entry] of p.plugins) combined.set(id, entry);

  const artifacts = new Map<string, string>();
  const out: PlannedPlugin[] = [];
  for (const idText of [...combined.keys()].sort()) {
    const entry = combined.get(idText)!;
    const pluginWhere = `${entry.file === "" ? "" : entry.file + ": "}projection "${p.name}", plugin "${idText}"`;
    const id = parsePluginId(idText);
    if (id === undefined) {
      throw buildError(pluginWhere, `invalid plugin id: write "plugin-name" or "plugin-name::artifact-name" (letters, digits, "-", "_", ".")`);
    }
    const clash = artifacts.get(id.artifactName);
    if (clash !== undefined) {
      throw buildError(where, `plugins "${clash}" and "${idText}" both write the artifact "${id.artifactName}"; give one of them another artifact name`);
    }
    artifacts.set(id.artifactName, idText);
    const def = PLUGINS.get(id.pluginName);
    if (def === undefined) {
      const message = `no plugin named "${id.pluginName}" is available; the embedded host provides ${[...PLUGINS.keys()].sort().join(", ")}`;
      if (config.ignoreMissingPlugins) {
        warnings.push(`${pluginWhere}: ${message} (skipped because ignoreMissingPlugins is set)`);
        continue;
      }
      throw buildError(pluginWhere, `${message} (set "ignoreMissingPlugins": true to skip plugins this host does not know)`);
    }
    const reader = new ObjectReader(entry.settings, `${pluginWhere} settings`);
    let run: PreparedPlugin;
    try {
      run = def.prepare(reader, {
        id,
        projectionName: p.name,
        pluginDir: join(outputDirectory, p.name, id.artifactName),
        rootDir: options.rootDir,
        env: options.env,
      });
      reader.done();
    } catch (e) {
      if (e instanceof BuildError && !e.message.startsWith(pluginWhere)) throw buildError(pluginWhere, e.message);
      throw e;
    }
    out.push({ id, where: pluginWhere, run });
  }
  return out;
}
