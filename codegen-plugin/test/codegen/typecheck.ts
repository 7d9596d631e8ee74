// Type-checks generated packages the way a user would compile them: each package on disk,
// @smithy-ts/runtime resolved through node_modules to this repository's built runtime.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot, runTsc } from "@smithy-ts/test-tooling";
import type { GeneratedFile } from "../../src/codegen/index.js";
import { GENERATED_COMPILER_OPTIONS } from "../../src/codegen/package/package-files.js";

export interface TypecheckResult {
  readonly ok: boolean;
  /** tsc's diagnostics with the temporary root replaced by "<root>". */
  readonly output: string;
}

/** A scratch directory whose node_modules resolves @smithy-ts/runtime to the repository's. */
export class PackageWorkspace {
  readonly root: string;

  constructor(prefix: string) {
    const runtimeTypes = join(repoRoot, "ts-runtime/dist/codegen-v1.d.ts");
    if (!existsSync(runtimeTypes)) {
      throw new Error(`the runtime is not built (${runtimeTypes} is missing): run \`npx tsc -b ts-runtime\` first`);
    }
    this.root = mkdtempSync(join(tmpdir(), `smithy-ts-${prefix}-`));
    mkdirSync(join(this.root, "node_modules/@smithy-ts"), { recursive: true });
    symlinkSync(join(repoRoot, "ts-runtime"), join(this.root, "node_modules/@smithy-ts/runtime"), "dir");
  }

  /** Writes a package's files under `<root>/<dir>`. */
  write(dir: string, files: readonly GeneratedFile[]): string {
    const pkg = join(this.root, dir);
    for (const f of files) {
      mkdirSync(dirname(join(pkg, f.path)), { recursive: true });
      writeFileSync(join(pkg, f.path), f.contents);
    }
    return pkg;
  }

  /** Runs tsc on one package with the package's own tsconfig.json. */
  checkPackage(dir: string): TypecheckResult {
    return this.#result(runTsc(join(this.root, dir)));
  }

  /**
   * Type-checks several packages as ONE program (one tsc start-up instead of one per
   * package) with exactly the compiler options generated packages declare.
   */
  checkAll(dirs: readonly string[]): TypecheckResult {
    const { rootDir: _rootDir, outDir: _outDir, ...options } = GENERATED_COMPILER_OPTIONS;
    const config = { compilerOptions: { ...options, noEmit: true }, include: dirs.map((d) => `${d}/src`) };
    writeFileSync(join(this.root, "tsconfig.all.json"), JSON.stringify(config, null, 2));
    return this.#result(runTsc(join(this.root, "tsconfig.all.json")));
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  #result(r: { ok: boolean; output: string }): TypecheckResult {
    return { ok: r.ok, output: r.output.split(this.root).join("<root>") };
  }
}
