import { describe, expect, test } from "vitest";
import { findErrorCode, parseErrorDocument, requestIdOf, sanitizeErrorCode, shapeName } from "../../src/protocol/error-code.js";

describe("error codes", () => {
  test.each([
    ["FooError", "FooError"],
    ["FooError:http://internal.example.com/validate/", "FooError"],
    ["aws.example#FooError", "FooError"],
    ["aws.example#FooError:http://internal.example.com/validate/", "FooError"],
    [" FooError ", "FooError"],
  ])("%s -> %s", (raw, code) => {
    expect(sanitizeErrorCode(raw)).toBe(code);
  });

  test("header first, then body properties in the protocol's order", () => {
    expect(findErrorCode({ "x-amzn-errortype": "A" }, { code: "B" }, ["code"])).toBe("A");
    expect(findErrorCode({}, { code: "B", __type: "C" }, ["code", "__type"])).toBe("B");
    expect(findErrorCode({}, { code: "B", __type: "C" }, ["__type", "code"])).toBe("C");
    expect(findErrorCode({}, { nested: { __type: "X" } }, ["__type", "code"])).toBeUndefined();
    expect(findErrorCode({ "x-amzn-errortype": "" }, undefined, ["code"])).toBeUndefined();
  });

  test("lenient error documents", () => {
    expect(parseErrorDocument('{"a":1}')).toEqual({ a: 1 });
    expect(parseErrorDocument("<html/>")).toBeUndefined();
    expect(parseErrorDocument("[1]")).toBeUndefined();
    expect(parseErrorDocument("")).toBeUndefined();
  });

  test("request ids and shape names", () => {
    expect(requestIdOf({ "x-amzn-requestid": "a", "x-amz-request-id": "b" })).toBe("a");
    expect(requestIdOf({ "x-amz-request-id": "b" })).toBe("b");
    expect(shapeName("ns.a#Name")).toBe("Name");
  });
});
