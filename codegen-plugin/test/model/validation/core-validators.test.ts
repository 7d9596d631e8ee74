// Correctness and critical validators: references, trait targets/values/conflicts, shape id
// conflicts, enums, defaults, bindings; and the phase rule that critical ERRORs stop
// validation.
import { describe, expect, test } from "vitest";
import { expectEvents, validate } from "./support.js";

describe("Target", () => {
  test("unresolved member target, with a suggestion", () => {
    expectEvents(validate("structure Foo { a: Strin }\nstring String2\nstring Strin2"), "Target", [
      "ERROR smithy.example#Foo$a Target.UnresolvedShape: member shape targets an unresolved shape `smithy.example#Strin`. Did you mean smithy.example#Strin2?",
    ]);
  });

  test("operation relationships", () => {
    expectEvents(
      validate("operation Op { input: Missing, output: Num, errors: [NotError] }\ninteger Num\nstructure NotError {}"),
      "Target",
      [
        "ERROR smithy.example#Op Target.UnresolvedShape: operation shape has an `input` relationship to an unresolved shape `smithy.example#Missing`",
        "ERROR smithy.example#Op Target: operation shape `output` relationships must target a structure shape, but found (integer: `smithy.example#Num`)",
        "ERROR smithy.example#Op Target: `smithy.example#NotError` cannot be bound as an error because it is not marked with the `error` trait.",
      ],
    );
  });

  test("members cannot target operations, trait definitions or mixins; map keys must be strings", () => {
    const events = validate(
      "operation Op {}\n@trait structure myTrait {}\n@mixin structure M {}\n" +
        "structure Foo { a: Op, b: myTrait, c: M }\nmap Bad { key: Integer, value: String }",
    );
    expectEvents(events, "Target", [
      "ERROR smithy.example#Foo$a Target: Members cannot target operation shapes, but found (operation: `smithy.example#Op`)",
      "ERROR smithy.example#Foo$b Target: Found a MEMBER_TARGET reference to trait definition `smithy.example#myTrait`.",
      "ERROR smithy.example#Foo$c Target: Illegal MEMBER_TARGET reference to mixin `smithy.example#M`",
      "ERROR smithy.example#Bad Target: Map key member targets (integer: `smithy.api#Integer`), but is expected to target a string",
    ]);
  });

  test("deprecated targets warn with the deprecation message", () => {
    const events = validate('@deprecated(message: "Use Bar", since: "1.2")\nstring Old\nstructure Foo { a: Old }');
    expectEvents(events, "DeprecatedShape", [
      "WARNING smithy.example#Foo$a DeprecatedShape.smithy.example#Old: Member targets a deprecated shape, smithy.example#Old. Use Bar (since 1.2)",
    ]);
  });

  test("a correctness error stops validation before other validators", () => {
    const events = validate("structure Foo { a: Missing }\n@length(min: 2, max: 1) string S");
    expect(events.some((e) => e.id === "LengthTrait")).toBe(false);
  });
});

describe("ResourceCycle", () => {
  test("a resource that contains itself", () => {
    expectEvents(validate("resource A { resources: [B] }\nresource B { resources: [A] }"), "ResourceCycle", [
      "ERROR smithy.example#A ResourceCycle: Circular resource hierarchy found: smithy.example#A -> smithy.example#B -> smithy.example#A",
      "ERROR smithy.example#B ResourceCycle: Circular resource hierarchy found: smithy.example#B -> smithy.example#A -> smithy.example#B",
    ]);
  });
});

describe("TraitTarget", () => {
  test("a trait applied outside its selector", () => {
    expectEvents(validate("@httpLabel string S"), "TraitTarget", [
      "ERROR smithy.example#S TraitTarget: Trait `httpLabel` cannot be applied to `smithy.example#S`. This trait may only be applied to shapes that match the following selector:",
    ]);
  });

  test("a mixin trait cannot be applied", () => {
    expectEvents(validate("@trait @mixin structure t {}\n@t string S"), "TraitTarget", [
      "ERROR smithy.example#S TraitTarget: Trait `smithy.example#t` is a mixin and cannot be applied to `smithy.example#S`.",
    ]);
  });

  test("traits applied where allowed report nothing", () => {
    expectEvents(validate("structure Foo { @required a: String }"), "TraitTarget", []);
  });
});

