// Tests are TypeScript too: they must pass the same strict checks as the sources.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot, runTsc } from "../src/index.js";

describe("strict type-check of test sources", () => {
  for (const project of ["codegen-plugin/test", "ts-runtime/test", "test-projects/tooling"]) {
    test(project, () => {
      const r = runTsc(join(repoRoot, project));
      expect(r.output).toBe("");
      expect(r.ok).toBe(true);
    });
  }
});
