// Model-configured validation: validators declared in metadata, suppressions (metadata and
// @suppress), severity overrides, typed metadata and shape closures.
import { describe, expect, test } from "vitest";
import { loadModel } from "../../../src/model/loader.js";
import { expectEvents, validateFiles } from "./support.js";

describe("metadata validators", () => {
  test("EmitEachSelector with an id, severity and message template", () => {
    const idl =
      'metadata validators = [{\n name: "EmitEachSelector"\n id: "NoStrings"\n severity: "WARNING"\n' +
      ' configuration: { selector: "[id|namespace = smithy.example] string", messageTemplate: "String @{id|name} found" }\n}]\n' +
      "namespace smithy.example\nstring A\nstring B";
    const all = validateText(idl);
    expectEvents(all, "NoStrings", [
      "WARNING smithy.example#A NoStrings: String A found",
      "WARNING smithy.example#B NoStrings: String B found",
    ]);
  });

  test("EmitNoneSelector and unknown validators", () => {
    const idl =
      'metadata validators = [\n {name: "EmitNoneSelector", id: "NeedsLength", configuration: {selector: "[trait|length]"}}\n' +
      ' {name: "NoSuchValidator"}\n]\nnamespace smithy.example\nstring A';
    expectEvents(validateText(idl), ["NeedsLength", "UnknownValidator_NoSuchValidator"], [
      "DANGER - NeedsLength: Expected at least one shape to match selector: [trait|length]",
      "WARNING - UnknownValidator_NoSuchValidator: Unable to locate a validator named `NoSuchValidator`",
    ]);
  });

  test("a validator that cannot be created is an error that stops validation", () => {
    const idl =
      'metadata validators = [{name: "EmitEachSelector", configuration: {selector: "string ]"}}, {name: "EmitEachSelector", configuration: {}}]\n' +
      'namespace smithy.example\n@pattern("a") string P';
    const events = validateText(idl);
    expectEvents(events, ["Model", "PatternTrait"], [
      "ERROR - Model: Error creating `EmitEachSelector` validator: Deserialization error at (/selector): unable to create software.amazon.smithy.model.selector.Selector from \"string ]\": Unable to deserialize Node using fromNode method: Syntax error at line 1 column",
      "ERROR - Model: Error creating `EmitEachSelector` validator: selector is required",
    ]);
  });

  test("UnreferencedShape notes shapes no service reaches", () => {
    const idl =
      'metadata validators = [{name: "UnreferencedShape"}]\nnamespace smithy.example\n' +
      'service Svc { version: "1", operations: [Op] }\noperation Op { input := { a: Used } }\nstring Used\nstring Unused';
    expectEvents(validateText(idl), "UnreferencedShape", [
      "NOTE smithy.example#Unused UnreferencedShape: This shape is unreferenced. It has no modeled connections to shapes that match the following selector: `service`",
    ]);
  });
});

describe("suppressions and severity overrides", () => {
  test("@suppress and metadata suppressions turn events into SUPPRESSED, never ERRORs", () => {
    const idl =
      'metadata suppressions = [{id: "PatternTrait", namespace: "smithy.example", reason: "legacy"}]\n' +
      'namespace smithy.example\n@pattern("a") string P\n@suppress(["DeprecatedTrait"]) @oldTrait string S\n' +
      '@trait @deprecated structure oldTrait {}\n@suppress(["LengthTrait"]) @length(min: 2, max: 1) string L';
    const events = validateText(idl);
    expectEvents(events, ["PatternTrait", "DeprecatedTrait", "LengthTrait"], [
      "SUPPRESSED smithy.example#P PatternTrait: A pattern trait is applied without",
      "SUPPRESSED smithy.example#S DeprecatedTrait: This shape applies a trait that is deprecated",
      "ERROR smithy.example#L LengthTrait: A length trait is applied with a `min` value greater than its `max` value.",
    ]);
    expect(events.find((e) => e.id === "PatternTrait")?.suppressionReason).toBe("legacy");
  });

  test("severity overrides raise severities, never to ERROR", () => {
    const idl =
      'metadata severityOverrides = [{id: "PatternTrait", namespace: "*", severity: "DANGER"}, {id: "UnionX", namespace: "*", severity: "WARNING"}]\n' +
      'namespace smithy.example\n@pattern("a") string P';
    expectEvents(validateText(idl), "PatternTrait", ["DANGER smithy.example#P PatternTrait: A pattern trait is applied without"]);
    const bad = 'metadata severityOverrides = [{id: "X", namespace: "*", severity: "ERROR"}]\nnamespace smithy.example\nstring S';
    expectEvents(validateText(bad), "Model", ["ERROR - Model: Expected one of `DANGER`, `WARNING`; got `ERROR`."]);
  });
});

