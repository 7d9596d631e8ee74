import { describe, expect, test } from "vitest";
import { parseSelector } from "../../../src/model/index.js";
import { ids, ModelBuilder } from "./fixture.js";

const model = new ModelBuilder("ex.shapes")
  .string("Old", { traits: { deprecated: {}, since: "2019" } })
  .string("Newer", { traits: { since: 2020, documentation: "FIXME later" } })
  .string("Todo", { traits: { documentation: "A TODO item", tags: ["foo", "internal"] } })
  .string("Short", { traits: { documentation: "ok" } })
  .string("_Hidden")
  .string("Tail_")
  .string("Mid_dle", { traits: { "ex.custom#marker": { "nested key": { deep: true } } } })
  .structure("Ranges", {
    a: ["Integer", { range: { min: 1, max: 10 } }],
    b: ["Integer", { range: { min: 10 } }],
    c: ["Integer", { range: { max: 5 } }],
    foo: "String",
  })
  .structure("ClientErr", {}, { traits: { error: "client", httpError: 404 } })
  .structure("ServerErr", {}, { traits: { error: "server", httpError: 503 } })
  .structure("Weird", {}, { traits: { httpError: "not a number" } })
  .string("Enumish", {
    traits: {
      enum: [
        { value: "a", tags: ["internal"] },
        { value: "b", tags: ["internal", "external"], deprecated: true },
        { value: "c" },
      ],
    },
  })
  .string("Docs", { traits: { externalDocumentation: { Homepage: "https://a", "Reference Docs": "https://b" } } })
  .string("Query", { traits: { httpQuery: "NextToken" } })
  .string("Hidden", { traits: { private: {} } })
  .service("Svc", { version: "2018-01-01" })
  .service("Svc2", { version: "2021-01-01" })
  .service("NoVersion")
  .build();

const sel = (text: string): string[] => ids(parseSelector(text).select(model));

describe("attribute existence", () => {
  test("traits by relative or absolute id", () => {
    expect(sel("[trait|deprecated]")).toEqual(["ex.shapes#Old"]);
    expect(sel("[trait|smithy.api#deprecated]")).toEqual(["ex.shapes#Old"]);
    expect(sel("[trait|ex.custom#marker]")).toEqual(["ex.shapes#Mid_dle"]);
    expect(sel("[trait|notApplied]")).toEqual([]);
  });

  test("nested values exist only when present; descending into missing values is harmless", () => {
    expect(sel("[trait|range|min]")).toEqual(["ex.shapes#Ranges$a", "ex.shapes#Ranges$b"]);
    expect(sel("[trait|documentation|invalid|child = Hi]")).toEqual([]);
    expect(sel("[trait|ex.custom#marker|'nested key'|deep]")).toEqual(["ex.shapes#Mid_dle"]);
    expect(sel('[trait|ex.custom#marker|"nested key"|deep = true]')).toEqual(["ex.shapes#Mid_dle"]);
  });

  test("projections exist when they hold at least one value", () => {
    expect(sel("[trait|enum|(values)|tags|(values)]")).toEqual(["ex.shapes#Enumish"]);
    expect(sel("[trait|enum|(values)|deprecated]")).toEqual(["ex.shapes#Enumish"]);
    expect(sel("[trait|enum|(values)|nope]")).toEqual([]);
    expect(sel("[trait|(values)|tags]")).toEqual([]);
  });

  test("id and service attributes", () => {
    expect(sel("[id|member] :not([id|member = foo])")).toEqual(["ex.shapes#Ranges$a", "ex.shapes#Ranges$b", "ex.shapes#Ranges$c"]);
    expect(sel("[service]")).toEqual(["ex.shapes#NoVersion", "ex.shapes#Svc", "ex.shapes#Svc2"]);
    // A service without a version still has the property (as an empty string).
    expect(sel("[service|version]")).toEqual(["ex.shapes#NoVersion", "ex.shapes#Svc", "ex.shapes#Svc2"]);
  });
});

describe("string comparators", () => {
  test("= with bare, quoted and member shape ids", () => {
    expect(sel("[id = ex.shapes#Old]")).toEqual(["ex.shapes#Old"]);
    expect(sel("[id = 'ex.shapes#Ranges$foo']")).toEqual(["ex.shapes#Ranges$foo"]);
    expect(sel("[id|namespace = 'ex.shapes'] [id|name = Short]")).toEqual(["ex.shapes#Short"]);
    expect(sel("[id|member = foo]")).toEqual(["ex.shapes#Ranges$foo"]);
  });

  test("comma-separated values match any; trait values compare by their string form", () => {
    expect(sel("[trait|since = 2019, 2020]")).toEqual(["ex.shapes#Newer", "ex.shapes#Old"]);
    expect(sel("[trait|error = client]")).toEqual(["ex.shapes#ClientErr"]);
    expect(sel("[trait|ex.custom#marker|'nested key'|deep = 'true']")).toEqual(["ex.shapes#Mid_dle"]);
  });

  test("!= needs the value to exist", () => {
    expect(sel("[trait|error != client]")).toEqual(["ex.shapes#ServerErr"]);
    expect(sel("[id|namespace != 'ex.shapes']").length).toBe(0);
  });

  test("^= $= *=", () => {
    expect(sel("[id|name ^= '_']")).toEqual(["ex.shapes#_Hidden"]);
    expect(sel("[id|name $= '_']")).toEqual(["ex.shapes#Tail_"]);
    expect(sel("[id|name *= '_']")).toEqual(["ex.shapes#Mid_dle", "ex.shapes#Tail_", "ex.shapes#_Hidden"]);
    expect(sel("[trait|documentation *= TODO, FIXME]")).toEqual(["ex.shapes#Newer", "ex.shapes#Todo"]);
    expect(sel("[service|version ^= '2018-']")).toEqual(["ex.shapes#Svc"]);
  });

  test("case-insensitive comparisons", () => {
    expect(sel("[trait|httpQuery *= token]")).toEqual([]);
    expect(sel("[trait|httpQuery *= token i]")).toEqual(["ex.shapes#Query"]);
    expect(sel("[id|name = SHORT i]")).toEqual(["ex.shapes#Short"]);
  });

  test("?= tests existence against true or false", () => {
    expect(sel("[trait|deprecated ?= true]")).toEqual(["ex.shapes#Old"]);
    expect(sel("string [trait|documentation ?= false]")).toEqual(["ex.shapes#Docs", "ex.shapes#Enumish", "ex.shapes#Hidden", "ex.shapes#Mid_dle", "ex.shapes#Old", "ex.shapes#Query", "ex.shapes#Tail_", "ex.shapes#_Hidden"]);
    expect(sel("[trait|deprecated ?= yes]")).toEqual([]);
  });

  test("the trait attribute itself compares as an empty string, and so do objects and arrays", () => {
    expect(sel("[trait = '']")).toEqual(sel("*"));
    expect(sel("[trait = x]")).toEqual([]);
    expect(sel("[trait|enum = '']")).toEqual(["ex.shapes#Enumish"]);
    expect(sel("[trait|deprecated = '']")).toEqual(["ex.shapes#Old"]);
  });
});

