// The command-line runner: the only module that touches process argv, streams and exit codes.
// Sub-commands are loaded on demand so `smithy-ts ast` does not pay for the generator's imports.
import { readFileSync } from "node:fs";
import type { Command } from "./command.js";
import { EXIT_USAGE, UsageError, type CliIo } from "./io.js";

interface CommandEntry {
  readonly summary: string;
  readonly load: () => Promise<{ readonly command: Command }>;
}

/** Every sub-command, in the order `--help` lists them. */
const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  ast: {
    summary: "print a Smithy model (IDL and/or JSON AST files) as JSON AST",
    load: () => import("./commands/ast.js"),
  },
  validate: {
    summary: "validate a Smithy model and print its validation events",
    load: () => import("./commands/validate.js"),
  },
  idl: {
    summary: "write a Smithy model as IDL 2.0 files, one per namespace",
    load: () => import("./commands/idl.js"),
  },
  build: {
    summary: "build smithy-build.json projections (transforms and plugins) without a JVM",
    load: () => import("./commands/build.js"),
  },
  generate: {
    summary: "generate a TypeScript package (types, client or server) from a JSON AST model",
    load: () => import("./commands/generate.js"),
  },
};

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function usage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(0, ...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`);
  return [
    "Usage: smithy-ts <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `smithy-ts <command> --help` for a command's options. `smithy-ts --version` prints the version.",
    "",
  ].join("\n");
}

export function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    cwd: process.cwd(),
    env: process.env,
    isTty: process.stderr.isTTY === true,
  };
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`smithy-ts ${version()}\n`);
    return 0;
  }
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr(`smithy-ts: unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  const { command } = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.help.endsWith("\n") ? command.help : `${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`smithy-ts ${name}: ${e.message}\nRun \`smithy-ts ${name} --help\` for usage.\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
