import { describe, expect, test } from "vitest";
import { removeShapes } from "../../../src/build/model-edit/remove-shapes.js";
import { ids, model, shape, traitsOf } from "../support/models.js";

describe("removeShapes cleans up references like Smithy's model transformer", () => {
  const base = () =>
    model([
      shape("ex#Svc", "service", { operations: ["ex#GetFoo", "ex#Gone"], resources: ["ex#Res"], errors: ["ex#Err"], rename: new Map([["ex#Gone", "G"], ["ex#Foo", "F"]]) }),
      shape("ex#Res", "resource", { read: "ex#Gone", operations: ["ex#Gone", "ex#GetFoo"], collectionOperations: ["ex#Gone"], identifiers: new Map([["id", "smithy.api#String"]]) }),
      shape("ex#GetFoo", "operation", { input: "ex#Gone", output: "ex#Foo", errors: ["ex#Err", "ex#Gone"] }),
      shape("ex#Gone", "operation"),
      shape("ex#Foo", "structure", { members: { a: "ex#Gone", b: "smithy.api#String" }, traits: { references: [{ resource: "ex#Gone" }, { resource: "ex#Res" }] } }),
      shape("ex#List", "list", { members: { member: "ex#Gone" } }),
      shape("ex#Err", "structure", { traits: { error: "client" } }),
    ]);

  test("operations, resources, services and members forget a removed shape", () => {
    const out = removeShapes(base(), ["ex#Gone"]);
    expect(ids(out)).not.toContain("ex#Gone");
    const svc = out.getTopLevel("ex#Svc")!;
    expect(svc.operations).toEqual(["ex#GetFoo"]);
    expect([...svc.rename.keys()]).toEqual(["ex#Foo"]);
    const res = out.getTopLevel("ex#Res")!;
    expect(res.read).toBeUndefined();
    expect("read" in res).toBe(false);
    expect(res.operations).toEqual(["ex#GetFoo"]);
    expect(res.collectionOperations).toEqual([]);
    const op = out.getTopLevel("ex#GetFoo")!;
    expect(op.input).toBeUndefined();
    expect(op.output).toBe("ex#Foo");
    expect(op.errors).toEqual(["ex#Err"]);
    expect([...out.getTopLevel("ex#Foo")!.members.keys()]).toEqual(["b"]);
    expect(traitsOf(out, "ex#Foo")["smithy.api#references"]).toEqual([{ resource: "ex#Res" }]);
    // A list member is part of the list's shape: it is left dangling, as Smithy does.
    expect(out.getTopLevel("ex#List")!.members.get("member")!.target).toBe("ex#Gone");
  });

  test("service and operation error lists drop removed errors", () => {
    const out = removeShapes(base(), ["ex#Err"]);
    expect(out.getTopLevel("ex#Svc")!.errors).toEqual([]);
    expect(out.getTopLevel("ex#GetFoo")!.errors).toEqual(["ex#Gone"]);
  });

  test("removing a structure member by id", () => {
    const out = removeShapes(base(), ["ex#Foo$b"]);
    expect([...out.getTopLevel("ex#Foo")!.members.keys()]).toEqual(["a"]);
  });

  test("removing a trait definition removes its applications everywhere", () => {
    const m = model([
      shape("ex#myTrait", "structure", { traits: { trait: {} } }),
      shape("ex#A", "structure", { traits: { "ex#myTrait": {}, documentation: "x" }, members: { m: { target: "smithy.api#String", traits: { "ex#myTrait": {} } } } }),
      shape("ex#auth", "structure", { traits: { trait: {}, authDefinition: { traits: ["ex#myTrait", "ex#other"] } } }),
    ]);
    const out = removeShapes(m, ["ex#myTrait"]);
    expect(traitsOf(out, "ex#A")).toEqual({ "smithy.api#documentation": "x" });
    expect(traitsOf(out, "ex#A$m")).toEqual({});
    expect(out.getTopLevel("ex#A")!.introducedTraits.has("ex#myTrait")).toBe(false);
    expect(traitsOf(out, "ex#auth")["smithy.api#authDefinition"]).toEqual({ traits: ["ex#other"] });
  });

  test("removing a mixin removes it, its members and its traits from the shapes using it", () => {
    const m = model([
      shape("ex#Mixin", "structure", { traits: { mixin: {}, documentation: "from mixin" }, members: { inherited: "smithy.api#String" } }),
      shape("ex#User", "structure", {
        mixins: ["ex#Mixin"],
        traits: { documentation: "from mixin", "ex#own": {} },
        own: { "ex#own": {} },
        members: { inherited: { target: "smithy.api#String", from: "ex#Mixin$inherited" }, local: "smithy.api#String" },
      }),
    ]);
    const out = removeShapes(m, ["ex#Mixin"]);
    const user = out.getTopLevel("ex#User")!;
    expect(user.mixins).toEqual([]);
    expect([...user.members.keys()]).toEqual(["local"]);
    expect(Object.fromEntries(user.traits)).toEqual({ "ex#own": {} });
  });

  test("ids that are not in the model are ignored", () => {
    const m = base();
    expect(removeShapes(m, ["ex#Nope", "ex#Nope$x"])).toBe(m);
  });
});