describe("suppressions of loader events", () => {
  test("metadata suppressions and @suppress also apply to the loader's warnings", () => {
    const text =
      '$version: "2"\nmetadata suppressions = [{id: "ModelDeprecation", namespace: "smithy.example", reason: "old model"}]\n' +
      'namespace smithy.example\n@enum([{value: "A"}]) string E\n@suppress(["Model.UnresolvedTrait"]) @notDefined string U\n@otherUnknown string V';
    const { events } = loadModel([{ filename: "s.smithy", text }], { allowUnknownTraits: true });
    expectEvents(events, ["ModelDeprecation", "Model.UnresolvedTrait"], [
      "SUPPRESSED smithy.example#E ModelDeprecation: The enum trait is deprecated.",
      "SUPPRESSED smithy.example#U Model.UnresolvedTrait: Unable to resolve trait `smithy.example#notDefined`.",
      "WARNING smithy.example#V Model.UnresolvedTrait: Unable to resolve trait `smithy.example#otherUnknown`.",
    ]);
    expect(events.find((e) => e.id === "ModelDeprecation")?.suppressionReason).toBe("old model");
  });
});

describe("typed metadata and shape closures", () => {
  test("metadata values must match their @metadata type", () => {
    const idl =
      'metadata audit = { level: "HUGE" }\nnamespace smithy.example\n@metadata(key: "audit") structure Audit { @required level: Level }\n' +
      "enum Level { LOW, HIGH }";
    expectEvents(validateText(idl), "TypedMetadata", [
      "ERROR - TypedMetadata.audit: metadata.audit.level: String value provided for `smithy.example#Level` must be one of the following values: `HIGH`, `LOW`",
    ]);
  });

  test("shape closures need roots and valid renames", () => {
    const idl =
      'metadata shapeClosures = [{id: "smithy.example#C", includeNamespaces: ["smithy.example"], rename: {"smithy.example#A": "A"}}, {id: "smithy.example#Empty"}]\n' +
      "namespace smithy.example\nstring A";
    expectEvents(validateText(idl), "ShapeClosure", [
      "ERROR - ShapeClosure: Shape closure `smithy.example#C` rename for `smithy.example#A` does not change the name from `A`.",
      "ERROR - ShapeClosure: Shape closure `smithy.example#Empty` must define at least one of `includeNamespaces` or `includeBySelector`.",
    ]);
  });
});

describe("trait-defined validation", () => {
  test("@traitValidators report shapes their selectors find from where the trait is applied", () => {
    const idl =
      'namespace smithy.example\n@trait @traitValidators("smithy.example.NoDocs": { selector: "~> document", message: "no documents" })\n' +
      "structure noDocs {}\n@noDocs structure Root { d: Document }";
    expectEvents(validateText(idl), "smithy.example.NoDocs", [
      "ERROR smithy.api#Document smithy.example.NoDocs: Found an incompatible shape when validating the constraints of the `smithy.example#noDocs` trait attached to `smithy.example#Root`: no documents",
    ]);
  });

  test("breakingChanges paths must name members", () => {
    const idl = 'namespace smithy.example\n@trait(breakingChanges: [{ change: "remove", path: "/nope" }]) structure t { a: String }';
    expectEvents(validateText(idl), "TraitBreakingChanges", [
      "ERROR smithy.example#t TraitBreakingChanges: Invalid trait breakingChanges element 0, '/nope', at segment 'nope': Evaluated shape `smithy.example#t`, a structure, has no member named `nope`",
    ]);
  });
});

/** Validates a file that declares its own metadata and namespace. */
function validateText(idl: string): ReturnType<typeof validateFiles> {
  return validateFiles([`$version: "2"\n${idl}`]);
}
