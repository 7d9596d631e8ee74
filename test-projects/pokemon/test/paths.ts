// Locations the tests share.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(projectDir, "../..");
/** The server program, bundled by the global setup exactly as `npm start` bundles it. */
export const serverProgram = join(projectDir, "dist", "main.mjs");
export const generatedDir = join(repoRoot, "build", "smithy", "pokemon");