describe("TraitValue", () => {
  test("wrong types, unknown members and missing required members", () => {
    const events = validate(
      "@trait structure t { @required a: String, b: Integer }\n" +
        '@t(b: "x", c: 1) string S\n@range(maxx: 1) integer I',
    );
    expectEvents(events, "TraitValue", [
      "ERROR smithy.example#S TraitValue: Error validating trait `smithy.example#t`.b: Expected number value for integer shape, `smithy.api#Integer`; found string value, `x`",
      "WARNING smithy.example#S TraitValue.UnknownMember.smithy.example#t.c: Error validating trait `smithy.example#t`: Member `c` does not exist in `smithy.example#t`",
      "ERROR smithy.example#S TraitValue: Error validating trait `smithy.example#t`: Missing required structure member `a` for `smithy.example#t`",
      "WARNING smithy.example#I TraitValue.UnknownMember.smithy.api#range.maxx: Error validating trait `range`: Member `maxx` does not exist in `smithy.api#range`",
    ]);
  });

  test("constraints on trait members: range, length, pattern, enum, idRef", () => {
    const events = validate(
      '@trait structure t { @range(min: 1) n: Integer, @length(max: 2) s: String, @pattern("^a+$") p: String, e: E, @idRef(failWhenMissing: true, selector: "string") r: String }\n' +
        "enum E { A, B }\n" +
        '@t(n: 0, s: "abc", p: "b", e: "C", r: "smithy.example#Nope") string S\n' +
        '@t(r: "smithy.example#N") string S2\ninteger N',
    );
    expectEvents(events, "TraitValue", [
      "ERROR smithy.example#S TraitValue.Member.InvalidRange: Error validating trait `smithy.example#t`.n: Value provided for `smithy.example#t$n` must be greater than or equal to 1, but found 0",
      "ERROR smithy.example#S TraitValue: Error validating trait `smithy.example#t`.s: String value provided for `smithy.example#t$s` must be <= 2 characters, but the provided value is 3 characters.",
      "ERROR smithy.example#S TraitValue: Error validating trait `smithy.example#t`.p: String value provided for `smithy.example#t$p` must match regular expression: ^a+$",
      "ERROR smithy.example#S TraitValue: Error validating trait `smithy.example#t`.e: String value provided for `smithy.example#E` must be one of the following values: `A`, `B`",
      "ERROR smithy.example#S TraitValue: Error validating trait `smithy.example#t`.r: Shape ID `smithy.example#Nope` was not found in the model",
      "ERROR smithy.example#S2 TraitValue: Error validating trait `smithy.example#t`.r: Shape ID `smithy.example#N` does not match selector `string`",
    ]);
  });

  test("valid prelude trait values report nothing", () => {
    expectEvents(validate('@length(min: 1, max: 3) @pattern("^x$") string S'), "TraitValue", []);
  });
});

describe("TraitConflict", () => {
  test("conflicting traits on one shape", () => {
    expectEvents(validate("@trait(conflicts: [b]) structure a {}\n@trait structure b {}\n@a @b string S"), "TraitConflict", [
      "ERROR smithy.example#S TraitConflict: Found conflicting traits on string shape: `smithy.example#a` conflicts with `smithy.example#b`",
    ]);
  });
});

describe("ShapeIdConflict", () => {
  test("shape ids that differ only in case", () => {
    expectEvents(validate("string Foo\nstring FOO"), "ShapeIdConflict", [
      "ERROR smithy.example#Foo ShapeIdConflict: Shape ID `smithy.example#Foo` conflicts with other shape IDs in the model: [`smithy.example#FOO`]",
      "ERROR smithy.example#FOO ShapeIdConflict: Shape ID `smithy.example#FOO` conflicts with other shape IDs in the model: [`smithy.example#Foo`]",
    ]);
  });
});

describe("EnumShape", () => {
  test("duplicate and empty values, and name style", () => {
    const events = validate('enum E {\n A = "x"\n B = "x"\n c = ""\n}\nintEnum I {\n ONE = 1\n TWO = 1\n}');
    expectEvents(events, "EnumShape", [
      "ERROR smithy.example#E$B EnumShape: Multiple enum members found with duplicate value `x`",
      "ERROR smithy.example#E$c EnumShape: enum values may not be empty.",
      "WARNING smithy.example#E$c EnumShape: The name `c` does not match the recommended enum name format",
      "ERROR smithy.example#I$TWO EnumShape: Multiple intEnum members found with duplicate value `1`",
    ]);
  });
});

