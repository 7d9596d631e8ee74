// The `run` plugin: runs an external program with the projected model, exactly as Smithy's Java
// `run` plugin does, so one smithy-build.json works under every host:
// - the plugin id needs an artifact name (`run::name`); settings are `command` (required,
//   non-empty), `env` and `sendPrelude`, nothing else;
// - the model is written to the process's stdin as a JSON AST (prelude only with `sendPrelude`);
// - the working directory is the plugin's output directory;
// - the environment is this process's, plus SMITHY_ROOT_DIR, SMITHY_PLUGIN_DIR,
//   SMITHY_PROJECTION_NAME, SMITHY_ARTIFACT_NAME and SMITHY_INCLUDES_PRELUDE, plus `env`
//   (which may override any of them);
// - `command[0]` is replaced by its absolute path when it names an executable relative to the
//   root directory; no other argument is rewritten;
// - a non-zero exit fails the build, quoting the process's combined stdout and stderr.
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join, resolve, sep } from "node:path";
import { BuildError } from "../errors.js";
import type { PluginDefinition, PrepareContext } from "./plugin.js";

export interface RunSettings {
  readonly command: readonly string[];
  readonly env: ReadonlyMap<string, string>;
  readonly sendPrelude: boolean;
}

export const runPlugin: PluginDefinition = {
  name: "run",
  prepare(settings, context) {
    if (!context.id.hasArtifactName) {
      throw new BuildError(`the run plugin needs an artifact name: write "run::<name>" instead of "${context.id.id}"`);
    }
    const command = settings.optionalStringList("command");
    if (command === undefined || command.length === 0) {
      throw settings.error("command", "is required: a non-empty array holding the program and its arguments");
    }
    const run: RunSettings = {
      command,
      env: settings.optionalStringMap("env") ?? new Map(),
      sendPrelude: settings.boolean("sendPrelude", false),
    };
    const program = resolveProgram(command[0]!, context);
    return async (ctx) => {
      const env: Record<string, string | undefined> = {
        ...ctx.env,
        SMITHY_ROOT_DIR: ctx.rootDir,
        SMITHY_PLUGIN_DIR: ctx.pluginDir,
        SMITHY_PROJECTION_NAME: ctx.projectionName,
        SMITHY_ARTIFACT_NAME: context.id.artifactName,
        SMITHY_INCLUDES_PRELUDE: String(run.sendPrelude),
        ...Object.fromEntries(run.env),
      };
      const input = JSON.stringify(ctx.toJsonAst(ctx.model, { includePrelude: run.sendPrelude }));
      await runProcess(program, command, ctx.pluginDir, env, input);
    };
  },
};

/**
 * What will be executed for `command[0]`: its absolute path when it is an executable relative
 * to the root directory, otherwise the name itself (looked up on PATH, or, when it contains a
 * path separator, relative to the plugin directory). Fails early when nothing can be found.
 */
export function resolveProgram(name: string, context: Pick<PrepareContext, "rootDir" | "pluginDir" | "env">): string {
  const fromRoot = resolve(context.rootDir, name);
  if (isExecutableFile(fromRoot)) return fromRoot;
  const hasSeparator = name.includes("/") || name.includes(sep);
  if (isAbsolute(name) || hasSeparator) {
    if (isExecutableFile(resolve(context.pluginDir, name))) return name;
    throw new BuildError(
      `the command "${name}" was not found: there is no executable file at ${fromRoot} (relative to the root directory) ` +
        `or at ${resolve(context.pluginDir, name)} (relative to the plugin directory)`,
    );
  }
  const path = context.env["PATH"] ?? "";
  for (const dir of path.split(delimiter)) {
    if (dir !== "" && isExecutableFile(join(dir, name))) return name;
  }
  throw new BuildError(
    `the command "${name}" was not found: it is neither an executable under the root directory ${context.rootDir} nor a program on PATH`,
  );
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function runProcess(
  program: string,
  command: readonly string[],
  cwd: string,
  env: Record<string, string | undefined>,
  input: string,
): Promise<void> {
  const shown = command.join(" ");
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, command.slice(1), { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    // stdout and stderr are interleaved in arrival order, as the Java host merges them.
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    // A program may exit without reading its input; that is its business, not a build error.
    child.stdin.on("error", () => undefined);
    child.on("error", (e: NodeJS.ErrnoException) => {
      reject(new BuildError(`could not start \`${shown}\`: ${e.code === "ENOENT" ? "the program was not found" : e.message}`));
    });
    child.on("close", (code, signal) => {
      if (code === 0) {
        resolvePromise();
        return;
      }
      const text = Buffer.concat(output).toString("utf8").trimEnd();
      const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new BuildError(`\`${shown}\` ${how}${text === "" ? " and printed nothing" : `; its output:\n${text}`}`));
    });
    child.stdin.end(input);
  });
}
