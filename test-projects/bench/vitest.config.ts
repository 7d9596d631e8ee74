import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "bench",
    include: ["test/**/*.test.ts"],
    // The smoke test generates the bench packages, bundles the programs and runs every
    // client/server benchmark in --quick mode (child processes, on two busy cores).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
