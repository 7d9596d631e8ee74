// Routing tables: Smithy's specificity rules, greedy labels, query literals, 404 vs 405, the
// awsJson target router, and the generation-time conflict check.
import { describe, expect, test } from "vitest";
import { FrameworkError } from "../../src/protocol/protocol.js";
import type { OperationSchema, ServiceSchema } from "../../src/schema/index.js";
import { UNIT } from "../../src/schema/index.js";
import { findRouteConflicts } from "../../src/server/router/route-conflicts.js";
import { RestRouter } from "../../src/server/router/rest-router.js";
import { createRouter, type RouteMatch } from "../../src/server/router/router.js";
import { parseUriPattern, UriPatternError } from "../../src/server/router/uri-pattern.js";
import { request } from "./support.js";

function op(name: string, method: string, uri: string): OperationSchema {
  return { id: `test#${name}`, name, input: UNIT, output: UNIT, errors: [], traits: { http: { method, uri, code: 200 } } };
}

function service(protocol: string, operations: OperationSchema[]): ServiceSchema {
  return { id: "test#Svc", name: "Svc", version: "1", protocol: { id: protocol, settings: {} }, authSchemes: [], errors: [], operations };
}

/** Routes `method target` and names the outcome: an operation name (+ labels) or the error kind. */
function routeOf(ops: OperationSchema[], method: string, target: string): string {
  const router = new RestRouter(ops);
  const req = request(method, target);
  const result = router.route(req);
  if (result instanceof FrameworkError) return describeRoute(result, ops);
  const labels = router.labels(req, result);
  return `${describeRoute(result, ops)}${Object.keys(labels).length === 0 ? "" : ` ${JSON.stringify(labels)}`}`;
}

function describeRoute(result: RouteMatch | FrameworkError, ops: OperationSchema[]): string {
  if (result instanceof FrameworkError) return `${result.errorKind} ${result.statusCode}`;
  return ops[result.index]!.name;
}

