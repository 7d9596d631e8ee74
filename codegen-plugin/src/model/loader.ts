// The model loader's public API: Smithy IDL and JSON AST sources in, a semantic Model and
// validation events out. Pure: callers read files (see cli/model-input.ts) and pass text.
//
// smithy.api (the prelude) is always part of the model. The other namespaces smithy-ts
// bundles (aws.protocols, smithy.test, ...) are added when the sources refer to them and do
// not define any shape in them themselves (so the official trait files may be passed instead).
import { assemble, assemblePrelude, type BuiltPrelude } from "./assembler/assembler.js";
import type { ParsedFile } from "./assembler/load-operations.js";
import { notAModelEvent, parseJsonAst, readParsedJsonAst } from "./ast/reader.js";
import type { ValidationEvent } from "./events.js";
import { parseIdl } from "./idl/parser.js";
import type { Model } from "./model.js";
import { BUNDLED_NAMESPACES, PRELUDE } from "./prelude/index.js";
import { applySuppressions, validateModel } from "./validation/index.js";

export { stringifyJsonAst, writeJsonAst, type WriteJsonAstOptions } from "./ast/writer.js";
export { writeIdl } from "./idl/serializer.js";

export interface ModelSource {
  /** Shown in events; ".json" files are JSON AST, ".smithy" files IDL (else decided by content). */
  readonly filename: string;
  readonly text: string;
}

export interface LoadOptions {
  /** Report unknown traits as warnings instead of errors. */
  readonly allowUnknownTraits?: boolean;
  /** Run the validators after a successful assembly (default true). */
  readonly validate?: boolean;
}

export interface LoadResult {
  /** Whatever could be assembled, even when there are errors. */
  readonly model: Model;
  readonly events: readonly ValidationEvent[];
}

function isJsonSource(source: ModelSource): boolean {
  if (source.filename.endsWith(".json")) return true;
  if (source.filename.endsWith(".smithy")) return false;
  return /^\s*\{/.test(source.text.slice(0, 256));
}

/** Parses one source into load operations (no names resolved yet). */
export function parseModelSource(source: ModelSource): ParsedFile {
  return isJsonSource(source) ? parseJsonAst(source.text, source.filename) : parseIdl(source.filename, source.text);
}

// The prelude and bundled namespaces never change: parse (and for the prelude, build) once.
let builtPrelude: { readonly prelude: BuiltPrelude; readonly events: readonly ValidationEvent[] } | undefined;
const parsedBundled = new Map<string, ParsedFile>();

function prelude(): { readonly prelude: BuiltPrelude; readonly events: readonly ValidationEvent[] } {
  builtPrelude ??= assemblePrelude([parseIdl(PRELUDE.filename, PRELUDE.text)]);
  return builtPrelude;
}

function bundledFile(namespace: string): ParsedFile | undefined {
  const bundled = BUNDLED_NAMESPACES.get(namespace);
  if (!bundled) return undefined;
  let parsed = parsedBundled.get(namespace);
  if (!parsed) {
    parsed = parseIdl(bundled.filename, bundled.text);
    parsedBundled.set(namespace, parsed);
  }
  return parsed;
}

/** Bundled namespaces the files refer to (directly or through other bundled ones) but do not define. */
function bundledFilesFor(files: readonly ParsedFile[]): ParsedFile[] {
  const defined = new Set<string>();
  for (const f of files) for (const ns of f.definedNamespaces) defined.add(ns);
  const added = new Map<string, ParsedFile>();
  const queue: string[] = [];
  for (const f of files) queue.push(...f.referencedNamespaces);
  while (queue.length > 0) {
    const ns = queue.pop()!;
    if (added.has(ns) || defined.has(ns)) continue;
    const file = bundledFile(ns);
    if (!file) continue;
    added.set(ns, file);
    queue.push(...file.referencedNamespaces, ...BUNDLED_NAMESPACES.get(ns)!.dependsOn);
  }
  // A stable order (by namespace) keeps merged metadata and event order deterministic.
  return [...added.keys()].sort().map((ns) => added.get(ns)!);
}

/** Assembles parsed files with the prelude and needed bundled namespaces, then validates. */
export function loadParsedFiles(parsed: readonly ParsedFile[], options: LoadOptions = {}): LoadResult {
  const events: ValidationEvent[] = [...prelude().events];
  const files: ParsedFile[] = [];
  for (const f of parsed) {
    if (f.isModel) files.push(f);
    else events.push(notAModelEvent(f.filename));
  }
  const assembled = assemble([...bundledFilesFor(files), ...files], prelude().prelude, {
    ...(options.allowUnknownTraits !== undefined ? { allowUnknownTraits: options.allowUnknownTraits } : {}),
  });
  events.push(...assembled.events);
  const failed = events.some((e) => e.severity === "ERROR");
  if (options.validate !== false && !failed) {
    // Suppressions and severity overrides apply to the loader's warnings (deprecations,
    // unknown traits allowed as warnings) just as they do to validators' events.
    const loaded = applySuppressions(assembled.model, events);
    return { model: assembled.model, events: [...loaded, ...validateModel(assembled.model, { allowUnknownTraits: options.allowUnknownTraits ?? false })] };
  }
  return { model: assembled.model, events };
}

/** Loads a model from IDL and JSON AST sources. Never throws on bad input: problems are events. */
export function loadModel(sources: readonly ModelSource[], options: LoadOptions = {}): LoadResult {
  return loadParsedFiles(sources.map(parseModelSource), options);
}

/**
 * Loads a single JSON AST document, given as text or as an already-parsed value (for example
 * the projected model a Smithy build host writes on stdin).
 */
export function readJsonAst(input: string | unknown, filename = "model.json", options: LoadOptions = {}): LoadResult {
  const parsed = typeof input === "string" ? parseJsonAst(input, filename) : readParsedJsonAst(input, filename);
  return loadParsedFiles([parsed], options);
}
