// excludeShapesByTag, includeShapesByTag, excludeShapesByTrait, includeNamespaces,
// includeServices, excludeShapesBySelector, includeShapesBySelector.
import { describe, expect, test } from "vitest";
import { excludeShapesBySelector } from "../../../src/build/transforms/exclude-shapes-by-selector.js";
import { excludeShapesByTag } from "../../../src/build/transforms/exclude-shapes-by-tag.js";
import { excludeShapesByTrait } from "../../../src/build/transforms/exclude-shapes-by-trait.js";
import { includeNamespaces } from "../../../src/build/transforms/include-namespaces.js";
import { includeServices } from "../../../src/build/transforms/include-services.js";
import { includeShapesBySelector } from "../../../src/build/transforms/include-shapes-by-selector.js";
import { includeShapesByTag } from "../../../src/build/transforms/include-shapes-by-tag.js";
import { ids, model, prepare, run, shape } from "../support/models.js";

const tagged = () =>
  model([
    shape("ex#Public", "structure", {
      traits: { tags: ["public"] },
      members: { keep: { target: "smithy.api#String", traits: { tags: ["public"] } }, secret: { target: "ex#Internal", traits: { tags: ["internal"] } } },
    }),
    shape("ex#Internal", "string", { traits: { tags: ["internal", "beta"] } }),
    shape("ex#Untagged", "string"),
  ]);

describe("excludeShapesByTag", () => {
  test("removes tagged shapes and members, and members targeting removed shapes", () => {
    const out = run(excludeShapesByTag, tagged(), { tags: ["internal"] });
    expect(ids(out)).toEqual(["ex#Public", "ex#Untagged"]);
    expect([...out.getTopLevel("ex#Public")!.members.keys()]).toEqual(["keep"]);
    expect(out.has("smithy.api#String")).toBe(true);
  });
  test("accepts the deprecated list form of args", () => {
    expect(ids(run(excludeShapesByTag, tagged(), ["beta"]))).toEqual(["ex#Public", "ex#Untagged"]);
  });
  test("rejects malformed and unknown arguments", () => {
    expect(() => prepare(excludeShapesByTag, { tags: "internal" })).toThrow(/"tags" must be an array of strings/);
    expect(() => prepare(excludeShapesByTag, { tag: ["x"] })).toThrow(/unknown key "tag"/);
  });
});

describe("includeShapesByTag", () => {
  test("keeps only tagged shapes and members; prelude shapes stay", () => {
    const out = run(includeShapesByTag, tagged(), { tags: ["public"] });
    expect(ids(out)).toEqual(["ex#Public"]);
    expect([...out.getTopLevel("ex#Public")!.members.keys()]).toEqual(["keep"]);
    expect(out.has("smithy.api#Integer")).toBe(true);
  });
});

describe("excludeShapesByTrait", () => {
  const m = () =>
    model([
      shape("ex#A", "structure", { traits: { internal: {} } }),
      shape("ex#B", "structure", { members: { x: { target: "smithy.api#String", traits: { "ex#custom": {} } }, y: "smithy.api#String" } }),
    ]);
  test("relative trait ids are prelude traits", () => {
    expect(ids(run(excludeShapesByTrait, m(), { traits: ["internal"] }))).toEqual(["ex#B"]);
  });
  test("absolute ids match custom traits, on members too", () => {
    const out = run(excludeShapesByTrait, m(), { traits: ["ex#custom"] });
    expect([...out.getTopLevel("ex#B")!.members.keys()]).toEqual(["y"]);
  });
  test("prelude shapes are never removed", () => {
    const out = run(excludeShapesByTrait, m(), { traits: ["trait"] });
    expect(out.has("smithy.api#tags")).toBe(true);
  });
});

describe("includeNamespaces", () => {
  test("keeps shapes of the listed namespaces and the prelude", () => {
    const m = model([shape("a.b#X", "string"), shape("c#Y", "string"), shape("a.b.c#Z", "string")]);
    const out = run(includeNamespaces, m, { namespaces: ["a.b"] });
    expect(ids(out)).toEqual(["a.b#X"]);
    expect(out.has("smithy.api#String")).toBe(true);
  });
});

describe("includeServices", () => {
  const m = () =>
    model([
      shape("ex#S1", "service", { operations: ["ex#Op1"] }),
      shape("ex#S2", "service", { operations: ["ex#Op2"] }),
      shape("ex#Op1", "operation"),
      shape("ex#Op2", "operation"),
    ]);
  test("removes unlisted services only", () => {
    expect(ids(run(includeServices, m(), { services: ["ex#S1"] }))).toEqual(["ex#Op1", "ex#Op2", "ex#S1"]);
  });
  test("service ids must be absolute", () => {
    expect(() => prepare(includeServices, { services: ["S1"] })).toThrow(/not an absolute shape id/);
  });
});

describe("selector transforms", () => {
  const m = () =>
    model([
      shape("ex#A", "structure", { members: { s: "smithy.api#String", i: "smithy.api#Integer" } }),
      shape("ex#B", "string", { traits: { sensitive: {} } }),
      shape("ex#C", "integer"),
    ]);
  test("excludeShapesBySelector removes matches, members included, never the prelude", () => {
    const out = run(excludeShapesBySelector, m(), { selector: ":is([trait|sensitive], member :test(> integer), integer)" });
    expect(ids(out)).toEqual(["ex#A"]);
    expect([...out.getTopLevel("ex#A")!.members.keys()]).toEqual(["s"]);
    expect(out.has("smithy.api#Integer")).toBe(true);
  });
  test("includeShapesBySelector keeps matches and the prelude", () => {
    const out = run(includeShapesBySelector, m(), { selector: ":is(structure, structure > member)" });
    expect(ids(out)).toEqual(["ex#A"]);
    expect([...out.getTopLevel("ex#A")!.members.keys()]).toEqual(["s", "i"]);
    expect(out.has("smithy.api#String")).toBe(true);
  });
  test("a malformed selector is reported when the config is read", () => {
    expect(() => prepare(includeShapesBySelector, { selector: "[trait|" })).toThrow(/"selector" is not a valid selector: Syntax error/);
    expect(() => prepare(includeShapesBySelector, {})).toThrow(/missing required "selector"/);
  });
});
