// Request parsing shared by the server adapters: header maps, query strings, targets.
import { describe, expect, test } from "vitest";
import { addHeader, newHeaderMap, parseQueryString, splitTarget } from "../../src/server/adapters/request-parts.js";
import { DEFAULT_LIMITS } from "../../src/server/config.js";
import { FrameworkError } from "../../src/protocol/protocol.js";

describe("header maps", () => {
  test("names are lower-cased and repeats joined (cookie with '; ')", () => {
    const headers = newHeaderMap();
    for (const [name, value] of [["Content-Type", "application/json"], ["X-Trace-Id", "a"], ["x-trace-id", "b"], ["Cookie", "a=1"], ["cookie", "b=2"], ["HOST", "h"]] as const) addHeader(headers, name, value);
    expect({ ...headers }).toEqual({ "content-type": "application/json", "x-trace-id": "a, b", cookie: "a=1; b=2", host: "h" });
  });

  test("names that are properties of Object.prototype are plain keys, and absent ones read as undefined", () => {
    const headers = newHeaderMap();
    expect(headers["constructor"]).toBeUndefined();
    expect(headers["toString"]).toBeUndefined();
    expect(headers["__proto__"]).toBeUndefined();
    addHeader(headers, "__proto__", "x");
    addHeader(headers, "Constructor", "y");
    expect(Object.keys(headers)).toEqual(["__proto__", "constructor"]);
    expect(headers["__proto__"]).toBe("x");
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
    expect(Object.getPrototypeOf(Object.getPrototypeOf(headers))).toBeNull();
  });
});

describe("targets and query strings", () => {
  test("splits path and query, dropping a fragment", () => {
    expect(splitTarget("/a/b?x=1#frag")).toEqual({ path: "/a/b", query: "x=1" });
    expect(splitTarget("?x")).toEqual({ path: "/", query: "x" });
  });

  test("decodes pairs in order; '+' is a space; bad escapes are a Serialization error", () => {
    expect(parseQueryString("a=1&b=x+y&a=%32&flag", DEFAULT_LIMITS)).toEqual([["a", "1"], ["b", "x y"], ["a", "2"], ["flag", ""]]);
    expect(parseQueryString("a=%ZZ", DEFAULT_LIMITS)).toBeInstanceOf(FrameworkError);
  });
});
