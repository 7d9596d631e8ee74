// changeTypes, changeStringEnumsToEnumShapes, makeIdempotencyTokensClientOptional,
// removeDeprecatedShapes, filterSuppressions.
import { describe, expect, test } from "vitest";
import type { ValidationEvent } from "../../../src/model/events.js";
import { changeStringEnumsToEnumShapes } from "../../../src/build/transforms/change-string-enums-to-enum-shapes.js";
import { changeTypes } from "../../../src/build/transforms/change-types.js";
import { filterSuppressions } from "../../../src/build/transforms/filter-suppressions.js";
import { makeIdempotencyTokensClientOptional } from "../../../src/build/transforms/make-idempotency-tokens-client-optional.js";
import { compareSemVer, removeDeprecatedShapes } from "../../../src/build/transforms/remove-deprecated-shapes.js";
import { context, ids, model, prepare, run, shape, traitsOf } from "../support/models.js";

const enums = () =>
  model([
    shape("ex#Named", "string", { traits: { enum: [{ value: "a", name: "A", documentation: "the a", tags: ["internal"] }, { value: "b", name: "B", deprecated: true }], documentation: "d" } }),
    shape("ex#Unnamed", "string", { traits: { enum: [{ value: "foo-bar.baz" }, { value: "qux" }] } }),
    shape("ex#Hopeless", "string", { traits: { enum: [{ value: "1abc" }] } }),
  ]);

describe("changeStringEnumsToEnumShapes", () => {
  test("converts named enums, carrying docs, tags, deprecation and internal", () => {
    const out = run(changeStringEnumsToEnumShapes, enums());
    const named = out.getTopLevel("ex#Named")!;
    expect(named.type).toBe("enum");
    expect(traitsOf(out, "ex#Named")).toEqual({ "smithy.api#documentation": "d" });
    expect(traitsOf(out, "ex#Named$A")).toEqual({
      "smithy.api#enumValue": "a",
      "smithy.api#documentation": "the a",
      "smithy.api#tags": ["internal"],
      "smithy.api#internal": {},
    });
    expect(traitsOf(out, "ex#Named$B")).toEqual({ "smithy.api#enumValue": "b", "smithy.api#deprecated": {} });
    expect(named.members.get("A")!.target).toBe("smithy.api#Unit");
    expect(out.getTopLevel("ex#Unnamed")!.type).toBe("string");
  });
  test("synthesizeNames derives names where it can", () => {
    const out = run(changeStringEnumsToEnumShapes, enums(), { synthesizeNames: true });
    expect([...out.getTopLevel("ex#Unnamed")!.members.keys()]).toEqual(["foo_bar_baz", "qux"]);
    expect(out.getTopLevel("ex#Hopeless")!.type).toBe("string");
  });
});

