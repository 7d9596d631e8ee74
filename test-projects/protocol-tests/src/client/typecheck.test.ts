// Every generated client package type-checks with the compiler options generated packages
// declare (strict, exactOptionalPropertyTypes, unused-code checks), in ONE tsc program.
// @smithy-ts/runtime resolves to the built runtime (ts-runtime/dist), as for a user, through a
// node_modules link next to the packages.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot, runTsc } from "@smithy-ts/test-tooling";
import { GENERATED_COMPILER_OPTIONS } from "../../../../codegen-plugin/src/codegen/package/package-files.js";
import { readManifest } from "../manifest.js";
import { GENERATED_DIR } from "../paths.js";

const manifest = readManifest();

describe.skipIf(manifest === undefined)("generated client packages", () => {
  test("type-check strictly", () => {
    const runtimeTypes = join(repoRoot, "ts-runtime/dist/codegen-v1.d.ts");
    if (!existsSync(runtimeTypes)) throw new Error(`the runtime is not built (${runtimeTypes} is missing): run \`npx tsc -b ts-runtime\` first`);
    const dirs = Object.values(manifest!.packages.client).map((p) => relative(join(GENERATED_DIR, "client"), p.dir));
    expect(dirs.length).toBeGreaterThan(0);
    const { rootDir: _rootDir, outDir: _outDir, ...options } = GENERATED_COMPILER_OPTIONS;
    // Resolve @smithy-ts/runtime from next to the packages, wherever GENERATED_DIR is.
    const link = join(GENERATED_DIR, "client", "node_modules", "@smithy-ts", "runtime");
    mkdirSync(join(link, ".."), { recursive: true });
    rmSync(link, { force: true });
    symlinkSync(join(repoRoot, "ts-runtime"), link, "dir");
    const config = join(GENERATED_DIR, "client", "tsconfig.all.json");
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...options, noEmit: true }, include: dirs.map((d) => `${d}/src`) }, null, 2));
    const r = runTsc(config);
    expect(r.output.split(GENERATED_DIR).join("<generated>")).toBe("");
    expect(r.ok).toBe(true);
  });
});

describe("this project's own sources", () => {
  test("type-check strictly", () => {
    const r = runTsc(join(repoRoot, "test-projects/protocol-tests"));
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });
});
