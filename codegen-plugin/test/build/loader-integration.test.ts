// Transforms on models loaded from IDL by the real loader, checked through the JSON AST the
// `model` plugin writes: the result must be what the transform promises, and a consistent model
// (writing it, loading that JSON AST again and writing it once more changes nothing).
import { describe, expect, test } from "vitest";
import { loaderModelPort } from "../../src/build/loader-model-port.js";
import { flattenAndRemoveMixins } from "../../src/build/transforms/flatten-and-remove-mixins.js";
import { excludeShapesByTag } from "../../src/build/transforms/exclude-shapes-by-tag.js";
import { removeUnusedShapes } from "../../src/build/transforms/remove-unused-shapes.js";
import { renameShapes } from "../../src/build/transforms/rename-shapes.js";
import { changeStringEnumsToEnumShapes } from "../../src/build/transforms/change-string-enums-to-enum-shapes.js";
import { excludeTraits } from "../../src/build/transforms/exclude-traits.js";
import { loadModel, writeJsonAst } from "../../src/model/loader.js";
import type { Model } from "../../src/model/model.js";
import { isBlocking } from "../../src/model/events.js";
import type { NodeObject } from "../../src/model/node-value.js";
import { run } from "./support/models.js";

function load(idl: string): Model {
  const { model, events } = loadModel([{ filename: "test.smithy", text: idl }]);
  expect(events.filter(isBlocking)).toEqual([]);
  return model;
}

/** The JSON AST of a model, after checking it loads back to the same JSON AST. */
function ast(model: Model): NodeObject {
  const doc = writeJsonAst(model);
  const again = loadModel([{ filename: "roundtrip.json", text: JSON.stringify(doc) }]);
  expect(again.events.filter(isBlocking)).toEqual([]);
  expect(writeJsonAst(again.model)).toEqual(doc);
  expect(loaderModelPort.validate(model, { allowUnknownTraits: false }).filter(isBlocking)).toEqual([]);
  return doc;
}

const shapesOf = (doc: NodeObject): Record<string, NodeObject> => doc["shapes"] as Record<string, NodeObject>;

const MODEL = `$version: "2"
namespace ex

service Shop {
    version: "1"
    operations: [Buy, Audit]
}

operation Buy {
    input := with [Tracked] {
        @required
        item: ItemName
    }
    output := {}
}

@tags(["internal"])
operation Audit {
    input := {
        detail: AuditDetail
    }
}

structure AuditDetail {
    count: Integer
}

/// Mixed into inputs.
@mixin
structure Tracked {
    @documentation("trace id")
    traceId: String
}

@enum([{ value: "a", name: "A" }, { value: "b", name: "B" }])
string ItemName

string Unused
`;

describe("transforms on loaded models", () => {
  test("excludeShapesByTag then removeUnusedShapes", () => {
    const m = load(MODEL);
    const out = run(removeUnusedShapes, run(excludeShapesByTag, m, { tags: ["internal"] }));
    const shapes = shapesOf(ast(out));
    expect(Object.keys(shapes).sort()).toEqual(["ex#Buy", "ex#BuyInput", "ex#BuyOutput", "ex#ItemName", "ex#Shop", "ex#Tracked"]);
    expect(shapes["ex#Shop"]!["operations"]).toEqual([{ target: "ex#Buy" }]);
  });

  test("flattenAndRemoveMixins writes inherited members as local ones", () => {
    const shapes = shapesOf(ast(run(flattenAndRemoveMixins, load(MODEL))));
    expect(shapes["ex#Tracked"]).toBeUndefined();
    const input = shapes["ex#BuyInput"]!;
    expect(input["mixins"]).toBeUndefined();
    expect(Object.keys(input["members"] as object)).toEqual(["traceId", "item"]);
    expect((input["members"] as Record<string, NodeObject>)["traceId"]).toEqual({ target: "smithy.api#String", traits: { "smithy.api#documentation": "trace id" } });
  });

  test("renameShapes", () => {
    const shapes = shapesOf(ast(run(renameShapes, load(MODEL), { renamed: { "ex#ItemName": "other#Item", "ex#Tracked": "ex#Traced" } })));
    expect(shapes["ex#BuyInput"]!["mixins"]).toEqual([{ target: "ex#Traced" }]);
    expect((shapes["ex#BuyInput"]!["members"] as Record<string, NodeObject>)["item"]!["target"]).toBe("other#Item");
    expect(shapes["other#Item"]).toBeDefined();
  });

  test("changeStringEnumsToEnumShapes", () => {
    const shapes = shapesOf(ast(run(changeStringEnumsToEnumShapes, load(MODEL))));
    expect(shapes["ex#ItemName"]).toEqual({
      type: "enum",
      members: {
        A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "a" } },
        B: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "b" } },
      },
    });
  });

  test("excludeTraits removes prelude trait applications, inherited ones included", () => {
    const shapes = shapesOf(ast(run(excludeTraits, load(MODEL), { traits: ["documentation", "required"] })));
    expect(shapes["ex#Tracked"]!["members"]).toEqual({ traceId: { target: "smithy.api#String" } });
    expect((shapes["ex#BuyInput"]!["members"] as Record<string, NodeObject>)["item"]).toEqual({ target: "ex#ItemName" });
  });

  test("removing and renaming operations of a service built from a service mixin", () => {
    const m = load(`$version: "2"
namespace ex

@mixin
service Base {
    version: "1"
    operations: [Ping]
}

service Real with [Base] {
    operations: [Hidden, Visible]
}

operation Ping {}

@tags(["internal"])
operation Hidden {}

operation Visible {}
`);
    const removed = shapesOf(ast(run(excludeShapesByTag, m, { tags: ["internal"] })));
    expect(removed["ex#Real"]).toEqual({ type: "service", mixins: [{ target: "ex#Base" }], operations: [{ target: "ex#Visible" }] });
    const renamed = shapesOf(ast(run(renameShapes, m, { renamed: { "ex#Visible": "ex#Shown", "ex#Ping": "ex#Pong" } })));
    expect(renamed["ex#Real"]!["operations"]).toEqual([{ target: "ex#Hidden" }, { target: "ex#Shown" }]);
    expect(renamed["ex#Base"]!["operations"]).toEqual([{ target: "ex#Pong" }]);
    const flat = shapesOf(ast(run(flattenAndRemoveMixins, m)));
    expect(flat["ex#Real"]).toEqual({ type: "service", version: "1", operations: [{ target: "ex#Hidden" }, { target: "ex#Ping" }, { target: "ex#Visible" }] });
  });
});
