// Validators of individual traits and shapes, from inline models.
import { describe, test } from "vitest";
import { expectEvents, validate } from "./support.js";

describe("RangeTrait, LengthTrait, PatternTrait", () => {
  test("inconsistent bounds, decimal bounds on integers, unanchored patterns", () => {
    const events = validate(
      "@range(min: 5, max: 1) integer A\n@range(min: 0.5) integer B\n@length(min: -1) string C\n" +
        '@length(min: 3, max: 2) string D\n@pattern("a+") string E',
    );
    expectEvents(events, ["RangeTrait", "LengthTrait", "PatternTrait"], [
      "ERROR smithy.example#A RangeTrait: A range trait is applied with a `min` value greater than its `max` value.",
      "ERROR smithy.example#B RangeTrait: Shape `smithy.example#B` is marked with the `range` trait, but its `min` property is a decimal (0.5) when its shape (`integer`) does not support decimals.",
      "ERROR smithy.example#C LengthTrait: A length trait is applied with a negative `min` value.",
      "ERROR smithy.example#D LengthTrait: A length trait is applied with a `min` value greater than its `max` value.",
      "WARNING smithy.example#E PatternTrait: A pattern trait is applied without a leading '^' and trailing '$'",
    ]);
  });
});

describe("ShapeRecursion", () => {
  test("lists recursing without a structure, structures recursing through required members", () => {
    const events = validate(
      "list L { member: L }\nstructure A {\n @required b: B\n}\nstructure B {\n @required a: A\n}\n" +
        "union U { u: U }\nstructure Ok { next: Ok }",
    );
    expectEvents(events, "ShapeRecursion", [
      "ERROR smithy.example#L ShapeRecursion: Found invalid shape recursion: smithy.example#L$member > smithy.example#L. A recursive list",
      "ERROR smithy.example#A ShapeRecursion: Found invalid shape recursion: smithy.example#A$b > smithy.example#B > smithy.example#B$a > smithy.example#A.",
      "ERROR smithy.example#B ShapeRecursion: Found invalid shape recursion: smithy.example#B$a > smithy.example#A > smithy.example#A$b > smithy.example#B.",
      "ERROR smithy.example#U ShapeRecursion: It is impossible to create instances of this recursive union",
    ]);
  });
});

describe("UnitType and Union", () => {
  test("Unit outside unions and operations; unions without members or targeting defaults", () => {
    const events = validate("structure S { a: Unit }\nunion Empty {}\nunion V { n: PrimitiveInteger }");
    expectEvents(events, ["UnitType", "Union"], [
      "ERROR smithy.example#S$a UnitType: Only members of a union, enum, or intEnum can reference smithy.api#Unit",
      "ERROR smithy.example#Empty Union: Tagged unions must have one or more members",
      "NOTE smithy.example#V$n Union: This union member targets `smithy.api#PrimitiveInteger`, a shape with a default value of `0`.",
    ]);
  });
});

describe("DeprecatedTrait and UnstableTrait", () => {
  test("applying deprecated or unstable traits", () => {
    const events = validate(
      '@trait @deprecated(message: "gone") structure old {}\n@trait @unstable structure beta {}\n@old @beta string S',
    );
    expectEvents(events, ["DeprecatedTrait", "UnstableTrait"], [
      "WARNING smithy.example#S DeprecatedTrait: This shape applies a trait that is deprecated: smithy.example#old, gone",
      "WARNING smithy.example#S UnstableTrait.smithy.example#beta: This shape applies a trait that is unstable: smithy.example#beta",
    ]);
  });
});

describe("PrivateAccess and PrivateMixinMember", () => {
  test("a private shape used from its own namespace is fine", () => {
    const events = validate("@private string P\nstructure S { p: P }\n@mixin structure M { @private m: String }");
    expectEvents(events, ["PrivateAccess", "PrivateMixinMember"], [
      "WARNING smithy.example#M$m PrivateMixinMember: The `@private` trait does not prevent a mixin member from being inherited",
    ]);
  });
});

describe("IdempotentTrait, IdempotencyTokenIgnored, JsonName, MediaType, CorsTrait", () => {
  test("misc trait rules", () => {
    const events = validate(
      '@idempotent(exists: [Missing]) operation Op {}\n@error("client") structure Missing {}\n' +
        "structure Nested { @idempotencyToken token: String }\nstructure Holder { n: Nested }\n" +
        'structure J {\n @jsonName("x") a: String\n x: String\n}\n@mediaType("text") blob Bad\n' +
        '@cors(origin: "https://a", origins: { b: "https://b" }) service Svc { version: "1" }',
    );
    expectEvents(events, ["IdempotentTrait", "IdempotencyTokenIgnored", "JsonName", "MediaType", "CorsTrait"], [
      "ERROR smithy.example#Op IdempotentTrait: The `exists` property references error `smithy.example#Missing`, but it is not in the operation's errors list.",
      "WARNING smithy.example#Nested$token IdempotencyTokenIgnored: The `idempotencyToken` trait only has an effect when applied to a top-level operation input member, but it was applied and ignored in the following contexts: {member target: [smithy.example#Holder$n]}",
      "ERROR smithy.example#J JsonName: This shape contains members with conflicting JSON names that resolve to 'x': a, x",
      'ERROR smithy.example#Bad MediaType: Invalid mediaType value, "text"',
      "ERROR smithy.example#Svc CorsTrait: The `origin` and `origins` members of the `cors` trait are mutually exclusive.",
    ]);
  });
});

