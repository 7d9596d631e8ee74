import { describe, expect, test } from "vitest";
import { ImportScope, TemplateRenderer } from "../../src/codegen/index.js";
import { assembleSourceFile, tidy } from "../../src/codegen/render/source-file.js";

const templates = Object.freeze({
  "shared/tsdoc.hbs": "{{#if doc}}/** {{doc}} */\n{{/if}}",
  "t/uses.hbs": 'export const x: {{importType "Foo" from="src/types/Foo.ts"}} = {{importValue "make" from="@smithy-ts/runtime/codegen-v1"}}();\n',
  "t/partial.hbs": "class A {\n  {{> shared/tsdoc doc=doc}}\n  m(): void {}\n}\n",
  "t/strict.hbs": "{{missing}}",
  "t/json.hbs": "const s = {{json text}};",
});

describe("template renderer", () => {
  const r = TemplateRenderer.for(templates);

  test("import helpers register symbols and return the local name", () => {
    const scope = new ImportScope("src/x.ts");
    const body = r.render("t/uses.hbs", {}, scope);
    expect(body).toBe("export const x: Foo = make();\n");
    expect(assembleSourceFile("// header", scope, body)).toBe(
      [
        "// header",
        "",
        'import { make } from "@smithy-ts/runtime/codegen-v1";',
        'import type { Foo } from "./types/Foo.js";',
        "",
        "export const x: Foo = make();",
        "",
      ].join("\n"),
    );
  });

  test("shared partials are indented where they are called", () => {
    expect(r.render("t/partial.hbs", { doc: "Docs." })).toBe("class A {\n  /** Docs. */\n  m(): void {}\n}\n");
  });

  test("a view-model field missing by mistake fails loudly", () => {
    expect(() => r.render("t/strict.hbs", {})).toThrow(/missing/);
  });

  test("output is not HTML-escaped; json quotes strings", () => {
    expect(r.render("t/json.hbs", { text: 'a<b>"c"' })).toBe('const s = "a<b>\\"c\\"";');
  });

  test("import helpers outside a TypeScript file are an error", () => {
    expect(() => r.render("t/uses.hbs", {})).toThrow(/only be used in TypeScript file templates/);
  });

  test("unknown templates name the missing file", () => {
    expect(() => r.render("t/nope.hbs", {})).toThrow(/template not found: t\/nope\.hbs/);
  });

  test("renderers are cached per template source", () => {
    expect(TemplateRenderer.for(templates)).toBe(r);
  });

  test("tidy drops trailing spaces and collapses blank runs", () => {
    expect(tidy("\n\na  \n\n\n\nb\n\n")).toBe("a\n\nb");
  });
});
