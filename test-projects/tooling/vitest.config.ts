import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "tooling",
    include: ["test/**/*.test.ts"],
    // Type-checking whole workspaces takes a few seconds on two cores.
    testTimeout: 120_000,
  },
});
