import { describe, expect, test } from "vitest";
import { parseSelector } from "../../../src/model/index.js";
import { ids, ModelBuilder } from "./fixture.js";

const model = new ModelBuilder()
  .service("Svc", { version: "1", operations: ["Put", "Get"] })
  .operation("Put", { input: "PutInput", output: "PutOutput" })
  .operation("Get", { input: "GetInput", output: "GetOutput" })
  .structure("PutInput", { size: "Size", count: "Count" })
  .structure("PutOutput", { count: "Count" })
  .structure("GetInput", { limit: "Limit" })
  .structure("GetOutput", { size: "Size" })
  .simple("Size", "long")
  .simple("Count", "integer")
  .simple("Limit", "integer")
  .simple("Ratio", "float", { traits: { documentation: "unused" } })
  .list("Names", "String")
  .list("Sizes", "Size")
  .map("ByName", "String", "Size")
  .string("Plain")
  .build();

const sel = (text: string): string[] => ids(parseSelector(text).select(model));

describe(":is, :test and :not", () => {
  test(":is yields what any argument yields", () => {
    expect(sel(":is(string, float)")).toEqual(["ex#Plain", "ex#Ratio"]);
    expect(sel("member > :is(long, float)")).toEqual(["ex#Size"]);
    expect(sel(":is(list > member > *, map > member > long)")).toEqual(["ex#Size"]);
    expect(sel(":each(string, float)")).toEqual(sel(":is(string, float)"));
  });

  test(":test keeps the current shape when a predicate yields anything", () => {
    expect(sel("list :test(> member > long)")).toEqual(["ex#Sizes"]);
    expect(sel("list > member > long")).toEqual(["ex#Size"]);
    expect(sel(":test(string, float) :test([trait|documentation])")).toEqual(["ex#Ratio"]);
  });

  test(":not removes shapes for which its predicate yields anything", () => {
    expect(sel("simpleType :not(number)")).toEqual(["ex#Plain"]);
    expect(sel("list :not(> member > string)")).toEqual(["ex#Sizes"]);
    expect(sel("structure > member :not([trait|required]) :test(> integer :not([trait|range]))")).toEqual([
      "ex#GetInput$limit", "ex#PutInput$count", "ex#PutOutput$count",
    ]);
  });

  test("unknown functions yield nothing", () => {
    expect(sel(":nonexistent(*)")).toEqual([]);
    expect(sel("string :not(:nonexistent(*))")).toEqual(["ex#Plain"]);
  });
});

describe("variables", () => {
  test("$name(...) stores shapes; ${name} yields them", () => {
    expect(sel("service $ops(~> operation) ${ops}")).toEqual(["ex#Get", "ex#Put"]);
    expect(sel("${never}")).toEqual([]);
  });

  test(":in with a variable: numbers used in inputs but not outputs", () => {
    expect(sel("service $outputs(~> operation -[output]-> ~> number) ~> operation -[input]-> ~> number :not(:in(${outputs}))")).toEqual([
      "ex#Limit",
    ]);
  });

  test("variables are cleared between starting shapes", () => {
    // Each list only sees its own capture.
    expect(sel("list $m(> member) ${m}")).toEqual(["ex#Names$member", "ex#Sizes$member"]);
    expect(sel("string $s(*) :not(:in(${s}))")).toEqual([]);
  });

  test("the var attribute reads captures inside attribute selectors", () => {
    expect(sel("service $svc(*) ~> operation [@: @{var|svc|id|name} = Svc] [id|name = Get]")).toEqual(["ex#Get"]);
    expect(sel("service $svc(*) ~> operation [var|svc|service|version = 1]")).toEqual(["ex#Get", "ex#Put"]);
    expect(sel("operation [var|nope]")).toEqual([]);
  });

  test("selectMatches reports the bindings at each yield", () => {
    const matches = parseSelector("service $svc(*) ~> operation $io(-[input, output]->)").selectMatches(model);
    expect(matches.map((m) => m.shape.id)).toEqual(["ex#Put", "ex#Get"]);
    const put = matches[0]!;
    expect(put.vars.get("svc")?.map((s) => s.id)).toEqual(["ex#Svc"]);
    expect(put.vars.get("io")?.map((s) => s.id)).toEqual(["ex#PutInput", "ex#PutOutput"]);
    expect(matches[1]!.vars.get("io")?.map((s) => s.id)).toEqual(["ex#GetInput", "ex#GetOutput"]);
  });
});

describe(":root and :in", () => {
  test("numbers used by some input and by no output, across all services", () => {
    expect(sel("number :in(:root(service ~> operation -[input]-> ~> number)) :not(:in(:root(service ~> operation -[output]-> ~> number)))")).toEqual([
      "ex#Limit",
    ]);
  });

  test(":root sees no variables from outside, and its own do not leak", () => {
    expect(sel("service $x(*) :root(${x})")).toEqual([]);
    expect(sel("string :root(service $y(*)) ${y}")).toEqual([]);
  });

  test(":root as a whole selector is evaluated once", () => {
    expect(sel(":root(structure)")).toEqual(["ex#GetInput", "ex#GetOutput", "ex#PutInput", "ex#PutOutput"]);
    const matches = parseSelector(":root(structure)").selectMatches(model);
    expect(matches.filter((m) => m.shape.id === "ex#GetInput")).toHaveLength(1);
  });

  test(":in with an arbitrary selector", () => {
    // The argument starts from the shape being tested.
    expect(sel("member :in(structure > member)")).toEqual([]);
    expect(sel("member :in(< structure > member)")).toEqual(["ex#GetInput$limit", "ex#GetOutput$size", "ex#PutInput$count", "ex#PutInput$size", "ex#PutOutput$count"]);
  });
});