describe("changeTypes", () => {
  const m = () =>
    model([
      ...enums().shapes(),
      shape("ex#Num", "integer", { traits: { documentation: "n" } }),
      shape("ex#L", "list", { members: { member: "smithy.api#String" } }),
      shape("ex#S", "structure", { members: { a: "smithy.api#String" } }),
      shape("ex#E", "enum", { members: { X: { target: "smithy.api#Unit", traits: { enumValue: "x", documentation: "ex" } } } }),
    ]);
  test("supported conversions", () => {
    const out = run(changeTypes, m(), { shapeTypes: { "ex#Num": "long", "ex#L": "set", "ex#S": "union", "ex#Named": "enum", "ex#E": "string" } });
    expect(out.getTopLevel("ex#Num")!.type).toBe("long");
    expect(traitsOf(out, "ex#Num")).toEqual({ "smithy.api#documentation": "n" });
    expect(out.getTopLevel("ex#L")!.type).toBe("set");
    expect(out.getTopLevel("ex#S")!.type).toBe("union");
    expect([...out.getTopLevel("ex#S")!.members.keys()]).toEqual(["a"]);
    expect(out.getTopLevel("ex#Named")!.type).toBe("enum");
    const e = out.getTopLevel("ex#E")!;
    expect(e.type).toBe("string");
    expect(e.members.size).toBe(0);
    expect(traitsOf(out, "ex#E")["smithy.api#enum"]).toEqual([{ value: "x", name: "X", documentation: "ex" }]);
  });
  test("string to enum honours synthesizeEnumNames", () => {
    expect(() => run(changeTypes, m(), { shapeTypes: { "ex#Unnamed": "enum" } })).toThrow(/has no name/);
    expect(run(changeTypes, m(), { shapeTypes: { "ex#Unnamed": "enum" }, synthesizeEnumNames: true }).getTopLevel("ex#Unnamed")!.type).toBe("enum");
  });
  test("unsupported conversions and bad arguments are clear errors", () => {
    expect(() => run(changeTypes, m(), { shapeTypes: { "ex#L": "structure" } })).toThrow(/from list to structure: list shapes can only become set shapes/);
    expect(() => run(changeTypes, m(), { shapeTypes: { "ex#Num": "structure" } })).toThrow(/simple types can only become other simple types/);
    expect(() => run(changeTypes, m(), { shapeTypes: { "ex#Missing": "string" } })).toThrow(/no such shape/);
    expect(() => prepare(changeTypes, { shapeTypes: { "ex#Num": "banana" } })).toThrow(/"banana"/);
    expect(() => prepare(changeTypes, { shapeTypes: {} })).toThrow(/at least one/);
  });
});

describe("makeIdempotencyTokensClientOptional", () => {
  test("adds @clientOptional to required idempotency tokens only", () => {
    const m = model([
      shape("ex#In", "structure", {
        members: {
          token: { target: "smithy.api#String", traits: { required: {}, idempotencyToken: {} } },
          optional: { target: "smithy.api#String", traits: { idempotencyToken: {} } },
          plain: { target: "smithy.api#String", traits: { required: {} } },
        },
      }),
    ]);
    const out = run(makeIdempotencyTokensClientOptional, m);
    expect(traitsOf(out, "ex#In$token")["smithy.api#clientOptional"]).toEqual({});
    expect(out.getMember("ex#In$token")!.introducedTraits.has("smithy.api#clientOptional")).toBe(true);
    expect(traitsOf(out, "ex#In$optional")["smithy.api#clientOptional"]).toBeUndefined();
    expect(traitsOf(out, "ex#In$plain")["smithy.api#clientOptional"]).toBeUndefined();
  });
});

describe("removeDeprecatedShapes", () => {
  const m = () =>
    model([
      shape("ex#OldDate", "string", { traits: { deprecated: { since: "2020-01-01" } } }),
      shape("ex#NewDate", "string", { traits: { deprecated: { since: "2025-01-01" } } }),
      shape("ex#OldVersion", "string", { traits: { deprecated: { since: "1.2.0" } } }),
      shape("ex#NewVersion", "string", { traits: { deprecated: { since: "1.10.0" } } }),
      shape("ex#Free", "string", { traits: { deprecated: { since: "a while ago" } } }),
      shape("ex#NoSince", "string", { traits: { deprecated: {} } }),
      shape("ex#S", "structure", { members: { old: { target: "smithy.api#String", traits: { deprecated: { since: "2019-05-05" } } }, kept: "smithy.api#String" } }),
    ]);
  test("by date and by version", () => {
    const out = run(removeDeprecatedShapes, m(), { relativeDate: "2024-10-10", relativeVersion: "1.9.0" });
    expect(ids(out)).toEqual(["ex#Free", "ex#NewDate", "ex#NewVersion", "ex#NoSince", "ex#S"]);
    expect([...out.getTopLevel("ex#S")!.members.keys()]).toEqual(["kept"]);
  });
  test("no arguments removes nothing; bad arguments are errors", () => {
    expect(ids(run(removeDeprecatedShapes, m()))).toHaveLength(7);
    expect(() => prepare(removeDeprecatedShapes, { relativeDate: "10/10/2024" })).toThrow(/not an ISO 8601 calendar date/);
    expect(() => prepare(removeDeprecatedShapes, { relativeVersion: "1.2" })).toThrow(/not a SemVer version/);
  });
  test("SemVer precedence", () => {
    expect(compareSemVer("1.10.0", "1.9.0")).toBeGreaterThan(0);
    expect(compareSemVer("1.0.0-alpha", "1.0.0")).toBeLessThan(0);
    expect(compareSemVer("1.0.0-alpha.2", "1.0.0-alpha.10")).toBeLessThan(0);
    expect(compareSemVer("1.0.0+build", "1.0.0")).toBe(0);
  });
});

