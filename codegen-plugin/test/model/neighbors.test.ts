import { describe, expect, test } from "vitest";
import { neighborIndex, selectorLabel, type Model, type Relationship } from "../../src/model/index.js";
import { ModelBuilder } from "./selector/fixture.js";

function edges(rels: readonly Relationship[]): string[] {
  return rels.map((r) => `${r.kind} ${r.shape.id} -> ${r.neighbor.id}`);
}

function sample(): Model {
  return new ModelBuilder()
    .service("Svc", { version: "1", operations: ["Ping"], resources: ["Bucket"], errors: ["Oops"], traits: { title: "T" } })
    .operation("Ping", { input: "PingInput", output: "Unit", errors: ["Oops"] })
    .structure("PingInput", { name: ["String", { required: {} }], count: "Integer" })
    .structure("Oops", {}, { traits: { error: "client" } })
    .resource("Bucket", {
      identifiers: { bucketId: "BucketId" },
      properties: { size: "Integer" },
      create: "CreateBucket",
      read: "GetBucket",
      update: "UpdateBucket",
      delete: "DeleteBucket",
      list: "ListBuckets",
      put: "PutBucket",
      operations: ["Touch"],
      collectionOperations: ["Purge"],
      resources: ["Item"],
    })
    .string("BucketId")
    .resource("Item", { read: "GetBucket" })
    .operation("CreateBucket")
    .operation("GetBucket")
    .operation("UpdateBucket")
    .operation("DeleteBucket")
    .operation("ListBuckets")
    .operation("PutBucket")
    .operation("Touch")
    .operation("Purge")
    .list("Names", "String")
    .map("Counts", "String", "Integer")
    .aggregate("Color", "enum", { RED: "Unit" })
    .aggregate("Level", "intEnum", { LOW: "Unit" })
    .structure("Base", { id: "String" }, { traits: { mixin: {} } })
    .structure("Derived", { id: "String", extra: "Missing" }, { mixins: ["Base"] })
    .build();
}

describe("neighbor relationships", () => {
  const model = sample();
  const index = neighborIndex(model);
  const at = (id: string) => index.neighbors(model.expectShape(id));

  test("service: operations, resources, errors", () => {
    expect(edges(at("ex#Svc"))).toEqual([
      "operation ex#Svc -> ex#Ping",
      "resource ex#Svc -> ex#Bucket",
      "error ex#Svc -> ex#Oops",
    ]);
  });

  test("operation: input, output (Unit is not a neighbor), errors", () => {
    expect(edges(at("ex#Ping"))).toEqual(["input ex#Ping -> ex#PingInput", "error ex#Ping -> ex#Oops"]);
  });

  test("resource: identifiers, properties, child resources and every binding kind", () => {
    expect(at("ex#Bucket").map((r) => [r.kind, r.neighbor.id])).toEqual([
      ["identifier", "ex#BucketId"],
      ["property", "smithy.api#Integer"],
      ["resource", "ex#Item"],
      ["list", "ex#ListBuckets"],
      ["create", "ex#CreateBucket"],
      ["put", "ex#PutBucket"],
      ["read", "ex#GetBucket"],
      ["update", "ex#UpdateBucket"],
      ["delete", "ex#DeleteBucket"],
      ["operation", "ex#Touch"],
      ["collectionOperation", "ex#Purge"],
    ]);
  });

  test("aggregates point at their members, members at their targets", () => {
    expect(edges(at("ex#Names"))).toEqual(["member ex#Names -> ex#Names$member"]);
    expect(edges(at("ex#Counts"))).toEqual(["member ex#Counts -> ex#Counts$key", "member ex#Counts -> ex#Counts$value"]);
    expect(edges(at("ex#PingInput$name"))).toEqual(["memberTarget ex#PingInput$name -> smithy.api#String"]);
    expect(selectorLabel("memberTarget")).toBeUndefined();
    expect(selectorLabel("input")).toBe("input");
  });

  test("enum and intEnum members have no target edge", () => {
    expect(edges(at("ex#Color"))).toEqual(["member ex#Color -> ex#Color$RED"]);
    expect(at("ex#Color$RED")).toEqual([]);
    expect(at("ex#Level$LOW")).toEqual([]);
  });

  test("mixins come first; dangling references are not edges", () => {
    expect(edges(at("ex#Derived"))).toEqual([
      "mixin ex#Derived -> ex#Base",
      "member ex#Derived -> ex#Derived$id",
      "member ex#Derived -> ex#Derived$extra",
    ]);
    expect(at("ex#Derived$extra")).toEqual([]);
  });

  test("simple shapes have no neighbors; trait edges only on request", () => {
    expect(at("ex#BucketId")).toEqual([]);
    expect(edges(index.neighborsWithTraits(model.expectShape("ex#Oops")))).toEqual(["trait ex#Oops -> smithy.api#error"]);
    expect(edges(index.neighborsWithTraits(model.expectShape("ex#PingInput$name")))).toEqual([
      "memberTarget ex#PingInput$name -> smithy.api#String",
      "trait ex#PingInput$name -> smithy.api#required",
    ]);
  });

  test("reverse edges, with and without traits", () => {
    expect(edges(index.reverse(model.expectShape("ex#Oops")))).toEqual(["error ex#Svc -> ex#Oops", "error ex#Ping -> ex#Oops"]);
    expect(edges(index.reverse(model.expectShape("ex#GetBucket")))).toEqual([
      "read ex#Bucket -> ex#GetBucket",
      "read ex#Item -> ex#GetBucket",
    ]);
    expect(index.reverse(model.expectShape("ex#Svc"))).toEqual([]);
    const required = model.expectShape("smithy.api#required");
    expect(index.reverse(required)).toEqual([]);
    expect(edges(index.reverseWithTraits(required))).toEqual(["trait ex#PingInput$name -> smithy.api#required"]);
  });

  test("bound: where resources and operations are bound, and what is bound to a container", () => {
    const ids = (shapes: readonly { id: string }[]) => shapes.map((s) => s.id);
    expect(ids(index.boundTo(model.expectShape("ex#Bucket")))).toEqual(["ex#Svc"]);
    expect(ids(index.boundTo(model.expectShape("ex#Item")))).toEqual(["ex#Bucket"]);
    expect(ids(index.boundTo(model.expectShape("ex#GetBucket")))).toEqual(["ex#Bucket", "ex#Item"]);
    expect(ids(index.boundTo(model.expectShape("ex#Ping")))).toEqual(["ex#Svc"]);
    expect(ids(index.boundTo(model.expectShape("ex#PingInput")))).toEqual([]);
    expect(ids(index.boundChildren(model.expectShape("ex#Svc")))).toEqual(["ex#Ping", "ex#Bucket"]);
    expect(ids(index.boundChildren(model.expectShape("ex#Bucket")))).toEqual([
      "ex#Item", "ex#ListBuckets", "ex#CreateBucket", "ex#PutBucket", "ex#GetBucket", "ex#UpdateBucket",
      "ex#DeleteBucket", "ex#Touch", "ex#Purge",
    ]);
  });

  test("the index is computed once per model", () => {
    expect(neighborIndex(model)).toBe(index);
    const shape = model.expectShape("ex#Svc");
    expect(index.neighbors(shape)).toBe(index.neighbors(shape));
    expect(neighborIndex(sample())).not.toBe(index);
  });
});
