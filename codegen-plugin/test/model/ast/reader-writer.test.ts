import { describe, expect, test } from "vitest";
import { parseJsonAst } from "../../../src/model/ast/reader.js";
import { stringifyJsonAst, writeJsonAst } from "../../../src/model/ast/writer.js";
import { formatEvent } from "../../../src/model/events.js";
import { loadModel, readJsonAst } from "../../../src/model/loader.js";

const DOC = {
  smithy: "2.0",
  metadata: { b: [2], a: { z: 1, y: 2 } },
  shapes: {
    "a.b#Mixin": { type: "structure", members: { x: { target: "smithy.api#String" } }, traits: { "smithy.api#mixin": {} } },
    "a.b#S": {
      type: "structure",
      mixins: [{ target: "a.b#Mixin" }],
      members: { own: { target: "smithy.api#Integer", traits: { "smithy.api#default": 1 } } },
    },
    "a.b#S$x": { type: "apply", traits: { "smithy.api#documentation": "inherited, documented here" } },
    "a.b#Op": { type: "operation", input: { target: "a.b#S" }, output: { target: "smithy.api#Unit" } },
  },
};

describe("JSON AST reader", () => {
  test("accepts text or an already-parsed document", () => {
    const fromText = readJsonAst(JSON.stringify(DOC), "doc.json");
    const fromValue = readJsonAst(DOC, "doc.json");
    expect(fromText.events.map(formatEvent)).toEqual([]);
    expect(writeJsonAst(fromValue.model)).toEqual(writeJsonAst(fromText.model));
    expect(fromText.model.getMember("a.b#S$x")?.introducedTraits.get("smithy.api#documentation")).toBe("inherited, documented here");
  });

  test("events point at the line of the shape in the document", () => {
    const text = JSON.stringify({ smithy: "2.0", shapes: { "a.b#S": { type: "string", traits: { "a.b#nope": {} } } } }, null, 2);
    const events = readJsonAst(text, "doc.json").events.map(formatEvent);
    expect(events).toEqual([
      "[ERROR] a.b#S: Unable to resolve trait `a.b#nope`. If this is a custom trait, then it must be defined before it " +
        "can be used in a model. | Model.UnresolvedTrait doc.json:4:5",
    ]);
  });

  test("invalid JSON and non-model JSON", () => {
    const bad = readJsonAst('{"smithy": "2.0",\n  "shapes": {', "bad.json").events.map(formatEvent);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^\[ERROR\] -: Invalid JSON: .* \| Model bad\.json:2:\d+$/);
    expect(parseJsonAst('{"name": "some-package"}', "package.json").isModel).toBe(false);
    expect(loadModel([{ filename: "package.json", text: '{"name": "x"}' }]).events.map(formatEvent)).toEqual([
      '[NOTE] -: Ignoring package.json: it is not a Smithy JSON AST model (no top-level "smithy" version) | Model.IgnoredFile package.json:1:1',
    ]);
  });

  test("malformed shapes are skipped with an error naming the shape", () => {
    const events = readJsonAst({ smithy: "2.0", shapes: { "a.b#A": { type: "bogus" }, "a.b#B": { type: "string" } } }).events;
    expect(events.map(formatEvent)).toEqual(["[ERROR] a.b#A: Invalid shape `type`: bogus | Model model.json:1:1"]);
  });
});

describe("JSON AST writer", () => {
  test("sorted shapes and traits, apply entries for inherited members, Unit operation I/O, deep-sorted metadata", () => {
    const model = readJsonAst(DOC).model;
    const text = stringifyJsonAst(writeJsonAst(model));
    expect(text).toBe(`${JSON.stringify(
      {
        smithy: "2.0",
        metadata: { a: { y: 2, z: 1 }, b: [2] },
        shapes: {
          "a.b#Mixin": DOC.shapes["a.b#Mixin"],
          "a.b#Op": DOC.shapes["a.b#Op"],
          "a.b#S": DOC.shapes["a.b#S"],
          "a.b#S$x": DOC.shapes["a.b#S$x"],
        },
      },
      null,
      2,
    )}\n`);
  });
});