describe("filterSuppressions", () => {
  const suppressed = (id: string, shapeId: string): ValidationEvent => ({ id, severity: "SUPPRESSED", message: "m", shapeId });
  const m = () =>
    model(
      [
        shape("ex.a#A", "string", { traits: { suppress: ["Used", "Unused"] } }),
        shape("ex.b#B", "string", { traits: { suppress: ["Unused"] } }),
      ],
      {
        suppressions: [
          { id: "Meta", namespace: "ex.a", reason: "internal detail" },
          { id: "Meta", namespace: "ex.b" },
          { id: "Other", namespace: "*" },
        ],
        validators: [{ name: "EmitEachSelector", id: "Custom" }],
      },
    );
  const events = [suppressed("Used", "ex.a#A"), suppressed("Meta.Sub", "ex.a#A"), suppressed("Custom", "ex.b#B")];
  const apply = (args: Record<string, unknown>, model = m()) => prepare(filterSuppressions, args as never)(model, context(m(), events));

  test("removeUnused drops suppressions that suppressed nothing", () => {
    const out = apply({ removeUnused: true });
    expect(traitsOf(out, "ex.a#A")["smithy.api#suppress"]).toEqual(["Used"]);
    expect(traitsOf(out, "ex.b#B")["smithy.api#suppress"]).toBeUndefined();
    expect(out.metadata.get("suppressions")).toEqual([{ id: "Meta", namespace: "ex.a", reason: "internal detail" }]);
  });
  test("removeReasons strips reasons", () => {
    expect(apply({ removeReasons: true }).metadata.get("suppressions")).toEqual([
      { id: "Meta", namespace: "ex.a" },
      { id: "Meta", namespace: "ex.b" },
      { id: "Other", namespace: "*" },
    ]);
  });
  test("allow and deny lists", () => {
    expect(traitsOf(apply({ eventIdDenyList: ["Unused"] }), "ex.a#A")["smithy.api#suppress"]).toEqual(["Used"]);
    expect(apply({ eventIdAllowList: ["Other"] }).metadata.get("suppressions")).toEqual([{ id: "Other", namespace: "*" }]);
    expect(apply({ namespaceDenyList: ["*", "ex.b"] }).metadata.get("suppressions")).toEqual([{ id: "Meta", namespace: "ex.a", reason: "internal detail" }]);
    expect(() => prepare(filterSuppressions, { eventIdAllowList: ["a"], eventIdDenyList: ["b"] })).toThrow(/cannot be combined/);
  });
  test("events of validators removed by the projection do not count as uses", () => {
    const withoutValidators = m().withChanges({ metadata: new Map([...m().metadata].filter(([k]) => k !== "validators")) });
    const b = m().withChanges({ put: [shape("ex.b#B", "string", { traits: { suppress: ["Custom"] } })] });
    expect(traitsOf(apply({ removeUnused: true }, b), "ex.b#B")["smithy.api#suppress"]).toEqual(["Custom"]);
    const bWithout = withoutValidators.withChanges({ put: [shape("ex.b#B", "string", { traits: { suppress: ["Custom"] } })] });
    expect(traitsOf(apply({ removeUnused: true }, bWithout), "ex.b#B")["smithy.api#suppress"]).toBeUndefined();
  });
});