describe("numeric comparators", () => {
  test("> >= < <=", () => {
    expect(sel("[trait|httpError > 500]")).toEqual(["ex.shapes#ServerErr"]);
    expect(sel("[trait|httpError >= 404]")).toEqual(["ex.shapes#ClientErr", "ex.shapes#ServerErr"]);
    expect(sel("[trait|httpError < 503]")).toEqual(["ex.shapes#ClientErr"]);
    expect(sel("[trait|httpError <= 503]")).toEqual(["ex.shapes#ClientErr", "ex.shapes#ServerErr"]);
    expect(sel("[trait|range|min >= 1.5e0]")).toEqual(["ex.shapes#Ranges$b"]);
    expect(sel("[trait|range|max < -1]")).toEqual([]);
  });

  test("values that are not numbers never match", () => {
    expect(sel('[trait|httpError >= "not a number!"]')).toEqual([]);
    expect(sel("[trait|httpError < 1000]")).toEqual(["ex.shapes#ClientErr", "ex.shapes#ServerErr"]);
    expect(sel("[trait|documentation > 1]")).toEqual([]);
  });
});

describe("attribute properties", () => {
  test("id|(length) and the length of id parts", () => {
    expect(sel("[id|(length) > 19]")).toEqual(["ex.shapes#Ranges$foo"]);
    expect(sel("[id|member|(length) = 3]")).toEqual(["ex.shapes#Ranges$foo"]);
    expect(sel("[id|name|(length) < 5] string")).toEqual(["ex.shapes#Docs", "ex.shapes#Old", "ex.shapes#Todo"]);
  });

  test("node (keys), (values), (length) and named properties", () => {
    expect(sel("[trait|externalDocumentation|(keys) = Homepage]")).toEqual(["ex.shapes#Docs"]);
    expect(sel("[trait|externalDocumentation|'Reference Docs']")).toEqual(["ex.shapes#Docs"]);
    expect(sel("[trait|externalDocumentation|(values) ^= 'https://b']")).toEqual(["ex.shapes#Docs"]);
    expect(sel("[trait|externalDocumentation|(length) = 2]")).toEqual(["ex.shapes#Docs"]);
    expect(sel("[trait|documentation|(length) < 3]")).toEqual(["ex.shapes#Short"]);
    expect(sel("[trait|tags|(length) = 2]")).toEqual(["ex.shapes#Todo"]);
    expect(sel("[trait|tags|(values) = foo]")).toEqual(["ex.shapes#Todo"]);
    expect(sel("[trait|enum|(values)|tags|(values) = external]")).toEqual(["ex.shapes#Enumish"]);
    // (keys) of an array and (values) of a string are empty.
    expect(sel("[trait|tags|(keys)]")).toEqual([]);
    expect(sel("[trait|documentation|(values)]")).toEqual([]);
  });

  test("trait (keys), (values), (length)", () => {
    expect(sel("[trait|(keys)|namespace = 'ex.custom']")).toEqual(["ex.shapes#Mid_dle"]);
    expect(sel("[trait|(keys) = 'smithy.api#private']")).toEqual(["ex.shapes#Hidden"]);
    expect(sel("[trait|(length) > 1]")).toEqual(["ex.shapes#ClientErr", "ex.shapes#Newer", "ex.shapes#Old", "ex.shapes#ServerErr", "ex.shapes#Todo"]);
    expect(sel("[trait|(values)|'nested key'|deep]")).toEqual(["ex.shapes#Mid_dle"]);
  });

  test("(first) takes one value of a projection", () => {
    expect(sel("[trait|enum|(values)|value|(first) = a]")).toEqual(["ex.shapes#Enumish"]);
    expect(sel("[trait|tags|(values)|(first) = foo]")).toEqual(["ex.shapes#Todo"]);
    expect(sel("[trait|tags|(values)|(first) = internal]")).toEqual([]);
  });

  test("projection comparators need projections on both sides", () => {
    expect(sel("[trait|tags|(values) {=} foo]")).toEqual([]);
    expect(sel("[trait|tags|(values) {<} foo]")).toEqual([]);
    // {!=} is the negation of {=}: anything compared with a non-projection matches.
    expect(sel("[trait|tags|(values) {!=} foo]")).toEqual(sel("*"));
  });
});
