// excludeTraits, includeTraits, excludeTraitsByTag, includeTraitsByTag, removeTraitDefinitions,
// excludeTags, includeTags, excludeMetadata, includeMetadata.
import { describe, expect, test } from "vitest";
import { excludeMetadata } from "../../../src/build/transforms/exclude-metadata.js";
import { excludeTags } from "../../../src/build/transforms/exclude-tags.js";
import { excludeTraits } from "../../../src/build/transforms/exclude-traits.js";
import { excludeTraitsByTag } from "../../../src/build/transforms/exclude-traits-by-tag.js";
import { includeMetadata } from "../../../src/build/transforms/include-metadata.js";
import { includeTags } from "../../../src/build/transforms/include-tags.js";
import { includeTraits } from "../../../src/build/transforms/include-traits.js";
import { includeTraitsByTag } from "../../../src/build/transforms/include-traits-by-tag.js";
import { removeTraitDefinitions } from "../../../src/build/transforms/remove-trait-definitions.js";
import { ids, model, run, shape, traitsOf } from "../support/models.js";

const withTraits = () =>
  model([
    shape("ex.a#alpha", "structure", { traits: { trait: {}, tags: ["public"] } }),
    shape("ex.a#beta", "string", { traits: { trait: {}, tags: ["internal"] } }),
    shape("ex.b#gamma", "structure", { traits: { trait: {} }, members: { config: "ex.b#GammaConfig" } }),
    shape("ex.b#GammaConfig", "string"),
    shape("ex#Target", "structure", {
      traits: { "ex.a#alpha": {}, "ex.a#beta": "b", "ex.b#gamma": {}, documentation: "docs" },
      members: { m: { target: "smithy.api#String", traits: { "ex.a#beta": "x", required: {} } } },
    }),
  ]);

describe("excludeTraits", () => {
  test("removes definitions and applications by id", () => {
    const out = run(excludeTraits, withTraits(), { traits: ["ex.a#beta", "documentation"] });
    expect(ids(out)).not.toContain("ex.a#beta");
    expect(Object.keys(traitsOf(out, "ex#Target")).sort()).toEqual(["ex.a#alpha", "ex.b#gamma"]);
    expect(Object.keys(traitsOf(out, "ex#Target$m"))).toEqual(["smithy.api#required"]);
    // A prelude definition stays in the model; its applications go.
    expect(out.has("smithy.api#documentation")).toBe(true);
  });
  test("a trailing # excludes a whole namespace; orphaned shapes are kept", () => {
    const out = run(excludeTraits, withTraits(), { traits: ["ex.b#"] });
    expect(ids(out)).not.toContain("ex.b#gamma");
    expect(ids(out)).toContain("ex.b#GammaConfig");
    expect(traitsOf(out, "ex#Target")["ex.b#gamma"]).toBeUndefined();
  });
});

describe("includeTraits", () => {
  test("removes every trait not listed, prelude traits included; @trait is always kept", () => {
    const out = run(includeTraits, withTraits(), { traits: ["ex.a#"] });
    expect(Object.keys(traitsOf(out, "ex#Target")).sort()).toEqual(["ex.a#alpha", "ex.a#beta"]);
    expect(Object.keys(traitsOf(out, "ex#Target$m"))).toEqual(["ex.a#beta"]);
    expect(traitsOf(out, "ex.a#alpha")["smithy.api#trait"]).toEqual({});
    expect(ids(out)).not.toContain("ex.b#gamma");
  });
});

describe("excludeTraitsByTag / includeTraitsByTag", () => {
  test("exclude removes tagged definitions and their applications", () => {
    const out = run(excludeTraitsByTag, withTraits(), { tags: ["internal"] });
    expect(ids(out)).not.toContain("ex.a#beta");
    expect(traitsOf(out, "ex#Target$m")["ex.a#beta"]).toBeUndefined();
    // smithy.api#internal is tagged too but is a prelude definition.
    expect(run(excludeTraitsByTag, withTraits(), { tags: ["diff.error.remove"] }).has("smithy.api#internal")).toBe(true);
  });
  test("include keeps only tagged definitions (and prelude ones)", () => {
    const out = run(includeTraitsByTag, withTraits(), { tags: ["public"] });
    expect(ids(out).filter((id) => !id.startsWith("ex#"))).toEqual(["ex.a#alpha", "ex.b#GammaConfig"]);
    expect(Object.keys(traitsOf(out, "ex#Target")).sort()).toEqual(["ex.a#alpha", "smithy.api#documentation"]);
  });
});

describe("removeTraitDefinitions", () => {
  test("removes definitions and what only they use, keeping applications", () => {
    const out = run(removeTraitDefinitions, withTraits());
    expect(ids(out)).toEqual(["ex#Target"]);
    expect(Object.keys(traitsOf(out, "ex#Target")).sort()).toEqual(["ex.a#alpha", "ex.a#beta", "ex.b#gamma", "smithy.api#documentation"]);
    expect(out.has("smithy.api#documentation")).toBe(true);
  });
  test("exportTagged keeps tagged definitions", () => {
    expect(ids(run(removeTraitDefinitions, withTraits(), { exportTagged: ["public"] }))).toEqual(["ex#Target", "ex.a#alpha"]);
  });
  test("a shape also used elsewhere is kept", () => {
    const m = model([...withTraits().shapes()].filter((s) => !s.id.startsWith("smithy.api#")).concat(shape("ex#User", "structure", { members: { c: "ex.b#GammaConfig" } })));
    expect(ids(run(removeTraitDefinitions, m))).toEqual(["ex#Target", "ex#User", "ex.b#GammaConfig"]);
  });
});

describe("excludeTags / includeTags", () => {
  const m = () =>
    model([shape("ex#A", "string", { traits: { tags: ["a", "b", "c"] } }), shape("ex#B", "structure", { members: { x: { target: "ex#A", traits: { tags: ["b"] } } } })]);
  test("excludeTags removes listed tags from shapes and members", () => {
    const out = run(excludeTags, m(), { tags: ["b"] });
    expect(traitsOf(out, "ex#A")["smithy.api#tags"]).toEqual(["a", "c"]);
    expect(traitsOf(out, "ex#B$x")["smithy.api#tags"]).toEqual([]);
  });
  test("includeTags keeps only listed tags", () => {
    const out = run(includeTags, m(), ["c"]);
    expect(traitsOf(out, "ex#A")["smithy.api#tags"]).toEqual(["c"]);
    expect(out.getTopLevel("ex#A")!.introducedTraits.get("smithy.api#tags")).toEqual(["c"]);
  });
});

describe("metadata transforms", () => {
  const m = () => model([], { a: 1, b: [true], suppressions: [] });
  test("excludeMetadata", () => {
    expect([...run(excludeMetadata, m(), { keys: ["a", "x"] }).metadata.keys()]).toEqual(["b", "suppressions"]);
  });
  test("includeMetadata", () => {
    expect(Object.fromEntries(run(includeMetadata, m(), { keys: ["b"] }).metadata)).toEqual({ b: [true] });
  });
});
