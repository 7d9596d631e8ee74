import { describe, expect, test } from "vitest";
import { parseSelector } from "../../../src/model/index.js";
import { ids, ModelBuilder } from "./fixture.js";

const model = new ModelBuilder()
  .service("Store", {
    version: "1",
    operations: ["Ping", "Upload"],
    resources: ["Shelf"],
    traits: { title: "Store", "ex#jsonProtocol": {} },
  })
  .service("Bare", { version: "1" })
  .structure("jsonProtocol", {}, { traits: { trait: {}, protocolDefinition: {} } })
  .structure("unusedTrait", {}, { traits: { trait: {} } })
  .operation("Ping", { traits: { http: { method: "GET", uri: "/ping" } } })
  .operation("Upload", { input: "UploadInput", output: "UploadOutput", errors: ["Oops"] })
  .structure("UploadInput", { body: ["Stream", { required: {} }], name: "Name" })
  .structure("UploadOutput", { names: "NameList" })
  .structure("Oops", {}, { traits: { error: "client" } })
  .simple("Stream", "blob", { traits: { streaming: {} } })
  .simple("Loose", "blob", { traits: { streaming: {} } })
  .structure("Holder", { content: "Loose" })
  .string("Name")
  .list("NameList", "Name")
  .map("NameMap", "Name", "Integer")
  .resource("Shelf", {
    identifiers: { shelfId: "ShelfId" },
    properties: { color: "Color" },
    create: "CreateShelf",
    read: "GetShelf",
    update: "UpdateShelf",
    delete: "DeleteShelf",
    list: "ListShelves",
    put: "PutShelf",
    operations: ["Polish"],
    collectionOperations: ["Audit"],
    resources: ["Book"],
  })
  .resource("Book", { read: "GetBook" })
  .string("ShelfId")
  .aggregate("Color", "enum", { RED: "Unit", BLUE: "Unit" })
  .operation("CreateShelf")
  .operation("GetShelf")
  .operation("UpdateShelf")
  .operation("DeleteShelf")
  .operation("ListShelves")
  .operation("PutShelf")
  .operation("Polish")
  .operation("Audit")
  .operation("GetBook")
  .structure("Mixin", { shared: "Name" }, { traits: { mixin: {} } })
  .structure("UsesMixin", { shared: "Name" }, { mixins: ["Mixin"] })
  .build();

const sel = (text: string): string[] => ids(parseSelector(text).select(model));

describe("forward undirected neighbors (>)", () => {
  test("containers to members, members to targets", () => {
    expect(sel("map > member")).toEqual(["ex#NameMap$key", "ex#NameMap$value"]);
    expect(sel("list > member > string")).toEqual(["ex#Name"]);
    expect(sel("map > member > integer").length).toBe(0); // smithy.api#Integer is filtered by ids()
    expect(parseSelector("map > member > integer").select(model).map((s) => s.id)).toEqual(["smithy.api#Integer"]);
  });

  test("an operation's input, output and errors; Unit is never yielded", () => {
    expect(sel("[id|name = Upload] >")).toEqual(["ex#Oops", "ex#UploadInput", "ex#UploadOutput"]);
    expect(sel("[id|name = Ping] >")).toEqual([]);
  });

  test("enum members lead nowhere; mixins are neighbors", () => {
    expect(sel("enum > member")).toEqual(["ex#Color$BLUE", "ex#Color$RED"]);
    expect(sel("enum > member >")).toEqual([]);
    expect(sel("structure [id|name = UsesMixin] >")).toEqual(["ex#Mixin", "ex#UsesMixin$shared"]);
    // id|name of a member is its container's name, so the member matches too.
    expect(sel("[id|name = UsesMixin] >")).toEqual(["ex#Mixin", "ex#Name", "ex#UsesMixin$shared"]);
  });

  test("members do not lead back to their container", () => {
    expect(sel("[id = 'ex#UploadInput$name'] >")).toEqual(["ex#Name"]);
  });
});

