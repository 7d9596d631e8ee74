import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "codegen-plugin",
    include: ["test/**/*.test.ts"],
  },
});
