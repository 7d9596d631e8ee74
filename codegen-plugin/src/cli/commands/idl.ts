// `smithy-ts idl`: loads a model and writes it as Smithy IDL 2.0, one file per namespace.
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { writeIdl } from "../../model/loader.js";
import type { Command } from "../command.js";
import { type CliIo, EXIT_MODEL_ERRORS, EXIT_OK, UsageError } from "../io.js";
import { hasBlockingEvents, loadFromArgs, parseModelArgs, printEvents } from "../model-input.js";

const HELP = [
  "Usage: smithy-ts idl --out DIR [--allow-unknown-traits] PATH...",
  "",
  "Loads and validates a Smithy model and writes it as Smithy IDL 2.0 into DIR: one file",
  "per namespace (<namespace>.smithy) and metadata.smithy when the model has metadata.",
  "The prelude and the trait namespaces smithy-ts added on its own are not written.",
  "PATH may be a .smithy or .json file, a directory (searched recursively for *.smithy and",
  "*.json, skipping hidden directories and node_modules), or - for a JSON AST on stdin.",
  "",
  "Options:",
  "  --out DIR               directory to write to (created if missing; files are replaced)",
  "  --allow-unknown-traits  report traits without a definition as warnings, not errors",
  "",
  "Warnings and errors are printed on stderr. Exit codes: 0 success, 1 the model has",
  "ERROR or DANGER events (nothing is written), 2 usage errors.",
].join("\n");

/** File names for writeIdl's entries: the namespace, or "metadata" for the metadata entry. */
function fileNames(namespaces: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const ns of namespaces) if (ns !== "") names.set(ns, `${ns}.smithy`);
  if (namespaces.includes("")) {
    // A namespace may itself be called "metadata"; keep the metadata file from clobbering it.
    let name = "metadata.smithy";
    while ([...names.values()].includes(name)) name = `_${name}`;
    names.set("", name);
  }
  return names;
}

export const command: Command = {
  summary: "write a Smithy model as IDL 2.0 files, one per namespace",
  help: HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseModelArgs(argv, { options: ["--out"] });
    const out = args.options.get("--out");
    if (out === undefined) throw new UsageError("--out DIR is required");
    const result = await loadFromArgs(args, io);
    printEvents(io.stderr, result.events, "WARNING");
    if (hasBlockingEvents(result.events)) return EXIT_MODEL_ERRORS;
    const files = writeIdl(result.model);
    const dir = resolve(io.cwd, out);
    await mkdir(dir, { recursive: true });
    const names = fileNames([...files.keys()]);
    for (const [ns, text] of files) await writeFile(join(dir, names.get(ns)!), text);
    io.stderr(`Wrote ${files.size} file${files.size === 1 ? "" : "s"} to ${relative(io.cwd, dir) || "."}\n`);
    return EXIT_OK;
  },
};