describe("restJson1 router", () => {
  const spec1 = [op("P1", "GET", "/abc/bcd/{xyz}"), op("P2", "GET", "/abc/{xyz}/cde"), op("P3", "GET", "/{xyz}/bcd/cde")];
  test.each([
    ["/abc/bcd/cde", 'P1 {"xyz":"cde"}'],
    ["/abc/foo/cde", 'P2 {"xyz":"foo"}'],
    ["/foo/bcd/cde", 'P3 {"xyz":"foo"}'],
  ])("specificity example 1: %s -> %s", (target, expected) => {
    expect(routeOf(spec1, "GET", target)).toBe(expected);
  });

  const spec2 = [op("P1", "GET", "/abc/bcd/{xyz}"), op("P2", "GET", "/abc/{xyz}/cde"), op("P3", "GET", "/{xyz}/bcd/cde?def=efg")];
  test.each([
    ["/abc/bcd/cde?def=efg", 'P1 {"xyz":"cde"}'],
    ["/abc/foo/cde?def=efg", 'P2 {"xyz":"foo"}'],
    ["/foo/bcd/cde?def=efg", 'P3 {"xyz":"foo"}'],
    ["/foo/bcd/cde", "UnknownOperation 404"],
  ])("specificity example 2 (path beats query literals): %s -> %s", (target, expected) => {
    expect(routeOf(spec2, "GET", target)).toBe(expected);
  });

  const spec3 = [op("P2", "GET", "/abc/{xyz+}"), op("P1", "GET", "/abc/{xyz+}/bcd")];
  test.each([
    ["/abc/foo/bar/bcd", 'P1 {"xyz":"foo/bar"}'],
    ["/abc/foo/bar/baz", 'P2 {"xyz":"foo/bar/baz"}'],
    ["/abc/bcd", 'P2 {"xyz":"bcd"}'],
    ["/abc", "UnknownOperation 404"],
  ])("specificity example 3 (greedy): %s -> %s", (target, expected) => {
    expect(routeOf(spec3, "GET", target)).toBe(expected);
  });

  const greedy = [op("Mid", "GET", "/prefix/{label+}/suffix")];
  test.each([
    ["/prefix/foo/suffix", 'Mid {"label":"foo"}'],
    ["/prefix/foo/bar/suffix", 'Mid {"label":"foo/bar"}'],
    ["/prefix/foo/suffix/bar/suffix", 'Mid {"label":"foo/suffix/bar"}'],
    ["/prefix/foo/bar", "UnknownOperation 404"],
    ["/foo/bar/suffix", "UnknownOperation 404"],
    ["/prefix/suffix", "UnknownOperation 404"],
    ["/prefix/a%2Fb/c%20d/suffix", 'Mid {"label":"a/b/c d"}'],
  ])("greedy label in the middle: %s -> %s", (target, expected) => {
    expect(routeOf(greedy, "GET", target)).toBe(expected);
  });

  const labels = [op("Lit", "GET", "/my/uri/path"), op("One", "GET", "/my/uri/{label}"), op("Two", "GET", "/my/uri/{a}/{b}")];
  test.each([
    ["/my/uri/path", "Lit"],
    ["/my/uri/path/", "Lit"],
    ["/my/uri/foo", 'One {"label":"foo"}'],
    ["/my/uri/foo/", 'One {"label":"foo"}'],
    ["/my/uri/foo/bar", 'Two {"a":"foo","b":"bar"}'],
    ["/my/uri/foo/bar/baz", "UnknownOperation 404"],
    ["/my/uri", "UnknownOperation 404"],
    ["/my/uri/", "UnknownOperation 404"],
    ["/my/uri/%70ath", "Lit"],
    ["/my/uri/caf%C3%A9", 'One {"label":"café"}'],
    ["/my//foo", "UnknownOperation 404"],
    ["/MY/URI/PATH", "UnknownOperation 404"],
    ["/my/uri/%E0%A4", "Serialization 400"],
  ])("literals, labels, trailing slashes and encoding: %s -> %s", (target, expected) => {
    expect(routeOf(labels, "GET", target)).toBe(expected);
  });

  const query = [op("Flag", "GET", "/path?requiredKey"), op("Pair", "GET", "/path?requiredKey=requiredValue&other"), op("Plain", "GET", "/plain?k=v")];
  test.each([
    ["/path?requiredKey", "Flag"],
    ["/path?other&requiredKey", "Flag"],
    ["/path?requiredKey=x", "Flag"],
    ["/path?requiredKey=requiredValue&other", "Pair"],
    ["/path?other=1&requiredKey=requiredValue", "Pair"],
    ["/path", "UnknownOperation 404"],
    ["/path?", "UnknownOperation 404"],
    ["/path?otherKey", "UnknownOperation 404"],
    ["/plain?k=w", "UnknownOperation 404"],
    ["/plain?k=v&k=w", "Plain"],
  ])("query literals: %s -> %s", (target, expected) => {
    expect(routeOf(query, "GET", target)).toBe(expected);
  });

  test("the same path with another method is 405; an unknown path is 404", () => {
    const ops = [op("Get", "GET", "/thing/{id}"), op("Put", "PUT", "/thing/{id}"), op("Root", "GET", "/")];
    expect(routeOf(ops, "GET", "/thing/1")).toBe('Get {"id":"1"}');
    expect(routeOf(ops, "PUT", "/thing/1")).toBe('Put {"id":"1"}');
    expect(routeOf(ops, "DELETE", "/thing/1")).toBe("MethodNotAllowed 405");
    expect(routeOf(ops, "POST", "/")).toBe("MethodNotAllowed 405");
    expect(routeOf(ops, "GET", "/")).toBe("Root");
    expect(routeOf(ops, "GET", "/other")).toBe("UnknownOperation 404");
    expect(routeOf(ops, "get", "/thing/1")).toBe("MethodNotAllowed 405");
  });

  test("label names do not matter to specificity; the more literal route wins regardless of declaration order", () => {
    const ops = [op("Any", "GET", "/{a}/{b}"), op("Half", "GET", "/x/{b}"), op("Exact", "GET", "/x/y")];
    expect(routeOf(ops, "GET", "/x/y")).toBe("Exact");
    expect(routeOf(ops, "GET", "/x/z")).toBe('Half {"b":"z"}');
    expect(routeOf(ops, "GET", "/w/z")).toBe('Any {"a":"w","b":"z"}');
  });

  test("a route match is shared, not allocated per request", () => {
    const ops = [op("One", "GET", "/my/uri/{label}")];
    const router = new RestRouter(ops);
    expect(router.route(request("GET", "/my/uri/a"))).toBe(router.route(request("GET", "/my/uri/b")));
  });

  test("paths without percent-encoding (matched on their text) route as their encoded twins (matched on decoded segments)", () => {
    const ops = [
      op("Root", "GET", "/"),
      op("Exact", "GET", "/x/y"),
      op("Half", "GET", "/x/{b}"),
      op("Any", "GET", "/{a}/{b}"),
      op("Query", "GET", "/x/y/z?mode=fast"),
      op("Plain", "GET", "/x/y/z"),
      op("Greedy", "GET", "/files/{key+}/meta"),
      op("FilesOne", "GET", "/files/{key}"),
      op("Put", "PUT", "/x/{b}"),
    ];
    const paths = ["/", "/x/y", "/x/y/", "/x/z", "/w/z", "/x", "/x//y", "//", "/x/y/z", "/x/y/z?mode=fast", "/x/y/z?mode=slow", "/files/a/b/meta", "/files/e", "/files/e/meta", "/files//meta", "/q/r/s/t", "x/y"];
    // Percent-encoding every "e" and "y" (letters that need none) forces the decoding matcher.
    const encoded = (target: string): string => target.replace(/[ey]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
    for (const method of ["GET", "PUT", "DELETE"]) {
      for (const path of paths) {
        if (encoded(path) === path) continue;
        expect(routeOf(ops, method, path), `${method} ${path}`).toBe(routeOf(ops, method, encoded(path)));
      }
    }
    expect(routeOf(ops, "GET", "/x/y")).toBe("Exact");
    expect(routeOf(ops, "GET", "/files/e/meta")).toBe('Greedy {"key":"e"}');
    expect(routeOf(ops, "PUT", "/x/y/z")).toBe("MethodNotAllowed 405");
  });

  test("building a router for ambiguous routes fails with the conflict named", () => {
    const ops = [op("A", "GET", "/a/{x}"), op("B", "GET", "/a/{y}")];
    expect(() => createRouter(service("aws.protocols#restJson1", ops), ops)).toThrow(/test#A .* and test#B .* match the same requests/);
  });
});

describe("awsJson router", () => {
  const ops = [op("GetThing", "POST", "/"), op("PutThing", "POST", "/")];
  for (const protocol of ["aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1"]) {
    const router = createRouter(service(protocol, ops), ops);
    const route = (method: string, path: string, target?: string): string =>
      describeRoute(router.route(request(method, path, { headers: target === undefined ? {} : { "x-amz-target": target } })), ops);
    test(`${protocol}: routes by X-Amz-Target`, () => {
      expect(route("POST", "/", "Svc.GetThing")).toBe("GetThing");
      expect(route("POST", "/", "Svc.PutThing")).toBe("PutThing");
      expect(route("POST", "/", "Other.GetThing")).toBe("UnknownOperation 404");
      expect(route("POST", "/", "Svc.Nope")).toBe("UnknownOperation 404");
      expect(route("POST", "/", "Svc.getThing")).toBe("UnknownOperation 404");
      expect(route("POST", "/")).toBe("UnknownOperation 404");
      expect(route("GET", "/", "Svc.GetThing")).toBe("MethodNotAllowed 405");
      expect(route("POST", "/other", "Svc.GetThing")).toBe("UnknownOperation 404");
    });
  }

  test("an unsupported protocol is a build error naming it", () => {
    expect(() => createRouter(service("smithy.protocols#rpcv2Cbor", ops), ops)).toThrow(/no server router for protocol smithy.protocols#rpcv2Cbor/);
  });
});

describe("findRouteConflicts", () => {
  test("reports equivalent routes per method, ignoring label names", () => {
    const problems = findRouteConflicts([op("A", "GET", "/foo/{bar}"), op("B", "GET", "/foo/{baz}"), op("C", "PUT", "/foo/{bar}"), op("D", "GET", "/foo/bar")]);
    expect(problems.map((p) => [p.kind, ...p.operations])).toEqual([["conflict", "test#A", "test#B"]]);
  });

  test.each([
    ["/a/b", "/a/b", true],
    ["/a/b", "/a/b/", true],
    ["/a/{x+}", "/a/{y+}", true],
    ["/a/{x+}", "/a/{y}", false],
    ["/a?x=1", "/a?x=1", true],
    ["/a?x=1&y", "/a?y&x=1", true],
    ["/a?x=1", "/a?x=2", false],
    ["/a?x", "/a", false],
    ["/A", "/a", false],
    ["/{x}/b", "/a/{y}", false],
  ])("%s vs %s conflict: %s", (a, b, conflict) => {
    expect(findRouteConflicts([op("A", "GET", a), op("B", "GET", b)]).length > 0).toBe(conflict);
  });

  test("reports invalid patterns and operations without @http instead of throwing", () => {
    const noHttp: OperationSchema = { id: "test#NoHttp", name: "NoHttp", input: UNIT, output: UNIT, errors: [], traits: {} };
    const problems = findRouteConflicts([op("Bad", "GET", "/a/{b}c"), noHttp]);
    expect(problems.map((p) => p.kind)).toEqual(["invalid", "missing-http"]);
    expect(problems[0]!.message).toMatch(/test#Bad: invalid @http uri "\/a\/\{b\}c"/);
  });
});

describe("parseUriPattern", () => {
  test("parses segments and query literals", () => {
    expect(parseUriPattern("/a/{b}/{c+}/d?e=f&g")).toEqual({
      source: "/a/{b}/{c+}/d?e=f&g",
      segments: [
        { kind: "literal", value: "a" },
        { kind: "label", name: "b" },
        { kind: "greedy", name: "c" },
        { kind: "literal", value: "d" },
      ],
      query: [
        { key: "e", value: "f" },
        { key: "g", value: undefined },
      ],
    });
  });

  test.each([
    ["a/b", "must start with"],
    ["/a//b", "empty path segments"],
    ["/a/../b", "dot segments"],
    ["/a#b", "fragment"],
    ["/a?", 'end with "?"'],
    ["/{a+}/{b+}", "at most one greedy"],
    ["/{a}/{a}", "appears twice"],
    ["/a{b}", "whole label"],
    ["/a?x={y}", "must not contain a label"],
    ["/a?x&x", "appears twice"],
  ])("rejects %s (%s)", (uri, why) => {
    expect(() => parseUriPattern(uri)).toThrow(UriPatternError);
    expect(() => parseUriPattern(uri)).toThrow(why);
  });
});
