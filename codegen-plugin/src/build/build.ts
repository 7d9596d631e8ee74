// The embedded Smithy build: read and merge smithy-build.json files, plan, load the model, then
// for each projection apply its transforms, validate, and run its plugins into
// `<outputDirectory>/<projection>/<artifact>/`. A projection that fails (invalid projected model,
// failing transform or plugin) leaves its earlier output as it was; the others still build.
import { readFile, stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { formatEvent, isBlocking, SEVERITY_ORDER, type ValidationEvent } from "../model/events.js";
import type { Model } from "../model/model.js";
import { isPreludeId } from "../model/shape-id.js";
import { emptyBuildConfig, mergeBuildConfigs, parseBuildConfig, type BuildConfig } from "./config/build-config.js";
import { BuildError } from "./errors.js";
import { findModelFiles, readModelFiles } from "./model-files.js";
import type { ModelPort } from "./model-port.js";
import { ProjectionOutput, recoverInterruptedBuild } from "./output.js";
import { planBuild, type ProjectionPlan } from "./plan.js";
import type { SourceFile } from "./plugins/plugin.js";

export interface BuildOptions {
  /** The build's root: relative paths on the command line and SMITHY_ROOT_DIR mean this directory. */
  readonly rootDir: string;
  /** Config files (`-c`), in merge order; none means `<rootDir>/smithy-build.json` when it exists. */
  readonly configFiles: readonly string[];
  /** Model files or directories given on the command line; they count as sources. */
  readonly models: readonly string[];
  readonly outputDirectory?: string;
  readonly projection?: string;
  readonly plugin?: string;
  readonly allowUnknownTraits: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly modelPort: ModelPort;
  /** Progress and diagnostics, one line (or paragraph) at a time. */
  readonly report: (text: string) => void;
  /** Finer-grained progress for a live display (the CLI shows it on terminals only). */
  readonly progress?: (event: BuildProgress) => void;
}

/** A projection starts building; a plugin of it finished (its output is in `directory`). */
export type BuildProgress =
  | { readonly kind: "projection-started"; readonly projection: string; readonly plugins: readonly string[] }
  | { readonly kind: "plugin-finished"; readonly projection: string; readonly plugin: string; readonly millis: number; readonly directory: string };

export interface ProjectionOutcome {
  readonly name: string;
  readonly ok: boolean;
  /** Top-level shapes of the projected model, prelude excluded. */
  readonly shapeCount: number;
  /** Plugin ids that ran. */
  readonly plugins: readonly string[];
  readonly millis: number;
}

export interface BuildOutcome {
  /** 0 when every projection was built, 1 otherwise. */
  readonly exitCode: number;
  readonly outputDirectory: string | undefined;
  readonly projections: readonly ProjectionOutcome[];
}

export async function runBuild(options: BuildOptions): Promise<BuildOutcome> {
  try {
    return await build(options);
  } catch (e) {
    if (e instanceof BuildError) {
      options.report(`error: ${e.message}`);
      return { exitCode: 1, outputDirectory: undefined, projections: [] };
    }
    throw e;
  }
}

async function build(options: BuildOptions): Promise<BuildOutcome> {
  const { rootDir, report } = options;
  const config = await readConfigs(options);
  const plan = planBuild(config, {
    rootDir,
    env: options.env,
    ...(options.outputDirectory !== undefined ? { outputDirectory: resolve(rootDir, options.outputDirectory) } : {}),
    ...(options.projection !== undefined ? { projection: options.projection } : {}),
    ...(options.plugin !== undefined ? { plugin: options.plugin } : {}),
  });
  for (const w of plan.warnings) report(`warning: ${w}`);

  const extraSources = options.models.map((m) => ({ path: resolve(rootDir, m), declaredIn: "the command line" }));
  const skip = new Set([plan.outputDirectory]);
  const sources = await findModelFiles([...config.sources, ...extraSources], "source", skip);
  const imports = await findModelFiles(config.imports, "import", skip);
  const loadOptions = { allowUnknownTraits: options.allowUnknownTraits };
  const base = options.modelPort.load(await readModelFiles([...sources, ...imports]), loadOptions);
  reportEvents(report, base.events, "WARNING", rootDir);
  if (base.model === undefined || base.events.some(isBlocking)) {
    report("error: the model has errors (listed above), so no projection was built");
    return { exitCode: 1, outputDirectory: plan.outputDirectory, projections: [] };
  }

  // Projection imports are checked up front too: a missing path is a configuration error.
  const projectionImports = new Map<string, SourceFile[]>();
  for (const projection of plan.projections) projectionImports.set(projection.name, await findModelFiles(projection.config.imports, "import", skip));

  await recoverInterruptedBuild(plan.outputDirectory);
  const outcomes: ProjectionOutcome[] = [];
  for (const projection of plan.projections) {
    const outcome = await buildProjection(projection, {
      options,
      base: { model: base.model, events: base.events },
      sources,
      imports: [...imports, ...projectionImports.get(projection.name)!],
      outputDirectory: plan.outputDirectory,
    });
    outcomes.push(outcome);
    report(summaryLine(outcome, plan.outputDirectory, rootDir));
  }
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
  const pluginCount = outcomes.reduce((n, o) => n + o.plugins.length, 0);
  report(
    failed.length === 0
      ? `built ${outcomes.length} projection(s) and ran ${pluginCount} plugin(s) into ${display(plan.outputDirectory, rootDir)}`
      : `error: ${failed.length} of ${outcomes.length} projection(s) failed: ${failed.join(", ")}`,
  );
  return { exitCode: failed.length === 0 ? 0 : 1, outputDirectory: plan.outputDirectory, projections: outcomes };
}

async function readConfigs(options: BuildOptions): Promise<BuildConfig> {
  const vars = { env: options.env, rootDir: options.rootDir };
  let files = options.configFiles.map((f) => resolve(options.rootDir, f));
  if (files.length === 0) {
    const implicit = resolve(options.rootDir, "smithy-build.json");
    if (!(await isFile(implicit))) return emptyBuildConfig();
    files = [implicit];
  }
  const configs: BuildConfig[] = [];
  for (const file of files) {
    const name = display(file, options.rootDir);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      throw new BuildError(`cannot read the config file ${name}: it does not exist or is not readable`);
    }
    configs.push(parseBuildConfig(text, name, file, vars));
  }
  return mergeBuildConfigs(configs);
}

