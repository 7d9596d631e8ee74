// Models shared by the codegen tests: a small representative service (the golden model) and a
// model built to collide with every name the generator must keep apart.
import type { Model, Shape } from "../../src/model/index.js";
import * as b from "./model-builder.js";

/** A small service exercising every kind of shape the types layer renders. */
export function basicModel(): Model {
  return b.model([
    b.service("example.weather#Weather", ["example.weather#GetForecast", "example.weather#PutReading"], { errors: ["example.weather#ServiceFault"] }, {
      documentation: "Weather forecasts and readings.",
    }),
    b.operation(
      "example.weather#GetForecast",
      { input: "example.weather#GetForecastInput", output: "example.weather#GetForecastOutput", errors: ["example.weather#NoSuchCity"] },
      { readonly: true, examples: [{ title: "Forecast for Paris", documentation: "Asks for two days.", input: { city: "Paris", days: 2 }, output: { forecast: [] } }] },
    ),
    b.operation("example.weather#PutReading", { input: "example.weather#PutReadingInput" }),
    b.structure(
      "example.weather#GetForecastInput",
      { city: ["String", { required: true, documentation: "City name, e.g. `Paris`." }], days: ["Integer", { default: 1 }], units: "example.weather#Units" },
      { input: true },
    ),
    b.structure("example.weather#GetForecastOutput", {
      forecast: ["example.weather#DayList", { required: true }],
      alerts: "example.weather#AlertMap",
      raw: "Document",
    }, { output: true }),
    b.structure("example.weather#PutReadingInput", { reading: ["example.weather#Reading", { required: true }] }, { input: true }),
    b.structure("example.weather#Day", {
      date: ["Timestamp", { required: true }],
      high: ["Float", { required: true, clientOptional: true }],
      low: ["example.weather#Celsius", { default: 0 }],
      sky: ["example.weather#Sky", { required: true }],
      samples: "example.weather#SampleList",
    }, { documentation: "One day of forecast.\n\nValues are in `units`; comments never end early: */" }),
    b.structure("example.weather#Reading", {
      station: ["String", { required: true }],
      value: "example.weather#Measurement",
      bytes: "Blob",
      precise: "BigDecimal",
      counter: "BigInteger",
      tags: "example.weather#TagSet",
    }),
    b.structure("example.weather#NoSuchCity", { message: "String" }, { error: "client", httpError: 404 }),
    b.structure("example.weather#ServiceFault", { message: "String" }, { error: "server", retryable: { throttling: false } }),
    b.enumShape("example.weather#Units", [["METRIC", "metric"], ["IMPERIAL", "imperial"]], { documentation: "Unit system." }),
    b.intEnum("example.weather#Sky", [["CLEAR", 1], ["CLOUDY", 2], ["STORM", 3]]),
    b.union("example.weather#Measurement", {
      celsius: "example.weather#Celsius",
      pressure: ["Double", { documentation: "Pressure in hPa." }],
      missing: "Unit",
      nested: "example.weather#Reading",
    }),
    b.shape("example.weather#Celsius", "float", { range: { min: -90, max: 60 } }),
    b.list("example.weather#DayList", "example.weather#Day"),
    b.list("example.weather#SampleList", "example.weather#Celsius", { sparse: true }),
    b.shape("example.weather#TagSet", "set", {}, { members: b.list("example.weather#TagSet", "String").members }),
    b.map("example.weather#AlertMap", "example.weather#DayList", { deprecated: { message: "Use alertsV2." } }),
  ]);
}

/** Shapes named like reserved words and globals, members named like Object.prototype keys. */
export function nameClashModel(): Model {
  const ns = "example.clash";
  const id = (n: string) => `${ns}#${n}`;
  // JSON.parse keeps "__proto__" as an own key; an object literal would set the prototype.
  const protoMembers = JSON.parse(
    '{"constructor": "String", "__proto__": "Integer", "toString": "String", "hasOwnProperty": "Boolean", "default": "String", "import": "String"}',
  ) as Record<string, b.MemberSpec>;
  const shapes: Shape[] = [
    b.service(id("Service"), [id("import"), id("Op")]),
    b.operation(id("import"), { input: id("default"), output: id("Object") }),
    b.operation(id("Op"), { input: id("Promise"), output: id("Error"), errors: [id("Array")] }),
    b.structure(id("default"), protoMembers, { input: true }),
    b.structure(id("Object"), { date: id("Date"), when: "Timestamp", doc: "Document", value: id("DocumentValue"), rec: id("Record") }),
    b.structure(id("Promise"), { then: id("Foo"), catch: id("foo"), finally: id("FOO"), index: id("index"), con: id("Con") }),
    b.structure(id("Error"), { message: "String", name: "String", stack: "String" }, { error: "client" }),
    b.structure(id("Array"), { length: "Integer", items: id("List") }, { error: "server" }),
    b.structure(id("Date"), { iso: "Timestamp" }),
    b.structure(id("DocumentValue"), { doc: "Document", self: id("DocumentValue") }),
    b.map(id("Record"), id("Uint8Array")),
    b.shape(id("Uint8Array"), "blob"),
    b.list(id("List"), id("Symbol")),
    b.structure(id("Symbol"), { iterator: "String" }),
    b.structure(id("Foo"), { foo: id("foo") }),
    b.structure(id("foo"), { Foo: id("FOO") }),
    b.enumShape(id("FOO"), [["__proto__", "proto"], ["constructor", "ctor"], ["toString", "str"], ["default", "dflt"]]),
    b.intEnum(id("index"), [["valueOf", 1], ["__proto__", 2]]),
    b.union(id("Con"), JSON.parse(`{"__proto__": "String", "constructor": "${id("Foo")}", "import": "Unit"}`) as Record<string, b.MemberSpec>),
  ];
  return b.model(shapes);
}