describe("forward directed neighbors (-[...]->)", () => {
  test("input and output", () => {
    expect(sel("operation -[input, output]-> structure")).toEqual(["ex#UploadInput", "ex#UploadOutput"]);
    expect(sel("operation -[error]->")).toEqual(["ex#Oops"]);
  });

  test("every resource relationship", () => {
    const rel = (name: string) => sel(`[id|name = Shelf] -[${name}]->`);
    expect(rel("identifier")).toEqual(["ex#ShelfId"]);
    expect(rel("property")).toEqual(["ex#Color"]);
    expect(rel("resource")).toEqual(["ex#Book"]);
    expect(rel("create")).toEqual(["ex#CreateShelf"]);
    expect(rel("read")).toEqual(["ex#GetShelf"]);
    expect(rel("update")).toEqual(["ex#UpdateShelf"]);
    expect(rel("delete")).toEqual(["ex#DeleteShelf"]);
    expect(rel("list")).toEqual(["ex#ListShelves"]);
    expect(rel("put")).toEqual(["ex#PutShelf"]);
    expect(rel("operation")).toEqual(["ex#Polish"]);
    expect(rel("collectionOperation")).toEqual(["ex#Audit"]);
    expect(rel("instanceOperation")).toEqual(["ex#DeleteShelf", "ex#GetShelf", "ex#Polish", "ex#PutShelf", "ex#UpdateShelf"]);
    expect(sel("resource :test(-[identifier]->)")).toEqual(["ex#Shelf"]);
  });

  test("service relationships", () => {
    expect(sel("service -[operation]->")).toEqual(["ex#Ping", "ex#Upload"]);
    expect(sel("service -[resource]->")).toEqual(["ex#Shelf"]);
  });

  test("member and mixin relationships", () => {
    expect(sel("[id|name = UsesMixin] -[member]->")).toEqual(["ex#UsesMixin$shared"]);
    expect(sel("structure -[mixin]->")).toEqual(["ex#Mixin"]);
  });

  test("trait relationships only when asked for", () => {
    expect(sel("service :test(-[trait]-> [trait|protocolDefinition])")).toEqual(["ex#Store"]);
    expect(sel("service :not(-[trait]-> [trait|protocolDefinition])")).toEqual(["ex#Bare"]);
    expect(sel("service > [trait|protocolDefinition]")).toEqual([]);
  });

  test("bound: where resources and operations are bound", () => {
    expect(sel("[id|name = Book] -[bound]->")).toEqual(["ex#Shelf"]);
    expect(sel("[id|name = Shelf] -[bound]->")).toEqual(["ex#Store"]);
    expect(sel("[id|name = Polish] -[bound]->")).toEqual(["ex#Shelf"]);
    expect(sel("[id|name = Ping] -[bound, error]->")).toEqual(["ex#Store"]);
    // Shapes bound to something, or binding resources.
    expect(sel(":test(-[bound, resource]->) :not([trait|documentation])")).toEqual([
      "ex#Audit", "ex#Book", "ex#CreateShelf", "ex#DeleteShelf", "ex#GetBook", "ex#GetShelf", "ex#ListShelves",
      "ex#Ping", "ex#Polish", "ex#PutShelf", "ex#Shelf", "ex#Store", "ex#UpdateShelf", "ex#Upload",
    ]);
  });

  test("unknown relationships yield nothing", () => {
    expect(sel("* -[sibling]->")).toEqual([]);
  });
});

describe("recursive neighbors (~>)", () => {
  test("every shape in the closure, excluding the start", () => {
    expect(sel("service ~> operation")).toEqual([
      "ex#Audit", "ex#CreateShelf", "ex#DeleteShelf", "ex#GetBook", "ex#GetShelf", "ex#ListShelves", "ex#Ping", "ex#Polish",
      "ex#PutShelf", "ex#UpdateShelf", "ex#Upload",
    ]);
    expect(sel("service[trait|title] ~> operation:not([trait|http])")).not.toContain("ex#Ping");
    expect(sel("[id|name = UploadOutput] ~>")).toEqual(["ex#Name", "ex#NameList", "ex#NameList$member", "ex#UploadOutput$names"]);
    expect(sel("[id = 'ex#UploadInput$name'] ~>")).toEqual(["ex#Name"]);
  });

  test("a long chain is walked without recursion", () => {
    const b = new ModelBuilder();
    const n = 20000;
    for (let i = 0; i < n; i++) b.structure(`S${i}`, i + 1 < n ? { next: `S${i + 1}` } : {});
    const chain = b.build();
    expect(parseSelector("[id|name = S0] ~> structure").select(chain).length).toBe(n - 1);
    expect(parseSelector(`structure [id|name = S0] :test(~> [id|name = S${n - 1}])`).select(chain).length).toBe(1);
  });
});

describe("reverse neighbors (< and <-[...]-)", () => {
  test("who points at a shape", () => {
    expect(sel("string :test(< member < list)")).toEqual(["ex#Name"]);
    expect(sel("resource <")).toEqual(["ex#Shelf", "ex#Store"]);
    expect(sel("resource <-[resource]-")).toEqual(["ex#Shelf", "ex#Store"]);
    expect(sel("[id|name = ShelfId] <-[identifier]-")).toEqual(["ex#Shelf"]);
  });

  test("unreferenced non-trait shapes", () => {
    expect(sel(":not([trait|trait]) :not(< *)")).toEqual(["ex#Bare", "ex#Holder", "ex#NameMap", "ex#Store", "ex#UsesMixin"]);
  });

  test("streaming shapes must be top-level members of operation input or output", () => {
    expect(sel("[trait|streaming] :test(<) :not(< member < structure <-[input, output]- operation)")).toEqual(["ex#Loose"]);
  });

  test("traits that are never applied", () => {
    expect(sel("[trait|trait] :not(<-[trait]-)")).toEqual(["ex#unusedTrait"]);
  });

  test("reverse bound and instanceOperation", () => {
    expect(sel("[id|name = Shelf] <-[bound]-")).toEqual(sel("[id|name = Shelf] -[resource, operation, collectionOperation, create, read, update, delete, list, put]->"));
    expect(sel("[id|name = GetShelf] <-[instanceOperation]-")).toEqual(["ex#Shelf"]);
    expect(sel("[id|name = Audit] <-[instanceOperation]-")).toEqual([]);
  });
});