describe("Operation", () => {
  test("@input structures reused, misnamed or targeted by members", () => {
    const events = validate(
      "operation A { input: Shared }\noperation B { input: Shared }\n@input structure Shared {}\nstructure S { s: Shared }",
    );
    expectEvents(events, ["OperationInputOutputMisuse", "OperationInputOutputName"], [
      "ERROR smithy.example#Shared OperationInputOutputMisuse: Shapes marked with the @input trait cannot be used as input by multiple operations: `smithy.example#A`, `smithy.example#B`",
      "ERROR smithy.example#S$s OperationInputOutputMisuse: Members cannot target structures marked with the @input trait: smithy.example#Shared",
      "WARNING smithy.example#A OperationInputOutputName.input: The input of this operation should target a shape that starts with the operation's name, 'A'",
      "WARNING smithy.example#B OperationInputOutputName.input: The input of this operation should target a shape that starts with the operation's name, 'B'",
    ]);
  });
});

describe("ExamplesTrait", () => {
  test("example values are validated against input, output and errors", () => {
    const events = validate(
      'operation Op { input := { @required a: String }, output := { b: Integer } }\n' +
        'apply Op @examples([{ title: "one", input: { a: 1 }, output: { b: "x" } }, { title: "two", input: { a: "x" }, error: { shapeId: Missing } }])\n' +
        '@error("client") structure Missing {}',
    );
    expectEvents(events, "ExamplesTrait", [
      "ERROR smithy.example#Op ExamplesTrait: Example input of `one`.a: Expected string value for string shape, `smithy.api#String`; found number value, `1`",
      "ERROR smithy.example#Op ExamplesTrait: Example output of `one`.b: Expected number value for integer shape, `smithy.api#Integer`; found string value, `x`",
      "ERROR smithy.example#Op ExamplesTrait: Error parameters provided for operation without the `smithy.example#Missing` error: `two`",
    ]);
  });
});

describe("StreamingTrait and RequestCompressionTrait", () => {
  test("streams in structures and unions, compression encodings", () => {
    const events = validate(
      "@streaming blob Stream\nstructure Holder {\n @required s: Stream\n}\nstructure Outer { h: Holder }\n" +
        "@streaming union Events { a: String }\n" +
        '@requestCompression(encodings: ["zip"]) operation Op { input := { a: String } }',
    );
    expectEvents(events, ["StreamingTrait", "RequestCompressionTrait"], [
      "ERROR smithy.example#Outer$h StreamingTrait: Members cannot target structures that contain a stream, but this member targets smithy.example#Holder",
      "ERROR smithy.example#Events StreamingTrait: Each member of an event stream union must target a structure shape, but the following union members do not: [a]",
      "ERROR smithy.example#Op RequestCompressionTrait: Invalid compression algorithm found in `requestCompression` trait applied to `smithy.example#Op`: `zip`",
    ]);
  });
});

describe("EnumTrait", () => {
  test("legacy @enum definitions", () => {
    const events = validate('@enum([{ value: "a", name: "A" }, { value: "a" }]) string E\n@enum([{ value: "x" }]) string F');
    expectEvents(events, ["EnumTrait", "EnumNamesPresent"], [
      "ERROR smithy.example#E EnumTrait: Duplicate enum trait values found with the same `value` property of 'a'",
      "ERROR smithy.example#E EnumTrait: `a` enum value body is missing the `name` property",
      "WARNING smithy.example#F EnumNamesPresent: Enums should define the `name` property",
    ]);
  });
});

describe("AuthTrait and ServiceAuthDefinitions", () => {
  test("auth schemes must be supported by the service, several need ordering", () => {
    const events = validate(
      '@httpBasicAuth @httpBearerAuth service Svc { version: "1", operations: [Op] }\n@auth([httpDigestAuth]) operation Op {}',
    );
    expectEvents(events, ["AuthTrait", "ServiceAuthDefinitions"], [
      "DANGER smithy.example#Op AuthTrait: auth trait applies authentication that is not configured on the service shape, `smithy.example#Svc`: [smithy.api#httpDigestAuth]",
      "WARNING smithy.example#Svc ServiceAuthDefinitions: This service uses multiple authentication schemes but does not have the `@auth` trait applied.",
    ]);
  });
});

describe("XmlNamespaceTrait, XmlFlattenedTrait, EventPayloadTrait, DefaultValueInUpdate", () => {
  test("misc structure rules", () => {
    const events = validate(
      '@xmlNamespace(uri: "::x") structure X {}\n' +
        'structure F { @xmlFlattened items: Items }\nlist Items { @xmlName("item") member: String }\n' +
        "structure Ev { @eventPayload p: Blob, other: String }\n" +
        "operation UpdateThing { input := {\n a: String = \"x\"\n} }",
    );
    expectEvents(events, ["XmlNamespaceTrait", "XmlFlattenedTrait", "EventPayloadTrait", "DefaultValueInUpdate"], [
      "ERROR smithy.example#X XmlNamespaceTrait: An `xmlNamespace` trait is applied to the (structure: `smithy.example#X`) shape with an invalid uri: ::x",
      "WARNING smithy.example#F$items XmlFlattenedTrait: Member is `@xmlFlattened`, so `@xmlName` of target's member (`smithy.example#Items$member`) has no effect.",
      "ERROR smithy.example#Ev EventPayloadTrait: This event structure contains a member marked with the `eventPayload` trait, so all other members must be marked with the `eventHeader` trait. However, the following member(s) are not marked with the eventHeader trait: `other`",
      "WARNING smithy.example#UpdateThing DefaultValueInUpdate: This update style operation has top-level input members marked with the @default trait.",
    ]);
  });
});
