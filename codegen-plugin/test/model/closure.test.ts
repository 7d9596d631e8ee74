import { describe, expect, test } from "vitest";
import { shapeClosure } from "../../src/model/index.js";
import { loadModel } from "../../src/model/loader.js";
import { ModelBuilder } from "./selector/fixture.js";

const model = new ModelBuilder()
  .service("Svc", { operations: ["Get"], resources: ["Thing"] })
  .operation("Get", { input: "GetInput", output: "GetOutput", errors: ["NotFound"] })
  .structure("GetInput", { id: ["ThingId", { required: {} }] })
  .structure("GetOutput", { items: "Items", self: "GetOutput" })
  .list("Items", "Item")
  .structure("Item", { tags: "Tags" }, { mixins: ["Tagged"] })
  .structure("Tagged", {}, { traits: { mixin: {} } })
  .map("Tags", "String", "String")
  .structure("NotFound", {}, { traits: { error: "client" } })
  .resource("Thing", { identifiers: { id: "ThingId" }, read: "Get" })
  .string("ThingId", { traits: { "ex#custom": {} } })
  .structure("custom", {}, { traits: { trait: {} } })
  .string("Unused")
  .build();

describe("shapeClosure", () => {
  test("everything reachable from a service, members included, in depth-first order", () => {
    const closure = shapeClosure(model, "ex#Svc");
    expect([...closure.keys()]).toEqual([
      "ex#Svc",
      "ex#Get",
      "ex#GetInput",
      "ex#GetInput$id",
      "ex#ThingId",
      "ex#GetOutput",
      "ex#GetOutput$items",
      "ex#Items",
      "ex#Items$member",
      "ex#Item",
      "ex#Tagged",
      "ex#Item$tags",
      "ex#Tags",
      "ex#Tags$key",
      "smithy.api#String",
      "ex#Tags$value",
      "ex#GetOutput$self",
      "ex#NotFound",
      "ex#Thing",
    ]);
    expect(closure.has("ex#Unused")).toBe(false);
    expect(closure.has("ex#custom")).toBe(false);
    expect(closure.has("smithy.api#required")).toBe(false);
  });

  test("trait definitions join the closure on request", () => {
    const closure = shapeClosure(model, "ex#Svc", { includeTraits: true });
    expect(closure.has("ex#custom")).toBe(true);
    expect(closure.has("smithy.api#required")).toBe(true);
    expect(closure.has("smithy.api#error")).toBe(true);
    // ...and the trait definitions' own traits.
    expect(closure.has("smithy.api#trait")).toBe(true);
  });

  test("a member root, a leaf root, and an unknown root", () => {
    expect([...shapeClosure(model, "ex#GetInput$id").keys()]).toEqual(["ex#GetInput$id", "ex#ThingId"]);
    expect([...shapeClosure(model, "ex#Unused").keys()]).toEqual(["ex#Unused"]);
    expect(shapeClosure(model, "ex#Nope").size).toBe(0);
  });

  test("deep chains do not exhaust the stack", () => {
    const b = new ModelBuilder();
    const n = 20000;
    for (let i = 0; i < n; i++) b.structure(`S${i}`, i + 1 < n ? { next: `S${i + 1}` } : {});
    expect(shapeClosure(b.build(), "ex#S0").size).toBe(2 * n - 1);
  });
});

describe("shapeClosure over a loaded model", () => {
  test("inline input/output, mixins and resource operations are reached; unused shapes are not", () => {
    const { model: loaded } = loadModel(
      [
        {
          filename: "c.smithy",
          text: `$version: "2.0"
namespace c
service S { version: "1", resources: [R] }
resource R { identifiers: { id: Id }, read: GetR }
@mixin structure IdMixin for R { $id }
@readonly operation GetR { input := with [IdMixin] {} output := { name: String } }
string Id
string Unused
`,
        },
      ],
      { validate: false },
    );
    const ids = [...shapeClosure(loaded, "c#S").keys()];
    expect(ids).toEqual(expect.arrayContaining(["c#S", "c#R", "c#Id", "c#GetR", "c#GetRInput", "c#GetRInput$id", "c#IdMixin", "c#IdMixin$id", "c#GetROutput$name", "smithy.api#String"]));
    expect(ids).not.toContain("c#Unused");
  });
});
