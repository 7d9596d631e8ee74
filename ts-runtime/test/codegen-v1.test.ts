// The generator may only use symbols the runtime lists for codegen-v1; each must exist.
import { describe, expect, test } from "vitest";
import * as entry from "../src/codegen-v1.js";

describe("codegen-v1 entry point", () => {
  test("exports every listed symbol", () => {
    const exported = new Set(Object.keys(entry));
    const missing = entry.CODEGEN_V1_SYMBOLS.filter((s) => !exported.has(s));
    expect(missing).toEqual([]);
  });
  test("lists symbols once, sorted", () => {
    const sorted = [...new Set(entry.CODEGEN_V1_SYMBOLS)].sort();
    expect(entry.CODEGEN_V1_SYMBOLS).toEqual(sorted);
  });
});
