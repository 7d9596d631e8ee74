// Every generated server package type-checks with the compiler options generated packages
// declare (strict, exactOptionalPropertyTypes, unused-code checks), in ONE tsc program.
// @smithy-ts/runtime resolves to the built runtime (ts-runtime/dist), as for a user.
import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot, runTsc } from "@smithy-ts/test-tooling";
import { GENERATED_COMPILER_OPTIONS } from "../../../../codegen-plugin/src/codegen/package/package-files.js";
import { readManifest } from "../manifest.js";
import { GENERATED_DIR } from "../paths.js";

const manifest = readManifest();

describe.skipIf(manifest === undefined)("generated server packages", () => {
  test("type-check strictly", () => {
    const runtimeTypes = join(repoRoot, "ts-runtime/dist/codegen-v1.d.ts");
    if (!existsSync(runtimeTypes)) throw new Error(`the runtime is not built (${runtimeTypes} is missing): run \`npx tsc -b ts-runtime\` first`);
    const root = join(GENERATED_DIR, "server");
    const dirs = Object.values(manifest!.packages.server ?? {}).map((p) => relative(root, p.dir));
    expect(dirs.length).toBeGreaterThan(0);
    const { rootDir: _rootDir, outDir: _outDir, ...options } = GENERATED_COMPILER_OPTIONS;
    const config = join(root, "tsconfig.all.json");
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...options, noEmit: true }, include: dirs.map((d) => `${d}/src`) }, null, 2));
    const r = runTsc(config);
    expect(r.output.split(GENERATED_DIR).join("<generated>")).toBe("");
    expect(r.ok).toBe(true);
  });
});
