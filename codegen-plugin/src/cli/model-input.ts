// What the model commands (ast, validate, idl) share: their arguments (PATH... plus flags),
// collecting model files from paths (directories walked recursively for *.smithy and *.json),
// reading them, and printing events.
import type { Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { formatEvent, SEVERITY_ORDER, type Severity, sortEvents, type ValidationEvent } from "../model/events.js";
import { type LoadResult, loadModel, type ModelSource } from "../model/loader.js";
import { type CliIo, UsageError } from "./io.js";

export interface ModelArgs {
  /** Files and directories, as given ("-" means a JSON AST document on stdin). */
  readonly paths: readonly string[];
  readonly allowUnknownTraits: boolean;
  /** Boolean flags the command accepts that were given, e.g. "--prelude". */
  readonly flags: ReadonlySet<string>;
  /** Options with a value the command accepts, e.g. "--out" -> "dir". */
  readonly options: ReadonlyMap<string, string>;
}

export interface ModelArgSpec {
  readonly flags?: readonly string[];
  readonly options?: readonly string[];
}

/** Parses `PATH... [--allow-unknown-traits] [command flags] [--option value | --option=value]`. */
export function parseModelArgs(args: readonly string[], spec: ModelArgSpec = {}): ModelArgs {
  const paths: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  let allowUnknownTraits = false;
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyPaths || arg === "-" || !arg.startsWith("-")) {
      paths.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--allow-unknown-traits" && eq < 0) {
      allowUnknownTraits = true;
    } else if (spec.flags?.includes(name) && eq < 0) {
      flags.add(name);
    } else if (spec.options?.includes(name)) {
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        value = args[i + 1];
        if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
        i++;
      }
      if (value === "") throw new UsageError(`${name} needs a non-empty value`);
      if (options.has(name)) throw new UsageError(`${name} given more than once`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }
  if (paths.length === 0) throw new UsageError("no model files given (pass files or directories)");
  return { paths, allowUnknownTraits, flags, options };
}

/** Directories skipped while walking: they never hold a project's own models. */
function skippedDirectory(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!skippedDirectory(e.name)) await walk(path, out);
    } else if (e.name.endsWith(".smithy") || e.name.endsWith(".json")) {
      out.push(path);
    }
  }
}

/**
 * Model files named by `paths` (relative to `cwd`): files as given, directories walked for
 * *.smithy and *.json. A path that does not exist is a usage error.
 */
export async function collectModelFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if (p === "-") continue;
    const abs = resolve(cwd, p);
    let info: Stats;
    try {
      info = await stat(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    if (info.isDirectory()) await walk(abs, files);
    else files.push(abs);
  }
  return [...new Set(files)];
}

/** Reads the model sources named by the arguments; events name files relative to `cwd`. */
export async function readModelSources(args: ModelArgs, io: CliIo): Promise<ModelSource[]> {
  const files = await collectModelFiles(args.paths, io.cwd);
  const sources: ModelSource[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = await readFile(f, "utf8");
    } catch (e) {
      throw new UsageError(`cannot read ${relative(io.cwd, f)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    sources.push({ filename: relative(io.cwd, f) || f, text });
  }
  if (args.paths.includes("-")) sources.push({ filename: "<stdin>.json", text: await io.readStdin() });
  if (sources.length === 0) throw new UsageError("no *.smithy or *.json files found in the given paths");
  return sources;
}

/** Reads and loads the model the arguments name. */
export async function loadFromArgs(args: ModelArgs, io: CliIo): Promise<LoadResult> {
  return loadModel(await readModelSources(args, io), { allowUnknownTraits: args.allowUnknownTraits });
}

export function hasBlockingEvents(events: readonly ValidationEvent[]): boolean {
  return events.some((e) => e.severity === "ERROR" || e.severity === "DANGER");
}

/** Prints events at or above `minimum`, in file order, one per line. */
export function printEvents(write: (text: string) => void, events: readonly ValidationEvent[], minimum: Severity): void {
  const shown = sortEvents(events.filter((e) => SEVERITY_ORDER[e.severity] >= SEVERITY_ORDER[minimum]));
  if (shown.length > 0) write(`${shown.map(formatEvent).join("\n")}\n`);
}

/** "2 ERROR, 1 WARNING" style counts, most severe first; "no events" when empty. */
export function summarizeEvents(events: readonly ValidationEvent[]): string {
  const order: Severity[] = ["ERROR", "DANGER", "WARNING", "NOTE", "SUPPRESSED"];
  const parts = order
    .map((s) => [s, events.filter((e) => e.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  return parts.length > 0 ? parts.join(", ") : "no events";
}
