import { describe, expect, test } from "vitest";
import { writeJsonAst } from "../../../src/model/ast/writer.js";
import { formatEvent } from "../../../src/model/events.js";
import { parseIdl } from "../../../src/model/idl/parser.js";
import { loadModel } from "../../../src/model/loader.js";

function load(text: string, filename = "test.smithy") {
  return loadModel([{ filename, text }]);
}

function shapes(text: string): Record<string, unknown> {
  const result = load(text);
  const errors = result.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER").map(formatEvent);
  expect(errors).toEqual([]);
  return (writeJsonAst(result.model) as { shapes: Record<string, unknown> }).shapes;
}

function messages(text: string): string[] {
  return load(text).events.map(formatEvent);
}

describe("IDL parser", () => {
  test("produces load operations with unresolved names", () => {
    const file = parseIdl("a.smithy", '$version: "2.0"\nmetadata m = 1\nnamespace a.b\nuse c.d#E\n@x\nstring S\napply S @y\n');
    expect(file.version).toBe("2.0");
    expect(file.operations.map((o) => o.kind)).toEqual(["metadata", "use", "shape", "trait", "trait"]);
    expect([...file.referencedNamespaces]).toEqual(["c.d"]);
  });

  test("files without $version are IDL 1.0", () => {
    expect(parseIdl("a.smithy", "namespace a.b\nstring S\n").version).toBe("1.0");
    expect(messages("namespace a.b\nstructure S with [M] {}\n")[0]).toContain(
      "Syntax error at line 2, column 13: Mixins can only be used with Smithy version 2 or later.",
    );
  });

  test("syntax errors say where, what was expected and what was found", () => {
    expect(messages('$version: "2.0"\nnamespace a.b\nstructure S {\n    a String\n}\n')).toEqual([
      "[ERROR] -: Syntax error at line 4, column 7: Expected COLON(':') but found IDENTIFIER('String') | Model test.smithy:4:7",
    ]);
    expect(messages('$version: "2.0"\nnamespace a.b\nstrukture S\n')).toEqual([
      "[ERROR] -: Syntax error at line 3, column 1: Unknown shape type: strukture | Model test.smithy:3:1",
    ]);
  });

  test("after a syntax error, parsing resumes at the next statement", () => {
    const events = messages('$version: "2.0"\nnamespace a.b\nstructure A {\n  x: = 1\n}\nstructure B { y: }\nstring C\n');
    expect(events).toHaveLength(2);
    expect(events[0]).toContain("line 4, column 6");
    expect(events[1]).toContain("line 6, column 18");
  });

  test("deeply nested values are refused instead of exhausting the stack", () => {
    const deep = `$version: "2.0"\nnamespace a.b\n@tags(${"[".repeat(10_000)})\nstring S\n`;
    expect(messages(deep)[0]).toContain("Parser exceeded maximum allowed depth of 64");
  });

  test("trait argument forms", () => {
    const s = shapes(`$version: "2.0"
namespace a.b
@trait structure obj { a: String, b: String }
@trait list lst { member: String }
@trait string str
@obj(a: "1", b: "2") @lst(["x"]) @str("s") @documentation("""
    Text block
      indented
    """)
string A
@obj @lst @deprecated
string B
@obj() @str(a.b#B)
string C
`);
    expect(s["a.b#A"]).toEqual({
      type: "string",
      traits: {
        "a.b#obj": { a: "1", b: "2" },
        "a.b#lst": ["x"],
        "a.b#str": "s",
        "smithy.api#documentation": "Text block\n  indented\n",
      },
    });
    // Without a value: {} for structures (and unknown shapes), [] for lists.
    expect(s["a.b#B"]).toEqual({ type: "string", traits: { "a.b#obj": {}, "a.b#lst": [], "smithy.api#deprecated": {} } });
    // An unquoted shape id in a value becomes the absolute id.
    expect(s["a.b#C"]).toEqual({ type: "string", traits: { "a.b#obj": {}, "a.b#str": "a.b#B" } });
  });

  test("unquoted shape ids that resolve to nothing are a DANGER, and become in-namespace ids", () => {
    const result = load('$version: "2.0"\nnamespace a.b\n@tags([Nope])\nstring S\n');
    expect(result.events.map(formatEvent)).toEqual([
      "[DANGER] -: Syntactic shape ID `Nope` does not resolve to a valid shape ID: `a.b#Nope`. Did you mean to quote " +
        "this string? Are you missing a model file? | SyntacticShapeIdTarget test.smithy:3:8",
    ]);
    expect(result.model.getTrait("a.b#S", "smithy.api#tags")).toEqual(["a.b#Nope"]);
  });

  test("doc comments document the next shape or member; elsewhere they are warned about", () => {
    const result = load('$version: "2.0"\nnamespace a.b\n/// Shape docs\n/// more\nstructure S {\n    /// Member docs\n    m: String\n    /// dangling\n}\n');
    expect(result.model.getTrait("a.b#S", "smithy.api#documentation")).toBe("Shape docs\nmore");
    expect(result.model.getTrait("a.b#S$m", "smithy.api#documentation")).toBe("Member docs");
    expect(result.events.map((e) => e.id)).toEqual(["Model.BadDocumentationComment"]);
  });

  test("inline operation input and output honour the suffix control statements", () => {
    const s = shapes('$version: "2.0"\n$operationInputSuffix: "Request"\nnamespace a.b\noperation Get {\n    input := { id: String }\n    output := {}\n}\n');
    expect(s["a.b#Get"]).toEqual({
      type: "operation",
      input: { target: "a.b#GetRequest" },
      output: { target: "a.b#GetOutput" },
    });
    expect(s["a.b#GetRequest"]).toEqual({
      type: "structure",
      members: { id: { target: "smithy.api#String" } },
      traits: { "smithy.api#input": {} },
    });
  });

  test("members: defaults, elided targets, enums with implicit and explicit values", () => {
    const s = shapes(`$version: "2.0"
namespace a.b
resource R { identifiers: { id: String } }
structure Ids for R {
    $id
    count: Integer = 5
}
enum E {
    A
    B = "b"
}
intEnum I {
    ONE = 1
}
`);
    expect(s["a.b#Ids"]).toEqual({
      type: "structure",
      members: {
        id: { target: "smithy.api#String" },
        count: { target: "smithy.api#Integer", traits: { "smithy.api#default": 5 } },
      },
    });
    expect((s["a.b#E"] as { members: unknown }).members).toEqual({
      A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "A" } },
      B: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "b" } },
    });
    expect((s["a.b#I"] as { members: unknown }).members).toEqual({
      ONE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1 } },
    });
  });

  test("__proto__ keys stay plain data", () => {
    const result = load('$version: "2.0"\nmetadata m = { "__proto__": { polluted: true } }\nnamespace a.b\n@tags(["x"])\nstring S\n');
    const m = result.model.metadata.get("m") as Record<string, unknown>;
    expect(Object.keys(m)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
