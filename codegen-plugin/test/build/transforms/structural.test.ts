// removeUnusedShapes (alone and after includeServices), renameShapes, flattenNamespaces,
// flattenAndRemoveMixins.
import { describe, expect, test } from "vitest";
import { flattenAndRemoveMixins } from "../../../src/build/transforms/flatten-and-remove-mixins.js";
import { flattenNamespaces } from "../../../src/build/transforms/flatten-namespaces.js";
import { includeServices } from "../../../src/build/transforms/include-services.js";
import { removeUnusedShapes } from "../../../src/build/transforms/remove-unused-shapes.js";
import { renameShapes } from "../../../src/build/transforms/rename-shapes.js";
import { context, ids, model, prepare, run, shape, traitsOf } from "../support/models.js";

const twoServices = () =>
  model([
    shape("ex#S1", "service", { operations: ["ex#Op1"] }),
    shape("ex#S2", "service", { operations: ["ex#Op2"], errors: ["ex#S2Error"] }),
    shape("ex#Op1", "operation", { input: "ex#Op1Input" }),
    shape("ex#Op1Input", "structure", { members: { shared: "ex#Shared", ref: { target: "smithy.api#String", traits: { "ex#ref": "ex#ByIdRef" } } } }),
    shape("ex#Op2", "operation", { input: "ex#Op2Input" }),
    shape("ex#Op2Input", "structure", { members: { shared: "ex#Shared", own: "ex#Only2" } }),
    shape("ex#S2Error", "structure", { traits: { error: "client" } }),
    shape("ex#Shared", "string"),
    shape("ex#Only2", "string"),
    shape("ex#ref", "string", { traits: { trait: {}, idRef: {} } }),
    shape("ex#ByIdRef", "structure"),
    shape("ex#unusedTrait", "structure", { traits: { trait: {} }, members: { v: "ex#UnusedTraitValue" } }),
    shape("ex#UnusedTraitValue", "string"),
    shape("ex#Orphan", "string"),
    shape("ex#Exported", "string", { traits: { tags: ["export"] } }),
  ]);

describe("removeUnusedShapes", () => {
  test("keeps service closures (idRef targets included) and used trait definitions", () => {
    const out = run(removeUnusedShapes, twoServices());
    expect(ids(out)).toEqual(["ex#ByIdRef", "ex#Only2", "ex#Op1", "ex#Op1Input", "ex#Op2", "ex#Op2Input", "ex#ref", "ex#S1", "ex#S2", "ex#S2Error", "ex#Shared"].sort());
    expect(out.has("smithy.api#Integer")).toBe(true);
  });
  test("exportTagged keeps tagged shapes and trait definitions", () => {
    const out = run(removeUnusedShapes, twoServices(), { exportTagged: ["export"] });
    expect(ids(out)).toContain("ex#Exported");
    expect(ids(out)).not.toContain("ex#Orphan");
  });
  test("without services, everything but the prelude goes", () => {
    expect(ids(run(removeUnusedShapes, model([shape("ex#A", "string"), shape("ex#t", "string", { traits: { trait: {} } })])))).toEqual([]);
  });
  test("after includeServices, shapes only the removed service used are removed", () => {
    const m = twoServices();
    const ctx = context(m);
    const out = prepare(removeUnusedShapes)(prepare(includeServices, { services: ["ex#S1"] })(m, ctx), ctx);
    expect(ids(out)).toEqual(["ex#ByIdRef", "ex#Op1", "ex#Op1Input", "ex#ref", "ex#S1", "ex#Shared"].sort());
  });
});