describe("ExclusiveStructureMemberTrait", () => {
  test("a member-exclusive trait on two members", () => {
    expectEvents(
      validate("structure S { @idempotencyToken a: String, @idempotencyToken b: String }"),
      "ExclusiveStructureMemberTrait",
      [
        "ERROR smithy.example#S ExclusiveStructureMemberTrait: The `idempotencyToken` trait can be applied to only a single member of a shape, but it was found on the following members: `a`, `b`",
      ],
    );
  });
});

describe("DefaultTrait", () => {
  test("defaults must fit their shape, collections only empty", () => {
    const events = validate(
      "structure S {\n a: String = 1\n b: Strings = [\"x\"]\n @range(min: 1) c: Integer = 0\n}\nlist Strings { member: String }",
    );
    expectEvents(events, "DefaultTrait", [
      "ERROR smithy.example#S$a DefaultTrait: Error validating @default trait: Expected string value for string shape, `smithy.api#String`; found number value, `1`",
      "ERROR smithy.example#S$b DefaultTrait: The @default value of a list must be an empty list",
      "WARNING smithy.example#S$c DefaultTrait.Member.InvalidRange: Error validating @default trait: Value provided for `smithy.example#S$c` must be greater than or equal to 1, but found 0",
    ]);
  });

  test("members must repeat the target's default", () => {
    expectEvents(validate("structure S {\n a: PrimitiveInteger = 1\n b: PrimitiveInteger\n}"), "DefaultTrait", [
      "ERROR smithy.example#S$a DefaultTrait: Member defines a default value that differs from the default value of the target shape, smithy.api#PrimitiveInteger. The member has a default of `1`, but the target has a default of `0`.",
      "ERROR smithy.example#S$b DefaultTrait: Member targets smithy.api#PrimitiveInteger, which requires that the member defines the same default of `0` or `null`",
    ]);
  });
});

describe("SingleOperationBinding and SingleResourceBinding", () => {
  test("an operation bound twice in one service", () => {
    const events = validate(
      'service Svc { version: "1", operations: [Op], resources: [R] }\nresource R { operations: [Op] }\noperation Op {}',
    );
    expectEvents(events, "SingleOperationBinding", [
      "ERROR smithy.example#Op SingleOperationBinding: An operation can appear only once in an entire service closure. This operation is illegally bound into the `smithy.example#Svc` service closure from multiple shapes: (resource: `smithy.example#R`), (service: `smithy.example#Svc`)",
    ]);
  });

  test("a resource bound twice in one service", () => {
    const events = validate('service Svc { version: "1", resources: [A, B] }\nresource A { resources: [B] }\nresource B {}');
    expectEvents(events, "SingleResourceBinding", [
      "ERROR smithy.example#B SingleResourceBinding: A resource can appear only once in an entire service closure. This resource is illegally bound into the `smithy.example#Svc` service closure from multiple shapes: [`smithy.example#A`, `smithy.example#Svc`]",
    ]);
  });
});

describe("critical errors", () => {
  test("stop validation unless continueAfterCriticalErrors is set", () => {
    const model = "@httpLabel string S\n@length(min: 2, max: 1) string L";
    expect(validate(model).some((e) => e.id === "LengthTrait")).toBe(false);
    expect(validate(model, { continueAfterCriticalErrors: true }).some((e) => e.id === "LengthTrait")).toBe(true);
  });
});

describe("prelude trait construction", () => {
  test("values Smithy cannot turn into traits stop validation with a Model error", () => {
    const events = validate('@error("oops") structure E {}\n@http(method: "GET", uri: "foo") operation Op {}');
    expectEvents(events, "Model", [
      "ERROR smithy.example#E Model: Error creating trait `error`: error trait must be set to client or server, found `oops`",
      "ERROR smithy.example#Op Model: Error creating trait `http`: URI pattern must start with '/'. Found foo",
    ]);
  });
});
