import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "pokemon",
    include: ["test/**/*.test.ts"],
    // Regenerates the example's packages from the model with `smithy-ts build` (the same
    // projection `npm run generate` builds) and bundles the server program, before any test file
    // is collected: the tests import the generated packages.
    globalSetup: ["test/global-setup.ts"],
    // Child processes (the generator, the server program, curl, tsc) on two busy cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
