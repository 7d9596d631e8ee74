// `smithy-ts generate`: the generator entry point Smithy build hosts call through the `run`
// plugin. Reads the projected model (JSON AST) from stdin or --model, generates one package
// in memory, and writes it atomically to --out (default: the current directory, which under
// a run plugin is the plugin's output directory).
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { generate, GenerationError } from "../../codegen/index.js";
import { MODE_NAMES } from "../../codegen/modes/index.js";
import type { NullabilityMode } from "../../codegen/types/nullability.js";
import { formatEvent } from "../../model/events.js";
import { readJsonAst } from "../../model/loader.js";
import type { Command } from "../command.js";
import { EXIT_MODEL_ERRORS, EXIT_OK, UsageError, type CliIo } from "../io.js";
import { version } from "../main.js";
import { readTemplates, TEMPLATES_DIR } from "./generate-templates.js";
import { OutputError, writeOutputAtomically } from "./generate-output.js";

/** Every option: its flag, the environment variable that may supply it, and help text. */
const OPTIONS = [
  { key: "mode", flag: "--mode", env: "SMITHY_TS_MODE", value: MODE_NAMES.join("|"), help: "what to generate (required)" },
  { key: "service", flag: "--service", env: "SMITHY_TS_SERVICE", value: "ID", help: "service shape id; optional when the model has exactly one" },
  { key: "protocol", flag: "--protocol", env: "SMITHY_TS_PROTOCOL", value: "ID", help: "protocol trait id (client and server modes)" },
  { key: "packageName", flag: "--package", env: "SMITHY_TS_PACKAGE", value: "NAME", help: "npm package name (default: <service>-<mode suffix>)" },
  { key: "packageVersion", flag: "--package-version", env: "SMITHY_TS_PACKAGE_VERSION", value: "V", help: "npm package version (default 0.0.0)" },
  { key: "nullability", flag: "--nullability", env: "SMITHY_TS_NULLABILITY", value: "client|server", help: "member nullability (default: the mode's)" },
  { key: "out", flag: "--out", env: "SMITHY_TS_OUT", value: "DIR", help: "output directory, relative to the current directory (default .)" },
  { key: "model", flag: "--model", env: "SMITHY_TS_MODEL", value: "FILE", help: "JSON AST model file (default: read stdin)" },
] as const;

type OptionKey = (typeof OPTIONS)[number]["key"];
export type GenerateArgs = Partial<Record<OptionKey, string>>;

const HELP = [
  "Usage: smithy-ts generate --mode <mode> [options] [< model.json]",
  "",
  "Generates a TypeScript package from a Smithy model given as JSON AST (stdin, or --model).",
  "The model is expected to be validated already (build hosts do so before running plugins);",
  "it is loaded, not re-validated.",
  "Every option can also be given as an environment variable; a flag wins over the variable.",
  "",
  "Options:",
  ...OPTIONS.map((o) => `  ${`${o.flag} ${o.value}`.padEnd(32)} ${o.help} [${o.env}]`),
  "",
  "The package is written atomically: into a temporary directory next to --out, then renamed",
  "into place. An existing --out is replaced only if it is empty or an earlier smithy-ts package.",
  "Exit codes: 0 success, 1 model or output errors, 2 usage errors.",
].join("\n");

/** Parses flags (`--flag value` or `--flag=value`), then fills gaps from SMITHY_TS_* variables. */
export function parseGenerateArgs(args: readonly string[], env: Readonly<Record<string, string | undefined>>): GenerateArgs {
  const out: GenerateArgs = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const option = OPTIONS.find((o) => o.flag === flag);
    if (!option) {
      throw new UsageError(arg.startsWith("-") ? `unknown option ${flag}` : `unexpected argument "${arg}" (the model is read from stdin or --model)`);
    }
    let value: string | undefined;
    if (flag !== arg) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value (${option.value})`);
      i++;
    }
    if (out[option.key] !== undefined) throw new UsageError(`${flag} given more than once`);
    if (value === "") throw new UsageError(`${flag} needs a non-empty value (${option.value})`);
    out[option.key] = value;
  }
  for (const o of OPTIONS) {
    const fromEnv = env[o.env];
    if (out[o.key] === undefined && fromEnv !== undefined && fromEnv !== "") out[o.key] = fromEnv;
  }
  if (out.mode === undefined) throw new UsageError(`--mode is required (one of: ${MODE_NAMES.join(", ")})`);
  if (!MODE_NAMES.includes(out.mode)) throw new UsageError(`unknown mode "${out.mode}" (expected one of: ${MODE_NAMES.join(", ")})`);
  if (out.nullability !== undefined && out.nullability !== "client" && out.nullability !== "server") {
    throw new UsageError(`--nullability must be "client" or "server", not "${out.nullability}"`);
  }
  return out;
}

async function readModelText(args: GenerateArgs, io: CliIo): Promise<{ text: string; filename: string }> {
  if (args.model !== undefined) {
    const path = resolve(io.cwd, args.model);
    try {
      return { text: await readFile(path, "utf8"), filename: path };
    } catch (e) {
      throw new UsageError(`cannot read the model file ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const text = await io.readStdin();
  if (text.trim() === "") throw new UsageError("no model on stdin: pipe the JSON AST in, or pass --model FILE");
  return { text, filename: "<stdin>" };
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseGenerateArgs(argv, io.env);
  const { text, filename } = await readModelText(args, io);
  // The model comes from a build host that has already validated it (that is the run-plugin
  // contract), so only its structure is checked here: validating again would double the cost
  // of every build and could disagree with the host's own validators.
  const { model, events } = readJsonAst(text, filename, { validate: false });
  const errors = events.filter((e) => e.severity === "ERROR");
  if (errors.length > 0) {
    io.stderr(`smithy-ts generate: the model has ${errors.length} error(s):\n${errors.map((e) => `${formatEvent(e)}\n`).join("")}`);
    return EXIT_MODEL_ERRORS;
  }

  let files;
  try {
    files = generate(model, {
      mode: args.mode!,
      service: args.service,
      protocol: args.protocol,
      packageName: args.packageName,
      packageVersion: args.packageVersion,
      nullability: args.nullability as NullabilityMode | undefined,
      generatorVersion: version(),
      templates: readTemplates(TEMPLATES_DIR),
    });
  } catch (e) {
    if (!(e instanceof GenerationError)) throw e;
    if (e.kind === "usage") throw new UsageError(e.message);
    io.stderr(`smithy-ts generate: ${e.message}\n`);
    return EXIT_MODEL_ERRORS;
  }

  const out = resolve(io.cwd, args.out ?? ".");
  try {
    await writeOutputAtomically(out, files);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    io.stderr(`smithy-ts generate: ${e.message}\n`);
    return EXIT_MODEL_ERRORS;
  }
  io.stdout(`smithy-ts generate: ${args.mode} package (${files.length} files) written to ${out}\n`);
  return EXIT_OK;
}

export const command: Command = {
  summary: "generate a TypeScript package (types, client or server) from a JSON AST model",
  help: HELP,
  run,
};
