import { describe, expect, test } from "vitest";
import { parseSelector } from "../../../src/model/index.js";
import { ids, ModelBuilder } from "./fixture.js";

const model = new ModelBuilder()
  .simple("Blob", "blob")
  .simple("Bool", "boolean")
  .simple("Doc", "document")
  .simple("Str", "string")
  .simple("Ts", "timestamp")
  .simple("B", "byte")
  .simple("Sh", "short")
  .simple("I", "integer")
  .simple("L", "long")
  .simple("F", "float")
  .simple("D", "double")
  .simple("BD", "bigDecimal")
  .simple("BI", "bigInteger")
  .aggregate("E", "enum", { A: "Unit" })
  .aggregate("IE", "intEnum", { ONE: "Unit" })
  .list("Lst", "Str")
  .list("St", "Str", { set: true })
  .map("M", "Str", "I")
  .structure("S", { a: "Str" })
  .aggregate("U", "union", { x: "I" })
  .service("Svc")
  .operation("Op")
  .resource("R")
  .build();

const sel = (text: string): string[] => ids(parseSelector(text).select(model));

describe("matching shapes by type", () => {
  test("* matches every shape, members and prelude included", () => {
    const all = parseSelector("*").select(model);
    expect(all.length).toBe([...model.allShapes()].length);
    expect(all.some((s) => s.id === "ex#S$a")).toBe(true);
    expect(all.some((s) => s.id === "smithy.api#String")).toBe(true);
  });

  test("each concrete type", () => {
    expect(sel("blob")).toEqual(["ex#Blob"]);
    expect(sel("boolean")).toEqual(["ex#Bool"]);
    expect(sel("document")).toEqual(["ex#Doc"]);
    expect(sel("timestamp")).toEqual(["ex#Ts"]);
    expect(sel("byte")).toEqual(["ex#B"]);
    expect(sel("bigDecimal")).toEqual(["ex#BD"]);
    expect(sel("map")).toEqual(["ex#M"]);
    expect(sel("structure")).toEqual(["ex#S"]);
    expect(sel("union")).toEqual(["ex#U"]);
    expect(sel("service")).toEqual(["ex#Svc"]);
    expect(sel("operation")).toEqual(["ex#Op"]);
    expect(sel("resource")).toEqual(["ex#R"]);
    expect(sel("enum")).toEqual(["ex#E"]);
    expect(sel("intEnum")).toEqual(["ex#IE"]);
  });

  test("specialisations match their general type", () => {
    expect(sel("string")).toEqual(["ex#E", "ex#Str"]);
    expect(sel("integer")).toEqual(["ex#I", "ex#IE"]);
  });

  test("list, set and collection all match lists and sets", () => {
    expect(sel("list")).toEqual(["ex#Lst", "ex#St"]);
    expect(sel("set")).toEqual(["ex#Lst", "ex#St"]);
    expect(sel("collection")).toEqual(["ex#Lst", "ex#St"]);
  });

  test("number: every numeric type and intEnum", () => {
    expect(sel("number")).toEqual(["ex#B", "ex#BD", "ex#BI", "ex#D", "ex#F", "ex#I", "ex#IE", "ex#L", "ex#Sh"]);
  });

  test("simpleType, aggregateType, serviceType and dataType", () => {
    expect(sel("simpleType")).toEqual([
      "ex#B", "ex#BD", "ex#BI", "ex#Blob", "ex#Bool", "ex#D", "ex#Doc", "ex#E", "ex#F", "ex#I", "ex#IE", "ex#L", "ex#Sh", "ex#Str", "ex#Ts",
    ]);
    expect(sel("aggregateType")).toEqual(["ex#Lst", "ex#M", "ex#S", "ex#St", "ex#U"]);
    expect(sel("serviceType")).toEqual(["ex#Op", "ex#R", "ex#Svc"]);
    expect(sel("dataType")).toEqual([...sel("simpleType"), ...sel("aggregateType")].sort());
  });

  test("member matches members only, of every container", () => {
    expect(sel("member")).toEqual(["ex#E$A", "ex#IE$ONE", "ex#Lst$member", "ex#M$key", "ex#M$value", "ex#S$a", "ex#St$member", "ex#U$x"]);
  });

  test("a shape type after another narrows the match", () => {
    expect(sel("string enum")).toEqual(["ex#E"]);
    expect(sel("number integer")).toEqual(["ex#I", "ex#IE"]);
    expect(sel("structure union")).toEqual([]);
  });

  test("results come in model order, each shape once", () => {
    const result = parseSelector(":is(string, simpleType)").select(model).map((s) => s.id);
    expect(new Set(result).size).toBe(result.length);
    const modelOrder = [...model.allShapes()].map((s) => s.id).filter((id) => result.includes(id));
    expect(result).toEqual(modelOrder);
  });
});
