// Shared by the CLI tests that spawn the built `smithy-ts` binary (which runs dist/, so it
// needs `npm run build` first; `npm test` does that).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/smithy-ts", import.meta.url));

/** Why tests that spawn the binary cannot run, or undefined when they can. */
export function binaryUnavailable(): string | undefined {
  if (existsSync(new URL("../../dist/cli/main.js", import.meta.url))) return undefined;
  return "codegen-plugin/dist is missing; run `npm run build` first (npm test does)";
}
