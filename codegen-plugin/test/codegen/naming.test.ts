import { describe, expect, test } from "vitest";
import { isReservedName, objectLiteralKey, propertyKey, safeDeclarationName, SymbolTable } from "../../src/codegen/index.js";
import { nameOf } from "../../src/model/index.js";

const table = (ids: string[], extra: { rename?: Record<string, string>; reserved?: string[] } = {}) =>
  new SymbolTable(ids, {
    nameOf: (id) => extra.rename?.[id] ?? nameOf(id),
    directoryOf: () => "src/types",
    reservedFileNames: extra.reserved ?? ["index"],
  });

describe("identifiers", () => {
  test("reserved words, strict-mode words and important globals get a trailing underscore", () => {
    for (const n of ["default", "import", "class", "let", "yield", "await", "Object", "Promise", "Error", "Array", "Symbol", "Date", "Map", "Record", "string", "any"]) {
      expect(isReservedName(n), n).toBe(true);
      expect(safeDeclarationName(n)).toBe(`${n}_`);
    }
    for (const n of ["Pokemon", "Object_", "Default", "Errors"]) expect(safeDeclarationName(n)).toBe(n);
  });

  test("property keys stay bare where TypeScript allows it; __proto__ is computed in literals", () => {
    expect(propertyKey("constructor")).toBe("constructor");
    expect(propertyKey("default")).toBe("default");
    expect(propertyKey("__proto__")).toBe("__proto__");
    expect(propertyKey("a-b")).toBe('"a-b"');
    expect(objectLiteralKey("__proto__")).toBe('["__proto__"]');
    expect(objectLiteralKey("toString")).toBe("toString");
  });
});

describe("symbol table", () => {
  test("names differing only in case get distinct file names, in shape-id order", () => {
    const t = table(["ns#foo", "ns#Foo", "ns#FOO"]);
    expect(t.symbols().map((s) => [s.name, s.file])).toEqual([
      ["FOO", "src/types/FOO.ts"],
      ["Foo", "src/types/Foo_2.ts"],
      ["foo", "src/types/foo_3.ts"],
    ]);
  });

  test("a suffixed name never takes another shape's name", () => {
    const t = table(["a#Foo", "b#Foo", "c#Foo_2"]);
    expect(t.symbols().map((s) => s.name)).toEqual(["Foo", "Foo_3", "Foo_2"]);
  });

  test("reserved names are escaped and reserved file names avoided", () => {
    const t = table(["ns#Object", "ns#index", "ns#Con", "ns#default"]);
    expect(t.symbol("ns#Object").name).toBe("Object_");
    expect(t.symbol("ns#default").name).toBe("default_");
    expect(t.symbol("ns#index").file).toBe("src/types/index_2.ts");
    expect(t.symbol("ns#Con").file).toBe("src/types/Con_2.ts");
  });

  test("service renames apply before escaping", () => {
    const t = table(["a#Thing", "b#Thing"], { rename: { "b#Thing": "Promise" } });
    expect(t.symbol("a#Thing").name).toBe("Thing");
    expect(t.symbol("b#Thing").name).toBe("Promise_");
  });

  test("derived names fall back to a $ separator on collision and are stable", () => {
    const t = table(["ns#Foo", "ns#FooSchema"]);
    expect(t.derivedName("ns#Foo", "Schema")).toBe("Foo$Schema");
    expect(t.derivedName("ns#FooSchema", "Schema")).toBe("FooSchemaSchema");
    expect(t.derivedName("ns#Foo", "Schema")).toBe("Foo$Schema");
  });

  test("unknown shapes are a bug, not a silent default", () => {
    expect(() => table(["ns#A"]).symbol("ns#B")).toThrow(/no symbol allocated for shape ns#B/);
  });
});
