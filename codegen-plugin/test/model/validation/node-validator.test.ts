// The node value validator behind TraitValue, DefaultTrait, ExamplesTrait and TypedMetadata,
// exercised through custom trait values.
import { describe, test } from "vitest";
import { expectEvents, validate } from "./support.js";

function traitValue(shapes: string, application: string): ReturnType<typeof validate> {
  return validate(`${shapes}\n${application} string Target`);
}

const E = "ERROR smithy.example#Target TraitValue: Error validating trait `smithy.example#t`";

describe("node values", () => {
  test("numbers: integer bounds, floating point in integers, non-numeric floats", () => {
    const events = traitValue(
      "@trait structure t { b: Byte, i: Integer, f: Float }",
      '@t(b: 300, i: 1.5, f: "Infinity")',
    );
    expectEvents(events, "TraitValue", [
      `${E}.b: byte value must be < 127, but found 300`,
      `${E}.i: integer shapes must not have floating point values, but found \`1.5\` provided for \`smithy.api#Integer\``,
    ]);
    expectEvents(traitValue("@trait structure t { f: Float }", '@t(f: "huge")'), "TraitValue", [
      `${E}.f: Value for \`smithy.api#Float\` must either be numeric or one of the following strings: ["NaN", "Infinity", "-Infinity"], but was "huge"`,
    ]);
  });

  test("timestamps by format", () => {
    const events = traitValue(
      "@trait structure t { a: Timestamp, @timestampFormat(\"http-date\") b: Timestamp, @timestampFormat(\"epoch-seconds\") c: Timestamp }",
      '@t(a: "yesterday", b: "Tue, 29 Apr 2014 18:30:38 GMT", c: "1")',
    );
    expectEvents(events, "TraitValue", [
      `${E}.a: Invalid string value, \`yesterday\`, provided for timestamp, \`smithy.api#Timestamp\`. Expected an RFC 3339 formatted timestamp`,
      `${E}.c: Invalid string value provided for a timestamp with a \`epoch-seconds\` format.`,
    ]);
    expectEvents(traitValue("@trait structure t { a: Timestamp }", '@t(a: "1985-04-12T23:20:50.52Z")'), "TraitValue", []);
  });

  test("collections: sparse nulls, unique items, lengths, map keys", () => {
    const events = traitValue(
      "@trait structure t { l: L, u: U, m: M }\nlist L { member: String }\n@uniqueItems list U { member: String }\n" +
        "@length(max: 1) map M { key: K, value: String }\n@pattern(\"^k\") string K",
      '@t(l: ["a", null], u: ["x", "x"], m: { k1: "a", bad: "b" })',
    );
    expectEvents(events, "TraitValue", [
      `${E}.l.1: Non-sparse list shape \`smithy.example#L\` cannot contain null values`,
      `${E}.l.1: Expected string value for string shape, \`smithy.api#String\`; found null value`,
      `${E}.u: Value provided for \`smithy.example#U\` must have unique items, but the following items had multiple entries: [\`"x"\`]`,
      `${E}.m: Value provided for \`smithy.example#M\` must have no more than 1 entries, but the provided value has 2 entries`,
      `${E}.m.bad (map-key): String value provided for \`smithy.example#K\` must match regular expression: ^k`,
    ]);
  });

  test("unions take exactly one known member; blobs are strings", () => {
    expectEvents(traitValue("@trait union t { a: String, b: Blob }", '@t(a: "x", b: "y")'), "TraitValue", [
      `${E}: union values can contain a value for only a single member`,
    ]);
    expectEvents(traitValue("@trait union t { a: String }", "@t(z: 1)"), "TraitValue", [
      "ERROR smithy.example#Target TraitValue.UnknownMember.smithy.example#t.z: Error validating trait `smithy.example#t`: Member `z` does not exist in `smithy.example#t`",
    ]);
    expectEvents(traitValue("@trait structure t { b: Blob }", "@t(b: 1)"), "TraitValue", [
      `${E}.b: Expected string value for blob shape, \`smithy.api#Blob\`; found number value, \`1\``,
    ]);
  });

  test("intEnum values", () => {
    expectEvents(traitValue("@trait structure t { e: E }\nintEnum E {\n ONE = 1\n TWO = 2\n}", "@t(e: 3)"), "TraitValue", [
      `${E}.e: Integer value provided for \`smithy.example#E\` must be one of the following values: \`1\`, \`2\`, but found 3`,
    ]);
  });
});
