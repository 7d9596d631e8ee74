import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "ts-runtime",
    include: ["test/**/*.test.ts"],
  },
});
