import { describe, expect, test } from "vitest";
import { ImportScope, relativePath } from "../../src/codegen/index.js";

describe("relative paths", () => {
  test.each([
    ["src/types/A.ts", "src/types/B.js", "./B.js"],
    ["src/index.ts", "src/types/B.js", "./types/B.js"],
    ["src/operation/get/input.ts", "src/types/B.js", "../../types/B.js"],
    ["src/types/A.ts", "src/index.js", "../index.js"],
  ])("%s -> %s", (from, to, expected) => expect(relativePath(from, to)).toBe(expected));
});

describe("import scope", () => {
  test("dedupes, sorts, uses `import type` when every use is a type and inline `type` otherwise", () => {
    const s = new ImportScope("src/types/A.ts");
    expect(s.useType("Zed", "src/types/Zed.ts")).toBe("Zed");
    expect(s.useType("Bee", "src/types/Bee.ts")).toBe("Bee");
    expect(s.useType("Zed", "src/types/Zed.ts")).toBe("Zed");
    s.useType("DocumentValue", "@smithy-ts/runtime/codegen-v1");
    s.useValue("STRING", "@smithy-ts/runtime/codegen-v1");
    expect(s.renderImports()).toBe(
      [
        'import { type DocumentValue, STRING } from "@smithy-ts/runtime/codegen-v1";',
        'import type { Bee } from "./Bee.js";',
        'import type { Zed } from "./Zed.js";',
      ].join("\n"),
    );
  });

  test("a value use anywhere makes the whole module a value import", () => {
    const s = new ImportScope("src/a.ts");
    s.useType("Color", "src/types/Color.ts");
    s.useValue("Color", "src/types/Color.ts");
    expect(s.renderImports()).toBe('import { Color } from "./types/Color.js";');
  });

  test("imports clashing with locals or with each other are aliased with $", () => {
    const s = new ImportScope("src/types/Thing.ts");
    s.declareLocal("Thing");
    expect(s.useType("Thing", "src/other/Thing.ts")).toBe("Thing$1");
    expect(s.useType("Thing", "src/third/Thing.ts")).toBe("Thing$2");
    expect(s.renderImports()).toBe(
      ['import type { Thing as Thing$1 } from "../other/Thing.js";', 'import type { Thing as Thing$2 } from "../third/Thing.js";'].join("\n"),
    );
  });

  test("using a symbol of the file itself needs no import", () => {
    const s = new ImportScope("src/types/Node.ts");
    s.declareLocal("Node");
    expect(s.useType("Node", "src/types/Node.ts")).toBe("Node");
    expect(s.renderImports()).toBe("");
  });

  test("declaring a local after an import took its name is a bug", () => {
    const s = new ImportScope("src/a.ts");
    s.useType("X", "src/x.ts");
    expect(() => s.declareLocal("X")).toThrow(/declared after an import/);
  });
});
