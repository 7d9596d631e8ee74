// Finds the model files named by `sources` and `imports`: a file as listed, a directory as every
// .smithy and .json file beneath it (in a stable, sorted order), skipping hidden directories and
// node_modules as `smithy-ts ast` does.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import type { ConfigPath } from "./config/build-config.js";
import { buildError } from "./errors.js";
import type { ModelFile } from "./model-port.js";
import type { SourceFile } from "./plugins/plugin.js";

const MODEL_EXTENSIONS = [".smithy", ".json"];

/**
 * The model files under each path, with their path relative to the listed entry. Directories in
 * `skip` (the build's own output, which may sit under a listed directory) are not searched.
 */
export async function findModelFiles(paths: readonly ConfigPath[], kind: "source" | "import", skip: ReadonlySet<string> = new Set()): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const entry of paths) {
    let info;
    try {
      info = await stat(entry.path);
    } catch {
      throw buildError(entry.declaredIn, `the ${kind} path ${entry.path} does not exist; fix or remove it in "${kind}s"`);
    }
    if (info.isDirectory()) {
      for (const file of await walk(entry.path, skip)) out.push({ path: file, relativePath: relative(entry.path, file) });
    } else {
      out.push({ path: entry.path, relativePath: basename(entry.path) });
    }
  }
  return out;
}

async function walk(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith(".") && e.name !== "node_modules" && !skip.has(path)) out.push(...(await walk(path, skip)));
    }
    else if (e.isFile() && MODEL_EXTENSIONS.some((ext) => e.name.endsWith(ext))) out.push(path);
  }
  return out;
}

/** Reads files, each once even when listed twice. */
export async function readModelFiles(files: Iterable<SourceFile>): Promise<ModelFile[]> {
  const seen = new Set<string>();
  const out: ModelFile[] = [];
  for (const f of files) {
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    out.push({ filename: f.path, text: await readFile(f.path, "utf8") });
  }
  return out;
}
