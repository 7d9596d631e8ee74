// The command-line runner: the only module that touches process argv, streams and exit codes.
// Sub-commands are loaded on demand so `smithy-ts ast` does not pay for the generator's imports.
import { readFileSync } from "node:fs";
import type { Command } from "./command.js";
import { EXIT_USAGE, UsageError, type CliIo } from "./io.js";
import { closestWord, withColouredStderr } from "./terminal.js";

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
    `smithy-ts ${version()}: Smithy models to TypeScript clients and servers, without a JVM`,
    "",
    "Usage: smithy-ts <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `smithy-ts <command> --help` (or `smithy-ts help <command>`) for a command's options.",
    "`smithy-ts --version` prints the version. Colour and progress lines appear only when",
    "stderr is a terminal (NO_COLOR turns colour off).",
    "",
  ].join("\n");
}

function findCommand(name: string): CommandEntry | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
}

function unknownCommand(name: string, io: CliIo): number {
  const suggestion = closestWord(name, Object.keys(COMMANDS));
  const hint = suggestion === undefined ? "" : ` Did you mean \`smithy-ts ${suggestion}\`?`;
  io.stderr(`error: unknown command "${name}".${hint}\n\n${usage()}`);
  return EXIT_USAGE;
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
export async function main(argv: readonly string[], baseIo: CliIo = processIo()): Promise<number> {
  const io = withColouredStderr(baseIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    io.stdout(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === "help") {
    // `smithy-ts help <command>` is `smithy-ts <command> --help`.
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout(usage());
      return 0;
    }
    const entry = findCommand(topic);
    if (!entry) return unknownCommand(topic, io);
    const { command } = await entry.load();
    io.stdout(command.help.endsWith("\n") ? command.help : `${command.help}\n`);
    return 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`smithy-ts ${version()}\n`);
    return 0;
  }
  const entry = findCommand(name);
  if (!entry) return unknownCommand(name, io);
  const { command } = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.help.endsWith("\n") ? command.help : `${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: smithy-ts ${name}: ${e.message}\nRun \`smithy-ts ${name} --help\` for usage.\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
