// Type-checks, under the repository's strict settings, the example project (its sources and
// tests, which pull in the generated packages they import) and the TypeScript snippets of the
// root README, compiled against the generated example packages they name.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runTsc } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { generatedDir, projectDir, repoRoot } from "./paths.js";

describe("type-check", () => {
  test("the example project", () => {
    const result = runTsc(join(projectDir, "tsconfig.json"));
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  test("the README's TypeScript snippets, against the generated example packages", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const snippets = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    expect(snippets.length).toBeGreaterThanOrEqual(2);

    // Under the project (whose package.json makes .ts files ES modules, so top-level await works).
    const dir = join(projectDir, ".generated", "readme-snippets");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const packageIndex = (name: string): string => relative(dir, join(generatedDir, name, "src", "index.js"));
    const files = snippets.map((code, i) => {
      const rewritten = code.replace(/from "pokemon-(client|server)"/g, (_, kind: string) => `from "${packageIndex(kind)}"`);
      // Each snippet is its own module, so names may repeat across snippets.
      const file = `snippet-${i + 1}.ts`;
      writeFileSync(join(dir, file), `${rewritten}\nexport {};\n`);
      return file;
    });
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: relative(dir, join(repoRoot, "tsconfig.base.json")),
        compilerOptions: { noEmit: true, types: ["node"], lib: ["es2023", "dom"] },
        files,
      }),
    );
    const result = runTsc(join(dir, "tsconfig.json"));
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });
});
