import { describe, expect, test } from "vitest";
import { writeJsonAst } from "../../../src/model/ast/writer.js";
import { formatEvent } from "../../../src/model/events.js";
import { loadModel, type ModelSource } from "../../../src/model/loader.js";

const V2 = '$version: "2.0"\n';

function files(...texts: string[]): ModelSource[] {
  return texts.map((text, i) => ({ filename: `f${i}.smithy`, text }));
}

function ok(...texts: string[]) {
  const result = loadModel(files(...texts), { validate: false });
  expect(result.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER").map(formatEvent)).toEqual([]);
  return result;
}

function events(...texts: string[]): string[] {
  return loadModel(files(...texts), { validate: false }).events.map(formatEvent);
}

function ast(...texts: string[]): Record<string, unknown> {
  return (writeJsonAst(ok(...texts).model) as { shapes: Record<string, unknown> }).shapes;
}

describe("name resolution", () => {
  test("forward references across files; the namespace shadows the prelude", () => {
    const model = ok(
      `${V2}namespace a.b\nstructure S { s: String, t: Timestamp, other: c.d#O }\n`,
      `${V2}namespace a.b\nstring String\n`,
      `${V2}namespace c.d\nstructure O {}\n`,
    ).model;
    expect(model.getMember("a.b#S$s")?.target).toBe("a.b#String");
    expect(model.getMember("a.b#S$t")?.target).toBe("smithy.api#Timestamp");
    expect(model.getMember("a.b#S$other")?.target).toBe("c.d#O");
  });

  test("use statements import names; unused imports of missing shapes warn", () => {
    const result = loadModel(files(`${V2}namespace a.b\nuse c.d#O\nuse c.d#Missing\nstructure S { o: O }\n`, `${V2}namespace c.d\nstructure O {}\n`), {
      validate: false,
    });
    expect(result.model.getMember("a.b#S$o")?.target).toBe("c.d#O");
    expect(result.events.map(formatEvent)).toEqual(["[WARNING] -: Use statement refers to undefined shape: c.d#Missing | Model f0.smithy:4:5"]);
  });
});

describe("mixins", () => {
  const MODEL = `${V2}namespace a.b
@mixin(localTraits: [internal])
@internal
@tags(["from-mixin"])
structure M1 { a: String, @required b: String }
@mixin
structure M2 { c: Integer }
@sensitive
structure S with [M1, M2] { own: String }
apply S$a @documentation("added")
`;

  test("members come from mixins first (in order), then local ones; traits are inherited except local ones", () => {
    const model = ok(MODEL).model;
    const s = model.getTopLevel("a.b#S")!;
    expect([...s.members.keys()]).toEqual(["a", "b", "c", "own"]);
    expect([...s.traits.keys()].sort()).toEqual(["smithy.api#sensitive", "smithy.api#tags"]);
    expect([...s.introducedTraits.keys()]).toEqual(["smithy.api#sensitive"]);
    expect(s.members.get("b")!.traits.has("smithy.api#required")).toBe(true);
    expect(s.members.get("b")!.mixins).toEqual(["a.b#M1$b"]);
    expect([...s.members.get("a")!.introducedTraits]).toEqual([["smithy.api#documentation", "added"]]);
  });

  test("the JSON AST keeps only local members and writes traits of inherited members as apply entries", () => {
    const shapes = ast(MODEL);
    expect(shapes["a.b#S"]).toEqual({
      type: "structure",
      mixins: [{ target: "a.b#M1" }, { target: "a.b#M2" }],
      members: { own: { target: "smithy.api#String" } },
      traits: { "smithy.api#sensitive": {} },
    });
    expect(shapes["a.b#S$a"]).toEqual({ type: "apply", traits: { "smithy.api#documentation": "added" } });
  });

  test("cycles, missing mixins, wrong types and conflicting members are reported", () => {
    expect(events(`${V2}namespace a.b\n@mixin structure A with [B] {}\n@mixin structure B with [A] {}\n`).sort()).toEqual([
      "[ERROR] a.b#A: Unable to resolve mixins; cycles detected between this shape and [a.b#B] | Model f0.smithy:3:8",
      "[ERROR] a.b#B: Unable to resolve mixins; cycles detected between this shape and [a.b#A] | Model f0.smithy:4:8",
    ]);
    expect(events(`${V2}namespace a.b\nstructure S with [Nope] {}\n`)).toEqual([
      "[ERROR] a.b#S: Cannot apply mixin to a.b#S: a.b#Nope not found | Model f0.smithy:3:1",
    ]);
    expect(events(`${V2}namespace a.b\n@mixin string M\nstructure S with [M] {}\n`)).toEqual([
      "[ERROR] a.b#S: Mixins may only be mixed into shapes of the same type. The following mixins were applied to the " +
        "structure shape `a.b#S` which are not structure shapes: [`a.b#M`] | Model f0.smithy:4:1",
    ]);
    expect(events(`${V2}namespace a.b\n@mixin structure M { x: String }\nstructure S with [M] { x: Integer }\n`)).toEqual([
      "[ERROR] a.b#S$x: Member conflicts with an inherited mixin member: `a.b#M$x` | Model f0.smithy:4:24",
    ]);
  });
});

describe("traits", () => {
  test("list traits applied several times are concatenated; other conflicts are errors", () => {
    const result = loadModel(
      files(`${V2}namespace a.b\n@tags(["a"])\n@documentation("x")\nstring S\n`, `${V2}namespace a.b\napply S @tags(["b"])\napply S @documentation("y")\n`),
      { validate: false },
    );
    expect(result.model.getTrait("a.b#S", "smithy.api#tags")).toEqual(["a", "b"]);
    expect(result.events.map(formatEvent)).toEqual([
      "[ERROR] a.b#S: Conflicting `smithy.api#documentation` trait found on shape `a.b#S`. The previous trait was " +
        "defined at `f0.smithy:4:1`, and a conflicting trait was defined at `f1.smithy:4:9`. | Model f1.smithy:4:9",
    ]);
  });

  test("traits on missing shapes, unknown traits, and non-trait shapes used as traits", () => {
    expect(events(`${V2}namespace a.b\napply Nope @deprecated\n`)).toEqual([
      "[ERROR] -: Trait `deprecated` applied to unknown shape `a.b#Nope` | Model f0.smithy:3:12",
    ]);
    expect(events(`${V2}namespace a.b\n@notATrait\nstring S\nstring notATrait\n`)).toEqual([
      "[ERROR] a.b#notATrait: Shape `a.b#notATrait` cannot be applied as a trait. If this is a custom trait, please add " +
        "`@trait` to this shape. | Model f0.smithy:5:1",
    ]);
    expect(loadModel(files(`${V2}namespace a.b\n@whatever\nstring S\n`), { validate: false, allowUnknownTraits: true }).events.map(formatEvent)).toEqual([
      "[WARNING] a.b#S: Unable to resolve trait `a.b#whatever`. If this is a custom trait, then it must be defined before " +
        "it can be used in a model. | Model.UnresolvedTrait f0.smithy:3:1",
    ]);
  });

  test("prelude shapes cannot be changed", () => {
    expect(events(`${V2}namespace a.b\napply smithy.api#String @deprecated\n`)).toEqual([
      "[ERROR] smithy.api#String: Cannot apply `smithy.api#deprecated` to an immutable prelude shape defined in " +
        "`smithy.api`. | Model f0.smithy:3:25",
    ]);
  });
});

describe("shape definitions", () => {
  test("identical duplicates are noted, different ones are errors", () => {
    expect(events(`${V2}namespace a.b\nstring S\n`, `${V2}namespace a.b\nstring S\n`)).toEqual([
      "[NOTE] a.b#S: Ignoring duplicate but equivalent shape definition: a.b#S defined at f1.smithy:3:1 and f0.smithy:3:1 " +
        "| Model.IgnoredDuplicateDefinition f0.smithy:3:1",
    ]);
    expect(events(`${V2}namespace a.b\nstring S\n`, `${V2}namespace a.b\ninteger S\n`)[0]).toContain(
      "[ERROR] a.b#S: Conflicting shape definition for `a.b#S` found at `f1.smithy:3:1` and `f0.smithy:3:1`. Left is integer, right is string",
    );
  });

  test("lists and maps need their members", () => {
    expect(events(`${V2}namespace a.b\nlist L {}\nmap M { key: String }\n`).sort()).toEqual([
      "[ERROR] a.b#L: Missing required member of shape `a.b#L`: member | Model f0.smithy:3:1",
      "[ERROR] a.b#M: Missing required member of shape `a.b#M`: value | Model f0.smithy:4:1",
    ]);
  });
});

describe("metadata", () => {
  test("arrays under the same key are concatenated; other differing values conflict", () => {
    const result = loadModel(
      files(`${V2}metadata list = [1]\nmetadata same = "x"\nmetadata clash = 1\n`, `${V2}metadata list = [2]\nmetadata same = "x"\nmetadata clash = 2\n`),
      { validate: false },
    );
    expect(result.model.metadata.get("list")).toEqual([1, 2]);
    expect(result.model.metadata.get("same")).toBe("x");
    expect(result.events.map(formatEvent)).toEqual([
      "[ERROR] -: Metadata conflict for key `clash`. Defined in both `f1.smithy:4:18` and `f0.smithy:4:18` | Model f1.smithy:4:18",
    ]);
  });
});

describe("IDL 1.0", () => {
  test("numbers and booleans that are not @box get zero defaults, as in 2.0", () => {
    const shapes = ast(`namespace a.b
integer Count
@box
integer MaybeCount
structure S {
    a: Count
    b: MaybeCount
    c: PrimitiveBoolean
    d: Integer
    @box
    e: Count
}
`);
    expect(shapes["a.b#Count"]).toEqual({ type: "integer", traits: { "smithy.api#default": 0 } });
    expect(shapes["a.b#MaybeCount"]).toEqual({ type: "integer" });
    expect((shapes["a.b#S"] as { members: unknown }).members).toEqual({
      a: { target: "a.b#Count", traits: { "smithy.api#default": 0 } },
      b: { target: "a.b#MaybeCount" },
      c: { target: "smithy.api#PrimitiveBoolean", traits: { "smithy.api#default": false } },
      d: { target: "smithy.api#Integer" },
      e: { target: "a.b#Count", traits: { "smithy.api#default": null } },
    });
  });
});

describe("bundled namespaces", () => {
  test("are loaded when referenced and not defined by the sources", () => {
    const model = ok(`${V2}namespace a.b\nuse aws.protocols#restJson1\n@restJson1\nservice S {}\n`).model;
    expect(model.getTopLevel("aws.protocols#restJson1")?.traits.has("smithy.api#trait")).toBe(true);
    const json = writeJsonAst(model) as { shapes: Record<string, unknown> };
    expect(Object.keys(json.shapes)).toEqual(["a.b#S"]);
    const withPrelude = writeJsonAst(model, { includePrelude: true }) as { shapes: Record<string, unknown> };
    expect(withPrelude.shapes["aws.protocols#restJson1"]).toBeDefined();
  });

  test("are not loaded when the sources define the namespace themselves", () => {
    const model = ok(
      `${V2}namespace a.b\nuse aws.protocols#restJson1\n@restJson1\nservice S {}\n`,
      `${V2}namespace aws.protocols\n@trait\nstructure restJson1 {}\n`,
    ).model;
    expect(model.getTopLevel("aws.protocols#restJson1")?.source.filename).toBe("f1.smithy");
    expect(model.getTopLevel("aws.protocols#awsJson1_0")).toBeUndefined();
  });
});
