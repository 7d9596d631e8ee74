// Before any test file is collected: generate the example's client and server packages from the
// model with the embedded build host (`smithy-ts build --projection pokemon`, what
// `npm run generate` runs too), then bundle the server program as `npm start` does. The CLI runs
// from codegen-plugin/dist, so the workspace must be built (`npm test` builds it first).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { projectDir, repoRoot, serverProgram } from "./paths.js";

export default async function setup(): Promise<void> {
  const cli = join(repoRoot, "codegen-plugin", "bin", "smithy-ts");
  if (!existsSync(join(repoRoot, "codegen-plugin", "dist", "cli", "main.js"))) {
    throw new Error("the smithy-ts CLI is not built: run `npm run build` (or `npm test`, which builds first) at the repository root");
  }
  const generated = spawnSync(process.execPath, [cli, "build", "-c", "smithy-build.json", "--projection", "pokemon"], { cwd: repoRoot, encoding: "utf8" });
  if (generated.status !== 0) {
    throw new Error(`smithy-ts build --projection pokemon failed (exit ${generated.status}):\n${generated.stdout}${generated.stderr}`);
  }
  await build({
    entryPoints: [join(projectDir, "src", "main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: serverProgram,
    logLevel: "warning",
  });
}
