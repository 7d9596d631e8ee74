import { describe, expect, test } from "vitest";
import { loadModel, readJsonAst, writeIdl } from "../../../src/model/loader.js";
import { expectIdlRoundTrip } from "./roundtrip-support.js";

describe("IDL serializer", () => {
  test("awkward values and names survive the round trip", () => {
    // JSON.parse, not an object literal: a literal "__proto__" key would set the prototype.
    const metadata: unknown = JSON.parse('{ "needs quoting": { "__proto__": [1, -2.5, true, null], "a.b": "x" } }');
    const model = readJsonAst({
      smithy: "2.0",
      metadata,
      shapes: {
        "a.b#null": { type: "operation", input: { target: "smithy.api#Unit" }, output: { target: "smithy.api#Unit" } },
        "a.b#Svc": { type: "service", version: "1", operations: [{ target: "a.b#null" }] },
        "a.b#S": {
          type: "structure",
          members: {
            text: {
              target: "smithy.api#String",
              traits: {
                "smithy.api#default": 'quote " backslash \\ newline \n tab \t nul \u0000',
                "smithy.api#documentation": "doc with\r\ncarriage return",
              },
            },
            other: { target: "c.d#String" },
          },
          traits: { "smithy.api#documentation": "Line one\n\n  indented line\nlast " },
        },
        "a.b#String": { type: "string" },
        "c.d#String": { type: "string", traits: { "smithy.api#tags": ["x"] } },
      },
    }).model;
    expectIdlRoundTrip(model);
    const files = writeIdl(model);
    expect([...files.keys()]).toEqual(["", "a.b", "c.d"]);
    // a.b#String shadows the prelude, so the prelude String is written in full.
    expect(files.get("a.b")).toContain("other: c.d#String");
    expect(files.get("a.b")).toContain("/// Line one\n///\n///   indented line\n/// last \n");
    expect(files.get("a.b")).toContain("operations: [\n        a.b#null\n    ]");
    expect(files.get("")).toContain("    __proto__: [\n");
  });

  test("inherited members that gained traits become apply statements", () => {
    const result = loadModel([
      {
        filename: "m.smithy",
        text: `$version: "2.0"
namespace a.b
@mixin
structure M { a: String, b: String }
structure S with [M] {}
apply S$a @documentation("doc")
apply S$b {
    @deprecated
    @documentation("more")
}
operation Op {
    input := with [M] {}
}
apply OpInput$a @required
`,
      },
    ]);
    expectIdlRoundTrip(result.model);
    const text = writeIdl(result.model).get("a.b")!;
    expect(text).toContain('apply S$a @documentation("doc")\n');
    expect(text).toContain('apply S$b {\n    @deprecated\n    @documentation("more")\n}\n');
    expect(text).toContain("    input := with [M] {}\n");
    expect(text).toContain("apply OpInput$a @required\n");
  });

  test("IDL 1.0 models are written as 2.0 (sets as lists, zero defaults explicit, no @box)", () => {
    const result = loadModel([
      { filename: "v1.smithy", text: "namespace a.b\nset Tags { member: String }\n@box\ninteger Maybe\nstructure S { count: PrimitiveInteger, maybe: Maybe }\n" },
    ]);
    const text = writeIdl(result.model).get("a.b")!;
    expect(text).toContain("list Tags {\n    member: String\n}");
    expect(text).toContain("count: PrimitiveInteger = 0");
    expect(text).not.toContain("@box");
    expectIdlRoundTrip(result.model);
  });
});
