import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

// Generated packages import "@smithy-ts/runtime/..."; tests run them against the runtime's
// sources, so a runtime fix is exercised without a build (type-checking uses the built .d.ts).
const runtimeSrc = fileURLToPath(new URL("../../ts-runtime/src/", import.meta.url));

export default defineProject({
  resolve: {
    alias: [
      { find: /^@smithy-ts\/runtime\/codegen-v1$/, replacement: `${runtimeSrc}codegen-v1.ts` },
      { find: /^@smithy-ts\/runtime\/codegen-v1\/([a-z0-9-]+)$/, replacement: `${runtimeSrc}codegen-v1/$1.ts` },
      { find: /^@smithy-ts\/runtime\/default-http-client$/, replacement: `${runtimeSrc}node/default-http-client.ts` },
    ],
  },
  test: {
    name: "protocol-tests",
    include: ["src/**/*.test.ts"],
    // Loads the corpus, generates every package and writes the case manifest before any test
    // file is collected; writes conformance-report.json after the run.
    globalSetup: ["src/global-setup.ts"],
    // Type-checking all generated packages in one tsc program takes a while on two cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
