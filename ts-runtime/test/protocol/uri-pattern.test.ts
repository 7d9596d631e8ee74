import { describe, expect, test } from "vitest";
import { matchUriPattern, parseUriPattern } from "../../src/protocol/http-binding/uri-pattern.js";

describe("URI patterns", () => {
  test("parses literals, labels, greedy labels and query literals", () => {
    expect(parseUriPattern("/a/{b}/{c+}?x=1&y&z=%20")).toEqual({
      segments: [
        { kind: "literal", text: "a" },
        { kind: "label", name: "b", greedy: false },
        { kind: "label", name: "c", greedy: true },
      ],
      query: [
        ["x", "1"],
        ["y", ""],
        ["z", " "],
      ],
      greedyIndex: 2,
      trailingSlash: false,
    });
    expect(parseUriPattern("/a/").trailingSlash).toBe(true);
    expect(parseUriPattern("/").trailingSlash).toBe(false);
  });

  test.each([
    ["/my/uri/{label}", "/my/uri/foo", { label: "foo" }],
    ["/my/uri/{label}", "/my/uri/foo/", { label: "foo" }],
    ["/my/uri/{label}", "/my/uri", undefined],
    ["/my/uri/{label}", "/my/uri/foo/bar", undefined],
    ["/my/uri/{label}", "/my/uri/", undefined],
    ["/my/{a}/{b}", "/my/x%2Fy/z%20", { a: "x/y", b: "z " }],
    ["/prefix/{label+}/suffix", "/prefix/foo/bar/suffix", { label: "foo/bar" }],
    ["/prefix/{label+}/suffix", "/prefix/foo/suffix/bar/suffix", { label: "foo/suffix/bar" }],
    ["/prefix/{label+}/suffix", "/prefix/suffix", undefined],
    ["/prefix/{label+}/suffix", "/prefix/foo/bar", undefined],
    ["/files/{key+}", "/files/a%2Fb/c", { key: "a/b/c" }],
    ["/files/{key+}", "/files/a//c", undefined],
    ["/lit/(a+)+", "/lit/(a+)+", {}],
    ["/", "/", {}],
    ["/", "/a", undefined],
    ["/my/uri/{label}", "/my/uri//", undefined],
    ["/my/uri/{label}", "/my//uri/foo", undefined],
    ["/my/uri/{label}", "/my/uri/foo//", undefined],
    ["/my/%75ri/{label}", "/my/uri/foo", undefined],
    ["/my/uri/{label}", "/my/%75ri/foo", { label: "foo" }],
    ["/a/{b}", "/a/%ZZ", "throws"],
  ])("%s matches %s -> %j", (pattern, path, labels) => {
    if (labels === "throws") {
      expect(() => matchUriPattern(parseUriPattern(pattern), path)).toThrow(/malformed percent-encoding/);
      return;
    }
    const result = matchUriPattern(parseUriPattern(pattern), path);
    expect(result === undefined ? undefined : Object.fromEntries(result)).toEqual(labels);
  });
});
