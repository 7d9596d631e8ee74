// `smithy-ts validate`: loads and validates a model and prints its validation events.
import type { Severity } from "../../model/events.js";
import type { Command } from "../command.js";
import { type CliIo, EXIT_MODEL_ERRORS, EXIT_OK, UsageError } from "../io.js";
import { hasBlockingEvents, loadFromArgs, parseModelArgs, printEvents, summarizeEvents } from "../model-input.js";

const SEVERITIES: readonly Severity[] = ["SUPPRESSED", "NOTE", "WARNING", "DANGER", "ERROR"];

const HELP = [
  "Usage: smithy-ts validate [--severity LEVEL] [--allow-unknown-traits] PATH...",
  "",
  "Loads and validates a Smithy model and prints its validation events on stdout, one per",
  "line ([SEVERITY] shape: message | EventId file:line:column), then a summary on stderr.",
  "PATH may be a .smithy or .json file, a directory (searched recursively for *.smithy and",
  "*.json, skipping hidden directories and node_modules), or - for a JSON AST on stdin.",
  "",
  "Options:",
  `  --severity LEVEL        least severe events to print: ${SEVERITIES.join(", ")}`,
  "                          (default WARNING)",
  "  --allow-unknown-traits  report traits without a definition as warnings, not errors",
  "",
  "Exit codes: 0 no ERROR or DANGER events, 1 the model has some, 2 usage errors.",
].join("\n");

export const command: Command = {
  summary: "validate a Smithy model and print its validation events",
  help: HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseModelArgs(argv, { options: ["--severity"] });
    const level = args.options.get("--severity") ?? "WARNING";
    if (!SEVERITIES.includes(level as Severity)) {
      throw new UsageError(`--severity must be one of ${SEVERITIES.join(", ")}, not "${level}"`);
    }
    const result = await loadFromArgs(args, io);
    printEvents(io.stdout, result.events, level as Severity);
    const failed = hasBlockingEvents(result.events);
    io.stderr(`${failed ? "Validation failed" : "Validation passed"}: ${summarizeEvents(result.events)}\n`);
    return failed ? EXIT_MODEL_ERRORS : EXIT_OK;
  },
};
