// `smithy-ts ast`: loads a model from IDL and JSON AST files and prints it as JSON AST.
import { stringifyJsonAst, writeJsonAst } from "../../model/loader.js";
import type { Command } from "../command.js";
import { type CliIo, EXIT_MODEL_ERRORS, EXIT_OK } from "../io.js";
import { hasBlockingEvents, loadFromArgs, parseModelArgs, printEvents } from "../model-input.js";

const HELP = [
  "Usage: smithy-ts ast [--prelude] [--allow-unknown-traits] PATH...",
  "",
  "Loads and validates a Smithy model and prints it as JSON AST (Smithy 2.0) on stdout.",
  "PATH may be a .smithy (IDL) or .json (JSON AST) file, a directory (searched recursively",
  "for *.smithy and *.json, skipping hidden directories and node_modules), or - for a JSON",
  "AST document on stdin.",
  "",
  "Options:",
  "  --prelude               also print the prelude (smithy.api) and the trait namespaces",
  "                          smithy-ts added on its own",
  "  --allow-unknown-traits  report traits without a definition as warnings, not errors",
  "",
  "Warnings and errors are printed on stderr. Exit codes: 0 success, 1 the model has",
  "ERROR or DANGER events (nothing is printed on stdout), 2 usage errors.",
].join("\n");

export const command: Command = {
  summary: "print a Smithy model (IDL and/or JSON AST files) as JSON AST",
  help: HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseModelArgs(argv, { flags: ["--prelude"] });
    const result = await loadFromArgs(args, io);
    printEvents(io.stderr, result.events, "WARNING");
    if (hasBlockingEvents(result.events)) return EXIT_MODEL_ERRORS;
    io.stdout(stringifyJsonAst(writeJsonAst(result.model, { includePrelude: args.flags.has("--prelude") })));
    return EXIT_OK;
  },
};
