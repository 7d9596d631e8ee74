// Golden output: the server package for the pokemon model is checked in under golden/pokemon/
// (each file with ".golden" appended, so no compiler or linter picks it up). Regenerating must
// reproduce it byte for byte. After a deliberate change to the output, run
//   UPDATE_GOLDEN=1 npx vitest run test/codegen/server/golden.test.ts
// from codegen-plugin/ and review the diff.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { generate, type GeneratedFile } from "../../../src/codegen/index.js";
import { TEMPLATES } from "../templates.js";
import { pokemonModel } from "./pokemon-model.js";

const GOLDEN_DIR = fileURLToPath(new URL("./golden/pokemon/", import.meta.url));
const SUFFIX = ".golden";

function readGolden(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(SUFFIX)) out.set(relative(GOLDEN_DIR, p).split("\\").join("/").slice(0, -SUFFIX.length), readFileSync(p, "utf8"));
    }
  };
  walk(GOLDEN_DIR);
  return out;
}

function writeGolden(files: readonly GeneratedFile[]): void {
  rmSync(GOLDEN_DIR, { recursive: true, force: true });
  for (const f of files) {
    const p = join(GOLDEN_DIR, `${f.path}${SUFFIX}`);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.contents);
  }
}

describe("golden output", () => {
  const files = generate(pokemonModel(), { mode: "server", generatorVersion: "0.0.0-golden", runtimeVersion: "0.0.0-golden", templates: TEMPLATES });

  if (process.env["UPDATE_GOLDEN"] === "1") writeGolden(files);

  test("server mode output for the pokemon model matches the checked-in files", () => {
    const golden = readGolden();
    expect(files.map((f) => f.path)).toEqual([...golden.keys()].sort());
    for (const f of files) expect(f.contents, f.path).toBe(golden.get(f.path));
  });
});
