// Helpers shared by the corpus-driven loader tests: reading corpus files in place and
// comparing models through their JSON AST.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { formatEvent, isBlocking, type ValidationEvent } from "../../../src/model/events.js";
import { type LoadOptions, type LoadResult, loadModel, type ModelSource } from "../../../src/model/loader.js";

/** Every file under `dir` (recursively) whose name ends with one of `suffixes`, sorted. */
export function listFiles(dir: string, suffixes: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (suffixes.some((s) => name.endsWith(s))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function source(path: string, root?: string): ModelSource {
  return { filename: root ? relative(root, path) : path, text: readFileSync(path, "utf8") };
}

export function loadFiles(paths: readonly string[], options?: LoadOptions, root?: string): LoadResult {
  return loadModel(paths.map((p) => source(p, root)), options);
}

export function blocking(events: readonly ValidationEvent[]): string[] {
  return events.filter(isBlocking).map(formatEvent);
}

/** The files of a protocol-tests/closures list (corpus-relative paths; "#" lines are comments). */
export function closureFiles(corpusDir: string, listPath: string): string[] {
  return readFileSync(listPath, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => join(corpusDir, l));
}
