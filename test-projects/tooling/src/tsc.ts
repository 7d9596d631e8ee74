// Type-checks a directory with the workspace's TypeScript compiler (tsc from TypeScript 7).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const tscBin = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");

export interface TscResult {
  readonly ok: boolean;
  readonly output: string;
}

/** Runs `tsc -p <project> [extra args]` and returns success plus the combined output. */
export function runTsc(project: string, extraArgs: readonly string[] = ["--noEmit"]): TscResult {
  const r = spawnSync(process.execPath, [tscBin, "-p", project, ...extraArgs], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}
