// `smithy-ts build`: the embedded Smithy build host. Reads smithy-build.json, builds every
// projection (transforms, validation, plugins) into build/smithy/<projection>/<artifact>/,
// exactly as `smithy build` lays it out, without a JVM.
import { relative } from "node:path";
import { runBuild, type BuildProgress } from "../../build/build.js";
import { loaderModelPort } from "../../build/loader-model-port.js";
import type { Command } from "../command.js";
import { UsageError, type CliIo } from "../io.js";
import { formatMillis, Progress } from "../terminal.js";

const HELP = [
  "Usage: smithy-ts build [-c smithy-build.json]... [--projection NAME] [--plugin NAME] [-o DIR] [MODEL...]",
  "",
  "Builds the projections of a smithy-build.json configuration without a JVM: applies each",
  "projection's transforms, validates the result, and runs its plugins (model, build-info,",
  "sources, and run::<artifact> for external programs such as `smithy-ts generate`).",
  "",
  "Options:",
  "  -c, --config FILE        a smithy-build.json file; repeat to merge several (later files win).",
  "                           Default: ./smithy-build.json when it exists",
  "  --projection NAME        build only this projection",
  "  --plugin NAME            run only the plugin with this artifact name",
  "  -o, --output DIR         write projections here instead of the configured outputDirectory",
  "                           (default build/smithy)",
  "  --allow-unknown-traits   report unknown traits as warnings instead of errors",
  "  MODEL...                 more model files or directories, treated as sources",
  "",
  "Output: <output>/<projection>/<plugin or artifact>/. One summary line per projection; on a",
  "terminal also a line per run:: plugin as it finishes (each generated package) and a status line.",
  "A projection that fails keeps its earlier output. Exit codes: 0 every projection built,",
  "1 configuration, model or plugin errors, 2 usage errors.",
].join("\n");

interface BuildArgs {
  configFiles: string[];
  models: string[];
  output?: string;
  projection?: string;
  plugin?: string;
  allowUnknownTraits: boolean;
}

export function parseBuildArgs(args: readonly string[]): BuildArgs {
  const out: BuildArgs = { configFiles: [], models: [], allowUnknownTraits: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case "-c":
      case "--config":
        out.configFiles.push(value());
        break;
      case "-o":
      case "--output":
        out.output = value();
        break;
      case "--projection":
        out.projection = value();
        break;
      case "--plugin":
        out.plugin = value();
        break;
      case "--allow-unknown-traits":
        if (eq > 0) throw new UsageError("--allow-unknown-traits takes no value");
        out.allowUnknownTraits = true;
        break;
      default:
        if (arg.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
        out.models.push(arg);
    }
  }
  return out;
}

export const command: Command = {
  summary: "build smithy-build.json projections (transforms and plugins) without a JVM",
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseBuildArgs(args);
    const progress = new Progress(io);
    const outcome = await runBuild({
      rootDir: io.cwd,
      configFiles: parsed.configFiles,
      models: parsed.models,
      ...(parsed.output !== undefined ? { outputDirectory: parsed.output } : {}),
      ...(parsed.projection !== undefined ? { projection: parsed.projection } : {}),
      ...(parsed.plugin !== undefined ? { plugin: parsed.plugin } : {}),
      allowUnknownTraits: parsed.allowUnknownTraits,
      env: io.env,
      modelPort: loaderModelPort,
      report: (text) => {
        progress.clear();
        io.stderr(`${text}\n`);
      },
      progress: (event) => showProgress(progress, event, io.cwd),
    });
    progress.clear();
    return outcome.exitCode;
  },
};

function showProgress(progress: Progress, event: BuildProgress, cwd: string): void {
  if (event.kind === "projection-started") {
    progress.status(`building ${event.projection} (${event.plugins.length} plugins)...`);
    return;
  }
  // run:: plugins are the slow ones and produce what users came for (generated packages):
  // each gets a line that stays; the quick built-in plugins only pass through the status line.
  if (event.plugin.startsWith("run::")) {
    const where = relative(cwd, event.directory) || ".";
    progress.line(`  ${event.projection}: ${event.plugin} ${formatMillis(event.millis)} -> ${where}`);
  }
  progress.status(`building ${event.projection}: ${event.plugin} done...`);
}
