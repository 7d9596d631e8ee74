import { describe, expect, test } from "vitest";
import { generate, isOptionalMember, type NullabilityMode } from "../../src/codegen/index.js";
import { docLines } from "../../src/codegen/types/docs.js";
import * as b from "./model-builder.js";
import { TEMPLATES } from "./templates.js";

function typesOf(shapes: Parameters<typeof b.model>[0], path: string, nullability?: NullabilityMode): string {
  const m = b.model([b.service("a#S", ["a#Op"]), b.operation("a#Op", { input: "a#In" }), ...shapes]);
  const files = generate(m, { mode: "types", generatorVersion: "0", templates: TEMPLATES, nullability });
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`${path} not generated; got ${files.map((x) => x.path).join(", ")}`);
  return f.contents;
}

describe("nullability (Smithy 2.0 structure member optionality)", () => {
  const shapes = [
    b.structure("a#In", { req: ["String", { required: true }], dflt: ["Integer", { default: 1 }], plain: "String" }, { input: true }),
    b.structure("a#Out", {
      req: ["String", { required: true }],
      dflt: ["Integer", { default: 1 }],
      nullDefault: ["Integer", { default: null }],
      added: ["Integer", { default: 1, addedDefault: true }],
      clientOpt: ["String", { required: true, clientOptional: true }],
      plain: "String",
    }),
  ];
  const m = b.model(shapes);
  const member = (id: string) => m.getMember(id)!;
  const cases: [string, boolean, boolean][] = [
    // member, optional for clients, optional for servers
    ["a#In$req", true, false],
    ["a#In$dflt", true, false],
    ["a#In$plain", true, true],
    ["a#Out$req", false, false],
    ["a#Out$dflt", false, false],
    ["a#Out$nullDefault", true, true],
    ["a#Out$added", false, false],
    ["a#Out$clientOpt", true, false],
    ["a#Out$plain", true, true],
  ];
  test.each(cases)("%s: client optional %s, server optional %s", (id, client, server) => {
    expect(isOptionalMember(m, member(id), "client")).toBe(client);
    expect(isOptionalMember(m, member(id), "server")).toBe(server);
  });

  test("types mode uses client nullability unless told otherwise", () => {
    const withOut = [b.structure("a#In", { out: "a#Out", req: ["String", { required: true }] }, { input: true }), shapes[1]!];
    expect(typesOf(withOut, "src/types/In.ts")).toContain("req?: string | undefined;");
    expect(typesOf(withOut, "src/types/In.ts", "server")).toContain("  req: string;");
  });
});

describe("type mapping", () => {
  test("event streams, legacy @enum strings, streaming blobs and documents", () => {
    const text = typesOf(
      [
        b.structure("a#In", { events: "a#Events", color: "a#LegacyColor", body: "a#Body" }, { input: true }),
        b.union("a#Events", { tick: "a#Tick" }, { streaming: {} }),
        b.structure("a#Tick", { at: "Timestamp" }),
        b.shape("a#LegacyColor", "string", { enum: [{ value: "red", name: "RED" }, { value: "blue" }] }),
        b.shape("a#Body", "blob", { streaming: {} }),
      ],
      "src/types/In.ts",
    );
    expect(text).toContain("events?: AsyncIterable<Events> | undefined;");
    expect(text).toContain("color?: LegacyColor | undefined;");
    expect(text).toContain("body?: Uint8Array | undefined;");
    expect(typesOf([b.structure("a#In", { c: "a#LegacyColor" }), b.shape("a#LegacyColor", "string", { enum: [{ value: "red" }, { value: "blue" }] })], "src/types/LegacyColor.ts")).toContain(
      'export type LegacyColor = "red" | "blue" | (string & {});',
    );
  });

  test("nested lists and maps are written inline; sparse ones admit null", () => {
    const text = typesOf(
      [
        b.structure("a#In", { grid: "a#Grid", index: "a#Index" }),
        b.list("a#Grid", "a#Row"),
        b.list("a#Row", "Integer", { sparse: true }),
        b.map("a#Index", "a#Grid", { sparse: true }),
      ],
      "src/types/In.ts",
    );
    expect(text).toContain("grid?: (number | null)[][] | undefined;");
    expect(text).toContain("index?: Record<string, (number | null)[][] | null> | undefined;");
  });

  test("a list that contains itself (invalid, but must not loop) refers to its own name", () => {
    expect(typesOf([b.structure("a#In", { l: "a#Loop" }), b.list("a#Loop", "a#Loop")], "src/types/Loop.ts")).toContain("export type Loop = Loop[];");
  });

  test("enum members without @enumValue use their name; intEnums need values", () => {
    const e = b.shape("a#E", "enum", {}, { members: b.structure("a#E", { A: "Unit" }).members });
    expect(typesOf([b.structure("a#In", { e: "a#E" }), e], "src/types/E.ts")).toContain('  A: "A",');
    const ie = b.shape("a#IE", "intEnum", {}, { members: b.structure("a#IE", { A: "Unit" }).members });
    expect(() => typesOf([b.structure("a#In", { e: "a#IE" }), ie], "src/types/IE.ts")).toThrow(/intEnum member a#IE\$A has no integer @enumValue/);
  });
});

describe("documentation", () => {
  test("escapes comment terminators, renders tags", () => {
    const s = b.structure("a#X", {}, {
      documentation: "Line one */ still\n\n@internal-looking text",
      externalDocumentation: { Guide: "https://example.com/guide", API: "https://example.com/api" },
      deprecated: {},
    });
    expect(docLines(s)?.lines).toEqual([
      "Line one *\\/ still",
      "",
      "@internal-looking text",
      "",
      "@see {@link https://example.com/api | API}",
      "@see {@link https://example.com/guide | Guide}",
      "@deprecated",
    ]);
  });

  test("members fall back to their target's documentation", () => {
    const text = typesOf([b.structure("a#In", { t: "a#T", own: ["a#T", { documentation: "Own." }] }), b.shape("a#T", "string", { documentation: "Target." })], "src/types/In.ts");
    expect(text).toContain("  /** Target. */\n  t?: string | undefined;\n  /** Own. */\n  own?: string | undefined;");
  });
});