describe(":topdown", () => {
  const hierarchy = new ModelBuilder()
    .structure("dataPlane", {}, { traits: { trait: {} } })
    .structure("controlPlane", {}, { traits: { trait: {} } })
    .service("Example", { resources: ["Foo"], operations: ["OperationA"], traits: { "ex#dataPlane": {} } })
    .operation("OperationA")
    .resource("Foo", { operations: ["OperationB", "OperationC"], traits: { "ex#controlPlane": {} } })
    .operation("OperationB", { traits: { "ex#dataPlane": {} } })
    .operation("OperationC")
    .build();
  const hsel = (text: string): string[] => ids(parseSelector(text).select(hierarchy));

  test("matches inherit down the hierarchy", () => {
    expect(hsel(":topdown([trait|ex#dataPlane])")).toEqual(["ex#Example", "ex#Foo", "ex#OperationA", "ex#OperationB", "ex#OperationC"]);
  });

  test("a disqualifier removes the inherited match until the qualifier matches again", () => {
    expect(hsel(":topdown([trait|ex#dataPlane], [trait|ex#controlPlane])")).toEqual(["ex#Example", "ex#OperationA", "ex#OperationB"]);
  });

  test("only the shapes sent to it, never upward", () => {
    expect(hsel("resource :topdown([trait|ex#dataPlane], [trait|ex#controlPlane])")).toEqual(["ex#OperationB"]);
    expect(hsel("structure :topdown(*)")).toEqual([]);
  });
});

describe(":recursive", () => {
  const mixins = new ModelBuilder()
    .structure("Root", {}, { traits: { mixin: {} } })
    .structure("Middle", {}, { traits: { mixin: {} }, mixins: ["Root"] })
    .structure("Leaf", {}, { mixins: ["Middle"] })
    .structure("Other", {})
    .resource("A", { resources: ["B"] })
    .resource("B", { resources: ["C"] })
    .resource("C")
    .build();
  const msel = (text: string): string[] => ids(parseSelector(text).select(mixins));

  test("applies the selector again to each new result", () => {
    expect(msel("[id|name = Leaf] :recursive(-[mixin]->)")).toEqual(["ex#Middle", "ex#Root"]);
    expect(msel(":recursive(-[mixin]->) [id|name = Root]")).toEqual(["ex#Root"]);
    expect(msel(":test(:recursive(-[mixin]->) [id|name = Root])")).toEqual(["ex#Leaf", "ex#Middle"]);
    expect(msel("[id|name = C] :recursive(<-[resource]-)")).toEqual(["ex#A", "ex#B"]);
    expect(msel("resource :test(:recursive(<-[resource]-) [id|name = A])")).toEqual(["ex#B", "ex#C"]);
  });

  test("terminates on cycles and nested recursion", () => {
    const cyclic = new ModelBuilder().structure("X", { y: "Y" }).structure("Y", { x: "X" }).build();
    expect(ids(parseSelector("[id|name = X] :recursive(>)").select(cyclic))).toEqual(["ex#X", "ex#X$y", "ex#Y", "ex#Y$x"]);
    expect(ids(parseSelector(":recursive(:recursive(:recursive(~>))) [id|namespace = ex]").select(cyclic))).toEqual([
      "ex#X", "ex#X$y", "ex#Y", "ex#Y$x",
    ]);
  });
});

describe("matches", () => {
  test("filters are answered from the shape alone", () => {
    const s = parseSelector(":test(number, member > number)");
    expect(s.isFilter).toBe(true);
    expect(s.matches(model, model.expectShape("ex#Size"))).toBe(true);
    expect(s.matches(model, model.expectShape("ex#PutInput$size"))).toBe(true);
    expect(s.matches(model, model.expectShape("ex#Plain"))).toBe(false);
  });

  test("other selectors match what select() yields", () => {
    const s = parseSelector("operation -[input]-> structure > member");
    expect(s.isFilter).toBe(false);
    expect(s.matches(model, model.expectShape("ex#PutInput$size"))).toBe(true);
    expect(s.matches(model, model.expectShape("ex#PutOutput$count"))).toBe(false);
    expect(s.matches(model, model.expectShape("ex#PutInput"))).toBe(false);
  });

  test("a selector can be reused across models", () => {
    const s = parseSelector("string");
    const other = new ModelBuilder().string("Other").build();
    expect(ids(s.select(model))).toEqual(["ex#Plain"]);
    expect(ids(s.select(other))).toEqual(["ex#Other"]);
    expect(s.text).toBe("string");
  });
});
