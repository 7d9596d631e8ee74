// Where the client and server benchmarks keep their inputs and outputs. Works from the sources
// (src/, under vitest) and from the bundles (dist/): both are one level below the bench root.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const benchRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(benchRoot, "../..");
export const modelDir = join(benchRoot, "model");
export const programsDir = join(benchRoot, "programs");
/** Generated packages (gitignored), rebuilt by every benchmark run. */
export const generatedDir = join(benchRoot, "generated");
export const distDir = join(benchRoot, "dist");
/** Each program bundled into one file (esbuild, platform node, not minified). */
export const bundledProgramsDir = join(distDir, "programs");
/** Programs and the generated client compiled file by file, importing the runtime from node_modules. */
export const unbundledDir = join(distDir, "unbundled");
export const defaultResultsDir = join(benchRoot, "results");

export function bundledProgram(name: string): string {
  return join(bundledProgramsDir, `${name}.mjs`);
}

export function unbundledProgram(name: string): string {
  return join(unbundledDir, "programs", `${name}.js`);
}
