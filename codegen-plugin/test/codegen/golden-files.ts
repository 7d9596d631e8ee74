// Golden-output harness shared by the types, client and server golden tests. Each golden
// package is checked in with ".golden" appended to every file name, so no compiler or linter
// picks it up. Regenerating must reproduce it byte for byte; after a deliberate change to the
// output, run the test with UPDATE_GOLDEN=1 and review the diff.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import type { GeneratedFile } from "../../src/codegen/index.js";

const SUFFIX = ".golden";

function readGolden(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(SUFFIX)) out.set(relative(dir, p).split("\\").join("/").slice(0, -SUFFIX.length), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

function writeGolden(dir: string, files: readonly GeneratedFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const p = join(dir, `${f.path}${SUFFIX}`);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.contents);
  }
}

/**
 * Registers the golden tests for one package: the output of `render()` must equal the files
 * under `dir`, and rendering twice must give identical output.
 */
export function describeGolden(title: string, dir: string, render: () => readonly GeneratedFile[]): void {
  describe(title, () => {
    const files = render();
    if (process.env["UPDATE_GOLDEN"] === "1") writeGolden(dir, files);

    test("matches the checked-in files", () => {
      const golden = readGolden(dir);
      expect(files.map((f) => f.path)).toEqual([...golden.keys()].sort());
      for (const f of files) expect(f.contents, f.path).toBe(golden.get(f.path));
    });

    test("generation is deterministic", () => {
      expect(render()).toEqual(files);
    });
  });
}
