// The run-plugin contract from the generator's side: `smithy-ts generate` started exactly as
// Smithy's Java `run` plugin starts a process (an independent re-statement of RunPlugin.java,
// not the embedded host's implementation): command[0] made absolute when it names an
// executable relative to the root directory, working directory = the plugin directory, the
// parent environment plus SMITHY_* variables (settings `env` wins), and the projected model as
// a JSON AST on stdin.
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { parseJsonWithComments } from "../../src/build/config/json-with-comments.js";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadModel, writeJsonAst } from "../../src/model/loader.js";
import { binaryUnavailable, REPO_ROOT } from "./build-support.js";

const skip = binaryUnavailable();
if (skip) console.warn(`run-plugin contract tests skipped: ${skip}`);

interface JavaRunSettings {
  readonly command: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly sendPrelude?: boolean;
}

/** What the JVM host does for `"run::<artifact>": settings` in `projection`. */
function runLikeJava(rootDir: string, outputDir: string, projection: string, artifact: string, settings: JavaRunSettings, modelJson: string) {
  const pluginDir = join(outputDir, projection, artifact);
  mkdirSync(pluginDir, { recursive: true });
  const command = [...settings.command];
  const candidate = resolve(rootDir, command[0]!);
  try {
    accessSync(candidate, constants.X_OK);
    if (statSync(candidate).isFile()) command[0] = candidate;
  } catch {
    // Not relative to the root: the OS resolves it (PATH).
  }
  const env: Record<string, string | undefined> = { ...process.env };
  const smithyEnv: Record<string, string> = {
    SMITHY_ROOT_DIR: rootDir,
    SMITHY_PLUGIN_DIR: pluginDir,
    SMITHY_PROJECTION_NAME: projection,
    SMITHY_ARTIFACT_NAME: artifact,
    SMITHY_INCLUDES_PRELUDE: String(settings.sendPrelude ?? false),
  };
  Object.assign(env, smithyEnv, settings.env ?? {});
  const result = spawnSync(command[0]!, command.slice(1), { cwd: pluginDir, env, input: modelJson, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, pluginDir };
}

const MODEL = `$version: "2"
namespace contract.test

service Weather {
    version: "1"
    operations: [GetForecast]
}

@readonly
operation GetForecast {
    input := { @required city: String }
    output := { high: Integer, low: Integer }
}
`;

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "smithy-ts-run-contract-"));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const modelJson = (includePrelude: boolean): string => {
  const { model } = loadModel([{ filename: "weather.smithy", text: MODEL }]);
  return JSON.stringify(writeJsonAst(model, { includePrelude }));
};

describe.skipIf(skip !== undefined)("smithy-ts generate under the Java run plugin contract", () => {
  test("a root-relative command writes the package into the plugin directory", () => {
    const r = runLikeJava(REPO_ROOT, out, "source", "types", { command: ["codegen-plugin/bin/smithy-ts", "generate", "--mode", "types", "--package", "weather-types"] }, modelJson(false));
    expect(r.status).toBe(0);
    expect(readdirSync(r.pluginDir).sort()).toEqual(["README.md", "package.json", "src", "tsconfig.json"]);
    expect((JSON.parse(readFileSync(join(r.pluginDir, "package.json"), "utf8")) as { name: string }).name).toBe("weather-types");
  });

  test("options may come from the settings env, and the prelude may be sent", () => {
    const r = runLikeJava(REPO_ROOT, out, "p", "client-types", { command: ["codegen-plugin/bin/smithy-ts", "generate"], env: { SMITHY_TS_MODE: "types", SMITHY_TS_PACKAGE: "from-env" }, sendPrelude: true }, modelJson(true));
    expect(r.status).toBe(0);
    expect((JSON.parse(readFileSync(join(r.pluginDir, "package.json"), "utf8")) as { name: string }).name).toBe("from-env");
  });

  test("the root smithy-build.json's command works whatever the JVM's working directory is", () => {
    // Under Gradle the JVM's working directory is the daemon's, so nothing resolves against the
    // repository root; the configured command must still find the generator.
    const config = parseJsonWithComments(readFileSync(join(REPO_ROOT, "smithy-build.json"), "utf8"), "smithy-build.json") as unknown as {
      projections: Record<string, { plugins?: Record<string, JavaRunSettings> }>;
    };
    const settings = config.projections["library-public"]!.plugins!["run::types"]!;
    mkdirSync(join(REPO_ROOT, "build"), { recursive: true });
    const inRepo = mkdtempSync(join(REPO_ROOT, "build", "contract-"));
    try {
      const r = runLikeJava(tmpdir(), inRepo, "library-public", "types", settings, modelJson(false));
      expect(r.status, r.output).toBe(0);
      expect(readdirSync(r.pluginDir)).toContain("package.json");
    } finally {
      rmSync(inRepo, { recursive: true, force: true });
    }
  });

  test("a bad invocation exits non-zero with a message the host can show", () => {
    const r = runLikeJava(REPO_ROOT, out, "source", "types", { command: ["codegen-plugin/bin/smithy-ts", "generate", "--mode", "nonsense"] }, modelJson(false));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/nonsense/);
    expect(readdirSync(r.pluginDir)).toEqual([]);
  });
});