interface ProjectionInputs {
  readonly options: BuildOptions;
  readonly base: { readonly model: Model; readonly events: readonly ValidationEvent[] };
  readonly sources: readonly SourceFile[];
  /** The build's imports followed by the projection's own. */
  readonly imports: readonly SourceFile[];
  readonly outputDirectory: string;
}

async function buildProjection(plan: ProjectionPlan, inputs: ProjectionInputs): Promise<ProjectionOutcome> {
  const { options } = inputs;
  const started = performance.now();
  const outcome = (ok: boolean, model: Model | undefined, plugins: readonly string[]): ProjectionOutcome => ({
    name: plan.name,
    ok,
    shapeCount: model === undefined ? 0 : [...model.shapes()].filter((s) => !isPreludeId(s.id)).length,
    plugins,
    millis: Math.round(performance.now() - started),
  });
  const fail = (message: string, model?: Model): ProjectionOutcome => {
    // Messages that already say where they come from in this projection are not prefixed again.
    const named = message.includes(`projection "${plan.name}"`);
    options.report(`error: ${named ? "" : `projection "${plan.name}": `}${message}`);
    return outcome(false, model, []);
  };
  const loadOptions = { allowUnknownTraits: options.allowUnknownTraits };
  options.progress?.({ kind: "projection-started", projection: plan.name, plugins: plan.plugins.map((p) => p.id.id) });

  // Projection imports: the model is assembled again with the extra files.
  let original = inputs.base;
  if (plan.config.imports.length > 0) {
    const loaded = options.modelPort.load(await readModelFiles([...inputs.sources, ...inputs.imports]), loadOptions);
    if (loaded.model === undefined || loaded.events.some(isBlocking)) {
      reportEvents(options.report, loaded.events, "DANGER", options.rootDir);
      return fail("the model with this projection's imports has errors (listed above)");
    }
    original = { model: loaded.model, events: loaded.events };
  }

  let model = original.model;
  const context = { projectionName: plan.name, originalModel: original.model, originalEvents: original.events };
  for (const t of plan.transforms) {
    try {
      model = t.run(model, context);
    } catch (e) {
      if (e instanceof BuildError) return fail(`${t.where}: ${e.message}`);
      return fail(`${t.where}: internal error in the transform: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const events = plan.transforms.length === 0 ? original.events : options.modelPort.validate(model, loadOptions);
  if (events.some(isBlocking)) {
    reportEvents(options.report, events, "DANGER", options.rootDir);
    return fail("the projected model has errors (listed above); no plugin ran and earlier output was kept", model);
  }

  const output = new ProjectionOutput(inputs.outputDirectory, plan.name);
  const ran: string[] = [];
  for (const plugin of plan.plugins) {
    const pluginStarted = performance.now();
    try {
      const pluginDir = await output.artifactDir(plugin.id.artifactName);
      await plugin.run({
        projectionName: plan.name,
        projection: plan.config,
        pluginDir,
        rootDir: options.rootDir,
        model,
        originalModel: original.model,
        events,
        sources: inputs.sources,
        toJsonAst: (m, o) => options.modelPort.toJsonAst(m, o),
        env: options.env,
      });
      ran.push(plugin.id.id);
      options.progress?.({
        kind: "plugin-finished",
        projection: plan.name,
        plugin: plugin.id.id,
        millis: performance.now() - pluginStarted,
        directory: resolve(inputs.outputDirectory, plan.name, plugin.id.artifactName),
      });
    } catch (e) {
      await output.rollback();
      const message = e instanceof Error ? e.message : String(e);
      const kind = e instanceof BuildError ? "" : "internal error: ";
      return fail(`${plugin.where}: ${kind}${message}\nEarlier output of this projection was kept.`, model);
    }
  }
  await output.commit();
  return outcome(true, model, ran);
}

function reportEvents(report: (text: string) => void, events: readonly ValidationEvent[], minimum: "WARNING" | "DANGER", rootDir: string): void {
  for (const e of events) {
    if (SEVERITY_ORDER[e.severity] < SEVERITY_ORDER[minimum]) continue;
    const located = e.source && e.source.filename !== "" ? { ...e, source: { ...e.source, filename: display(e.source.filename, rootDir) } } : e;
    report(formatEvent(located));
  }
}

function summaryLine(o: ProjectionOutcome, outputDirectory: string, rootDir: string): string {
  const where = display(resolve(outputDirectory, o.name), rootDir);
  if (!o.ok) return `FAILED ${o.name}: ${o.shapeCount} shapes, ${o.millis} ms`;
  return `built ${o.name}: ${o.shapeCount} shapes, ${o.plugins.length} plugins (${o.plugins.join(", ")}), ${o.millis} ms -> ${where}`;
}

/** Paths under the root are shown relative to it; others absolute. */
function display(path: string, rootDir: string): string {
  const rel = relative(rootDir, path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
