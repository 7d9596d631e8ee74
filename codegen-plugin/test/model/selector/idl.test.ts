// Selectors evaluated against models loaded from IDL, so mixins, inline input/output,
// resource `for` elision, enums and prelude traits look exactly as the loader builds them.
import { describe, expect, test } from "vitest";
import { isNodeObject, parseSelector, type Model } from "../../../src/model/index.js";
import { loadModel } from "../../../src/model/loader.js";
import { BUNDLED_NAMESPACES, PRELUDE } from "../../../src/model/prelude/index.js";

function load(text: string): Model {
  const { model, events } = loadModel([{ filename: "test.smithy", text }], { validate: false });
  expect(events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER")).toEqual([]);
  return model;
}

function select(model: Model, selector: string): string[] {
  return parseSelector(selector)
    .select(model)
    .map((s) => s.id)
    .filter((id) => !id.startsWith("smithy.api#"))
    .sort();
}

const STORE = `$version: "2.0"
namespace example.store

@title("Store")
service Store {
    version: "2024-06-01"
    operations: [Ping]
    resources: [Shelf]
    errors: [ServiceFault]
}

@readonly
@http(method: "GET", uri: "/ping")
operation Ping {
    input := {}
    output := {
        @required
        status: Status
    }
}

enum Status {
    OK
    DEGRADED = "degraded"
}

resource Shelf {
    identifiers: { shelfId: ShelfId }
    properties: { label: String }
    create: CreateShelf
    read: GetShelf
    list: ListShelves
}

@pattern("^[a-z]+$")
string ShelfId

@mixin
structure ShelfIdentity for Shelf {
    @required
    @httpLabel
    $shelfId
}

@http(method: "POST", uri: "/shelves")
operation CreateShelf {
    input := for Shelf {
        $label
    }
    output := with [ShelfIdentity] {}
}

@readonly
@http(method: "GET", uri: "/shelves/{shelfId}")
operation GetShelf {
    input := with [ShelfIdentity] {}
    output := for Shelf {
        $label
    }
    errors: [NoSuchShelf]
}

@readonly
@http(method: "GET", uri: "/shelves")
operation ListShelves {
    input := {
        @httpQuery("max")
        maxResults: Integer
    }
    output := {
        shelves: ShelfIds
    }
}

list ShelfIds {
    member: ShelfId
}

@error("client")
@httpError(404)
structure NoSuchShelf {
    message: String
}

@error("server")
structure ServiceFault {}

/// Not used by anything.
@deprecated(since: "2020")
@tags(["internal", "legacy"])
string Orphan
`;

describe("selectors over a model loaded from IDL", () => {
  const model = load(STORE);

  test("inline input/output structures and mixed-in members", () => {
    expect(select(model, "operation -[input]-> structure")).toEqual([
      "example.store#CreateShelfInput", "example.store#GetShelfInput", "example.store#ListShelvesInput", "example.store#PingInput",
    ]);
    // Members inherited from a mixin are members of the structure like local ones.
    expect(select(model, "structure [id|name = GetShelfInput] > member")).toEqual(["example.store#GetShelfInput$shelfId"]);
    expect(select(model, "member [trait|httpLabel]")).toEqual([
      "example.store#CreateShelfOutput$shelfId", "example.store#GetShelfInput$shelfId", "example.store#ShelfIdentity$shelfId",
    ]);
    expect(select(model, "structure -[mixin]->")).toEqual(["example.store#ShelfIdentity"]);
  });

  test("trait values from IDL", () => {
    expect(select(model, "[trait|error = client]")).toEqual(["example.store#NoSuchShelf"]);
    expect(select(model, "[trait|httpError >= 400]")).toEqual(["example.store#NoSuchShelf"]);
    expect(select(model, "[trait|http|method = GET]")).toEqual(["example.store#GetShelf", "example.store#ListShelves", "example.store#Ping"]);
    expect(select(model, "[trait|http|uri *= '{']")).toEqual(["example.store#GetShelf"]);
    expect(select(model, "[trait|deprecated|since = 2020]")).toEqual(["example.store#Orphan"]);
    expect(select(model, "[trait|tags|(values) = legacy]")).toEqual(["example.store#Orphan"]);
    expect(select(model, "[trait|documentation *= 'Not used']")).toEqual(["example.store#Orphan"]);
    expect(select(model, "[trait|httpQuery]")).toEqual(["example.store#ListShelvesInput$maxResults"]);
  });

  test("enums are strings whose members lead nowhere", () => {
    expect(select(model, "string [id|namespace = 'example.store']")).toEqual([
      "example.store#Orphan", "example.store#ShelfId", "example.store#Status",
    ]);
    expect(select(model, "enum > member")).toEqual(["example.store#Status$DEGRADED", "example.store#Status$OK"]);
    expect(select(model, "enum > member >")).toEqual([]);
    expect(select(model, "[id|name = Status] > member [trait|enumValue = degraded]")).toEqual(["example.store#Status$DEGRADED"]);
  });

  test("the service closure and the resource hierarchy", () => {
    expect(select(model, "service ~> operation")).toEqual([
      "example.store#CreateShelf", "example.store#GetShelf", "example.store#ListShelves", "example.store#Ping",
    ]);
    expect(select(model, "service ~> [trait|error]")).toEqual(["example.store#NoSuchShelf", "example.store#ServiceFault"]);
    expect(select(model, "resource -[create, read]->")).toEqual(["example.store#CreateShelf", "example.store#GetShelf"]);
    expect(select(model, "resource -[collectionOperation]->")).toEqual([]);
    // :topdown follows only `resource` and `operation` bindings, not lifecycle operations.
    expect(select(model, ":topdown([trait|title])")).toEqual(["example.store#Ping", "example.store#Shelf", "example.store#Store"]);
    expect(select(model, "[id|name = ShelfId] <-[identifier]-")).toEqual(["example.store#Shelf"]);
  });

  test("unreferenced shapes and traits applied to themselves", () => {
    expect(select(model, ":not([trait|trait]) :not(< *) :not(service)")).toEqual(["example.store#Orphan"]);
    const selfApplied = parseSelector("[trait|trait][@: @{trait|(keys)} = @{id}]").select(model);
    expect(selfApplied.map((s) => s.id)).toContain("smithy.api#trait");
    for (const s of selfApplied) expect(s.traits.has(s.id)).toBe(true);
  });

  test("trait-definition selectors from the prelude accept and reject what they should", () => {
    const httpLabel = parseSelector("structure > member[trait|required] :test(> :test(string, number, boolean, timestamp))");
    expect(httpLabel.matches(model, model.expectShape("example.store#GetShelfInput$shelfId"))).toBe(true);
    expect(httpLabel.matches(model, model.expectShape("example.store#ListShelvesInput$maxResults"))).toBe(false);
    const range = parseSelector(":test(number, member > number)");
    expect(range.matches(model, model.expectShape("example.store#ListShelvesInput$maxResults"))).toBe(true);
    expect(range.matches(model, model.expectShape("example.store#ShelfId"))).toBe(false);
  });

  test("EmitEachSelector-style captures", () => {
    const matches = parseSelector("service $svc(*) ~> operation [trait|readonly] :not([trait|http|method = GET])").selectMatches(model);
    expect(matches).toEqual([]);
    const withVars = parseSelector("service $svc(*) ~> operation -[input]-> $in(*) > member [trait|required]").selectMatches(model);
    expect(withVars.map((m) => [m.shape.id, m.vars.get("svc")?.[0]?.id, m.vars.get("in")?.[0]?.id])).toEqual([
      ["example.store#GetShelfInput$shelfId", "example.store#Store", "example.store#GetShelfInput"],
    ]);
  });
});

describe("selectors of the bundled trait definitions", () => {
  test("every trait selector evaluates over the bundled namespaces", () => {
    const sources = [PRELUDE, ...BUNDLED_NAMESPACES.values()].map((ns) => ({ filename: ns.filename, text: ns.text }));
    const { model } = loadModel(sources, { validate: false });
    let evaluated = 0;
    for (const shape of model.shapes()) {
      const definition = shape.traits.get("smithy.api#trait");
      const selector = isNodeObject(definition) ? definition["selector"] : undefined;
      if (typeof selector !== "string") continue;
      const parsed = parseSelector(selector);
      expect(() => parsed.select(model), `${shape.id}: ${selector}`).not.toThrow();
      evaluated++;
    }
    expect(evaluated).toBeGreaterThan(50);
  });
});
