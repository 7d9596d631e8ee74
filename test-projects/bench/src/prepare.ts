// Builds what the client and server benchmarks run: generates the packages of model/*.smithy
// with the smithy-ts CLI (as a user would), then compiles the programs with esbuild, bundled
// and (for the cold-start comparison) file by file. Needs `npx tsc -b` (the CLI and the runtime
// are used from their dist/ folders, as a user's installation would have them).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { benchRoot, bundledProgramsDir, distDir, generatedDir, modelDir, programsDir, repoRoot, unbundledDir } from "./paths.js";

/** The benchmark entry points (src/<name>.ts -> dist/<name>.mjs). */
export const BENCHMARKS = ["client-cpu", "bundle-size", "cold-start", "server-throughput"] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

/** Programs run as separate processes (programs/<name>.ts -> dist/programs/<name>.mjs). */
const PROGRAMS = [
  "fake-service",
  "get-item-raw",
  "get-item-ours",
  "get-item-aws",
  "put-record-raw",
  "put-record-ours",
  "server-raw",
  "server-ours",
  "load-generator",
  "print-line",
];

/** Peers also compiled file by file, for the unbundled cold start. */
const UNBUNDLED_PROGRAMS = ["get-item-ours", "get-item-aws", "harness", "exchanges"];

/** Packages generated from the bench models: [model file, mode, output folder]. */
const PACKAGES: readonly (readonly [string, "client" | "server", string])[] = [
  ["dynamodb", "client", "dynamodb-client"],
  ["bench-service", "client", "bench-client"],
  ["bench-service", "server", "bench-server"],
];

// CommonJS dependencies bundled into ESM (the AWS SDK's) may call require() for Node built-ins.
const REQUIRE_SHIM = 'import { createRequire as __benchCreateRequire } from "node:module"; const require = __benchCreateRequire(import.meta.url);';

const cli = join(repoRoot, "codegen-plugin/bin/smithy-ts");

function smithyTs(args: readonly string[]): string {
  return execFileSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

/** Generates the packages into generated/ (replacing earlier ones). */
export function generatePackages(): void {
  if (!existsSync(join(repoRoot, "codegen-plugin/dist/cli/main.js")) || !existsSync(join(repoRoot, "ts-runtime/dist/codegen-v1.js"))) {
    throw new Error(`The smithy-ts CLI or runtime is not built: run \`npx tsc -b\` in ${repoRoot} first.`);
  }
  const models = join(generatedDir, "models");
  mkdirSync(models, { recursive: true });
  for (const model of new Set(PACKAGES.map(([m]) => m))) {
    writeFileSync(join(models, `${model}.json`), smithyTs(["ast", join(modelDir, `${model}.smithy`)]));
  }
  for (const [model, mode, out] of PACKAGES) {
    smithyTs(["generate", "--mode", mode, "--model", join(models, `${model}.json`), "--out", join(generatedDir, out)]);
  }
}

/** Compiles the benchmark entry points and programs into dist/. */
export async function buildPrograms(): Promise<void> {
  rmSync(bundledProgramsDir, { recursive: true, force: true });
  rmSync(unbundledDir, { recursive: true, force: true });
  const node = { platform: "node", format: "esm", target: "node20", logLevel: "warning" } as const;
  await Promise.all([
    build({
      ...node,
      entryPoints: BENCHMARKS.map((name) => join(benchRoot, "src", `${name}.ts`)),
      outdir: distDir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      packages: "external",
    }),
    build({
      ...node,
      entryPoints: PROGRAMS.map((name) => join(programsDir, `${name}.ts`)),
      outdir: bundledProgramsDir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      banner: { js: REQUIRE_SHIM },
    }),
    // File by file: imports stay as written, so the generated client's relative imports and
    // the runtime's package imports are resolved by Node at run time, module by module.
    build({ ...node, entryPoints: UNBUNDLED_PROGRAMS.map((name) => join(programsDir, `${name}.ts`)), outdir: join(unbundledDir, "programs") }),
    build({ ...node, entryPoints: [join(generatedDir, "dynamodb-client/src/**/*.ts")], outdir: join(unbundledDir, "generated/dynamodb-client/src") }),
  ]);
}

export async function prepare(): Promise<void> {
  generatePackages();
  await buildPrograms();
}

// Run as a script (dist/prepare.mjs), not when imported by the smoke test.
if (process.argv[1] !== undefined && /prepare\.m?js$/.test(process.argv[1])) {
  const started = performance.now();
  await prepare();
  const generated = readdirSync(generatedDir).filter((f) => f !== "models");
  console.log(`bench: generated ${generated.join(", ")} and built the programs (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
