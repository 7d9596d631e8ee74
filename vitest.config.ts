import { defineConfig } from "vitest/config";

// One run covers every workspace; each project may add its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: ["codegen-plugin", "ts-runtime", "test-projects/*"],
    reporters: ["default", "./test-projects/tooling/src/summary-reporter.ts"],
  },
});
