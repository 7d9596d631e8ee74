import { describe, expect, test } from "vitest";
import { Model, makeMember, makeShape, NO_SOURCE, nodeEquals, nodeObject, parseShapeId, eventIdContains } from "../../src/model/index.js";

describe("shape ids", () => {
  test("parse absolute ids with members", () => {
    expect(parseShapeId("a.b#C$d")).toEqual({ namespace: "a.b", name: "C", member: "d" });
    expect(parseShapeId("a.b#C")).toEqual({ namespace: "a.b", name: "C", member: undefined });
    expect(parseShapeId("C")).toBeUndefined();
    expect(parseShapeId("a..b#C")).toBeUndefined();
    expect(parseShapeId("a#1C")).toBeUndefined();
  });
});

describe("node values", () => {
  test("nodeObject keeps __proto__ as a plain key", () => {
    const o = nodeObject([["__proto__", 1]]);
    expect(Object.keys(o)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
  });
  test("equality ignores key order", () => {
    expect(nodeEquals({ a: 1, b: [true, null] }, { b: [true, null], a: 1 })).toBe(true);
    expect(nodeEquals({ a: 1 }, { a: 2 })).toBe(false);
    expect(nodeEquals([1], { 0: 1 })).toBe(false);
  });
});

describe("model", () => {
  test("members are reachable by member id", () => {
    const s = makeShape({
      id: "ex#S",
      type: "structure",
      source: NO_SOURCE,
      members: new Map([["m", makeMember({ container: "ex#S", memberName: "m", target: "smithy.api#String", source: NO_SOURCE })]]),
    });
    const model = new Model([s]);
    expect(model.getShape("ex#S$m")?.type).toBe("member");
    expect(model.getShape("ex#S$x")).toBeUndefined();
    expect(model.sortedIds()).toEqual(["ex#S"]);
  });
  test("hierarchical event ids", () => {
    expect(eventIdContains("TraitValue.UnknownMember", "TraitValue")).toBe(true);
    expect(eventIdContains("TraitValueX", "TraitValue")).toBe(false);
  });
});