describe("renameShapes", () => {
  const m = () =>
    model(
      [
        shape("ex#Svc", "service", { operations: ["ex#Op"], rename: new Map([["ex#Foo", "Renamed"]]) }),
        shape("ex#Op", "operation", { input: "ex#Foo", errors: ["ex#Foo"] }),
        shape("ex#Foo", "structure", { traits: { "ex#marker": "ex#Foo" }, members: { self: "ex#Foo", name: "smithy.api#String" } }),
        shape("ex#marker", "string", { traits: { trait: {} } }),
        shape("ex#Mixin", "structure", { traits: { mixin: {} }, members: { m: "smithy.api#String" } }),
        shape("ex#UsesMixin", "structure", { mixins: ["ex#Mixin"], members: { m: { target: "smithy.api#String", from: "ex#Mixin$m" } } }),
      ],
      { refs: ["ex#Foo", "ex#Other"] },
    );
  test("renames shapes, members, references, trait ids and id-valued strings", () => {
    const out = run(renameShapes, m(), { renamed: { "ex#Foo": "other.ns#Bar", "ex#marker": "ex#tag", "ex#Mixin": "ex#Base" } });
    expect(ids(out)).toEqual(["ex#Base", "ex#Op", "ex#Svc", "ex#tag", "ex#UsesMixin", "other.ns#Bar"].sort());
    const bar = out.getTopLevel("other.ns#Bar")!;
    expect(bar.members.get("self")!.id).toBe("other.ns#Bar$self");
    expect(bar.members.get("self")!.target).toBe("other.ns#Bar");
    expect(traitsOf(out, "other.ns#Bar")).toEqual({ "ex#tag": "other.ns#Bar" });
    expect(out.getTopLevel("ex#Op")!.input).toBe("other.ns#Bar");
    expect(out.getTopLevel("ex#Op")!.errors).toEqual(["other.ns#Bar"]);
    expect([...out.getTopLevel("ex#Svc")!.rename]).toEqual([["other.ns#Bar", "Renamed"]]);
    expect(out.getTopLevel("ex#UsesMixin")!.mixins).toEqual(["ex#Base"]);
    expect(out.getTopLevel("ex#UsesMixin")!.members.get("m")!.mixins).toEqual(["ex#Base$m"]);
    expect(out.metadata.get("refs")).toEqual(["other.ns#Bar", "ex#Other"]);
  });
  test("bad renames are clear errors", () => {
    const t = (renamed: Record<string, string>) => () => run(renameShapes, m(), { renamed });
    expect(t({ "ex#Nope": "ex#X" })).toThrow(/no such shape/);
    expect(t({ "ex#Foo": "ex#Op" })).toThrow(/already exists/);
    expect(t({ "ex#Foo": "Bar" })).toThrow(/not an absolute shape id/);
    expect(t({ "smithy.api#String": "ex#Str" })).toThrow(/prelude/);
    expect(t({ "ex#Foo": "ex#X", "ex#Op": "ex#X" })).toThrow(/both be renamed/);
    expect(() => prepare(renameShapes, {})).toThrow(/"renamed" must map at least one/);
  });
  test("swapping two names works", () => {
    const out = run(renameShapes, m(), { renamed: { "ex#Foo": "ex#Op", "ex#Op": "ex#Foo" } });
    expect(out.getTopLevel("ex#Op")!.type).toBe("structure");
    expect(out.getTopLevel("ex#Foo")!.input).toBe("ex#Op");
  });
});

describe("flattenNamespaces", () => {
  const m = () =>
    model([
      shape("ns.bar#MyService", "service", { operations: ["ns.bar#Op"], rename: new Map([["ns.other#Thing", "OtherThing"]]) }),
      shape("ns.bar#Op", "operation", { input: "ns.baz#Input" }),
      shape("ns.baz#Input", "structure", { members: { a: "ns.other#Thing", b: "ns.bar#Thing" } }),
      shape("ns.other#Thing", "string"),
      shape("ns.bar#Thing", "string"),
      shape("ns.loose#Tagged", "string", { traits: { tags: ["keep"] } }),
      shape("ns.loose#Untagged", "string"),
    ]);
  test("moves the service closure into the namespace, honouring and clearing renames", () => {
    const out = run(flattenNamespaces, m(), { namespace: "ns.foo", service: "ns.bar#MyService", includeTagged: ["keep"] });
    expect(ids(out)).toEqual(["ns.foo#Input", "ns.foo#MyService", "ns.foo#Op", "ns.foo#OtherThing", "ns.foo#Tagged", "ns.foo#Thing", "ns.loose#Untagged"]);
    expect(out.getTopLevel("ns.foo#MyService")!.rename.size).toBe(0);
    expect(out.getTopLevel("ns.foo#Input")!.members.get("a")!.target).toBe("ns.foo#OtherThing");
  });
  test("requires namespace and an existing service", () => {
    expect(() => prepare(flattenNamespaces, { service: "ns.bar#MyService" })).toThrow(/missing required "namespace"/);
    expect(() => run(flattenNamespaces, m(), { namespace: "ns.foo", service: "ns.bar#Nope" })).toThrow(/not in the model/);
  });
  test("a clash inside the closure is reported", () => {
    const clash = model([...m().shapes()].filter((s) => s.id !== "ns.bar#MyService" && !s.id.startsWith("smithy.api")).concat(shape("ns.bar#MyService", "service", { operations: ["ns.bar#Op"] })));
    expect(() => run(flattenNamespaces, clash, { namespace: "ns.foo", service: "ns.bar#MyService" })).toThrow(/both be renamed to "ns.foo#Thing"/);
  });
});

describe("flattenAndRemoveMixins", () => {
  test("members and traits from mixins become local; mixins are removed", () => {
    const m = model([
      shape("ex#Mixin", "structure", { traits: { mixin: {}, documentation: "mixed" }, members: { a: { target: "smithy.api#String", traits: { required: {} } } } }),
      shape("ex#User", "structure", {
        mixins: ["ex#Mixin"],
        traits: { documentation: "mixed", "ex#own": {} },
        own: { "ex#own": {} },
        members: { a: { target: "smithy.api#String", from: "ex#Mixin$a", traits: { required: {} } }, b: "smithy.api#String" },
      }),
    ]);
    const out = run(flattenAndRemoveMixins, m);
    expect(ids(out)).toEqual(["ex#User"]);
    const user = out.getTopLevel("ex#User")!;
    expect(user.mixins).toEqual([]);
    expect(Object.fromEntries(user.introducedTraits)).toEqual({ "smithy.api#documentation": "mixed", "ex#own": {} });
    expect(user.members.get("a")!.mixins).toEqual([]);
    expect(Object.fromEntries(user.members.get("a")!.introducedTraits)).toEqual({ "smithy.api#required": {} });
  });
});
