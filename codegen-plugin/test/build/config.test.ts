import { describe, expect, test } from "vitest";
import { mergeBuildConfigs, parseBuildConfig, type BuildConfig } from "../../src/build/config/build-config.js";
import { expandVariables } from "../../src/build/config/expand-variables.js";
import { parseJsonWithComments } from "../../src/build/config/json-with-comments.js";

const vars = { env: { FOO: "hi", EMPTY: "" }, rootDir: "/root" };
const parse = (json: string, name = "smithy-build.json", path = "/proj/smithy-build.json"): BuildConfig => parseBuildConfig(json, name, path, vars);

describe("JSON with comments", () => {
  test("accepts // comments outside strings", () => {
    expect(parseJsonWithComments('{ // a comment\n "a": "//not a comment", "b": [1, 2.5e1, true, null] // end\n}', "f.json")).toEqual({
      a: "//not a comment",
      b: [1, 25, true, null],
    });
  });
  test("errors carry file:line:column", () => {
    expect(() => parseJsonWithComments('{\n  "a": 1,\n  "b" 2\n}', "cfg.json")).toThrow(/^cfg\.json:3:7: invalid JSON: expected ':'/);
    expect(() => parseJsonWithComments('{"a": 1, "a": 2}', "cfg.json")).toThrow(/cfg\.json:1:10: invalid JSON: duplicate key "a"/);
    expect(() => parseJsonWithComments('{"a": [1,]}', "cfg.json")).toThrow(/expected a value/);
    expect(() => parseJsonWithComments('{"a": "x', "cfg.json")).toThrow(/unterminated string/);
  });
  test("__proto__ is an ordinary key", () => {
    const v = parseJsonWithComments('{"__proto__": {"x": 1}}', "f.json") as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });
});

describe("variable expansion", () => {
  test("expands ${NAME} in keys and values; \\${NAME} is literal", () => {
    expect(expandVariables({ "${FOO}": ["${FOO}-${FOO}", "\\${FOO}", "${SMITHY_ROOT_DIR}/x", "$FOO", "${EMPTY}"] }, vars, "f")).toEqual({
      hi: ["hi-hi", "${FOO}", "/root/x", "$FOO", ""],
    });
  });
  test("an unset variable is an error naming it", () => {
    expect(() => expandVariables("${NOPE}", vars, "smithy-build.json")).toThrow(/smithy-build\.json: the placeholder \$\{NOPE\} names an environment variable that is not set/);
  });
});

describe("smithy-build.json", () => {
  test("a full configuration", () => {
    const c = parse(`{
      "version": "1.0",
      "outputDirectory": "out",
      "sources": ["model", "/abs/extra.smithy"],
      "imports": ["deps"],
      "ignoreMissingPlugins": true,
      "maven": {"dependencies": ["software.amazon.smithy:smithy-aws-traits:1.50.0"], "repositories": [{"url": "https://repo"}]},
      "plugins": {"model::withPrelude": {"includePreludeShapes": true}},
      "projections": {
        "base": {"abstract": true, "transforms": [{"name": "excludeShapesByTag", "args": {"tags": ["internal"]}}]},
        "external": {"imports": ["more"], "transforms": [{"name": "apply", "args": {"projections": ["base"]}}], "plugins": {"run::x": {"command": ["true"]}}}
      }
    }`);
    expect(c.outputDirectory).toBe("/proj/out");
    expect(c.sources).toEqual([
      { path: "/proj/model", declaredIn: "smithy-build.json" },
      { path: "/abs/extra.smithy", declaredIn: "smithy-build.json" },
    ]);
    expect(c.imports.map((i) => i.path)).toEqual(["/proj/deps"]);
    expect(c.ignoreMissingPlugins).toBe(true);
    expect([...c.plugins.keys()]).toEqual(["model::withPrelude"]);
    const external = c.projections.get("external")!;
    expect(external.imports.map((i) => i.path)).toEqual(["/proj/more"]);
    expect(external.transforms[0]!.where).toBe('smithy-build.json: projection "external", transform 1 (apply)');
    expect(c.projections.get("base")!.abstract).toBe(true);
  });
  test("unknown keys are errors naming the key, the place and the file", () => {
    expect(() => parse('{"version": "1.0", "projectons": {}}')).toThrow(/^smithy-build\.json: unknown key "projectons" \(accepted keys: .*projections/);
    expect(() => parse('{"version": "1.0", "projections": {"p": {"transform": []}}}')).toThrow(/smithy-build\.json: projection "p": unknown key "transform"/);
    expect(() => parse('{"version": "1.0", "projections": {"p": {"transforms": [{"name": "x", "arg": {}}]}}}')).toThrow(
      /projection "p", transform 1: unknown key "arg"/,
    );
  });
  test("malformed values are errors naming the key", () => {
    expect(() => parse("{}")).toThrow(/missing required "version"/);
    expect(() => parse('{"version": "2.0"}')).toThrow(/"version" is "2.0", but the only supported smithy-build version is "1.0"/);
    expect(() => parse('{"version": "1.0", "sources": "model"}')).toThrow(/"sources" must be an array of strings, found a string \("model"\)/);
    expect(() => parse('{"version": "1.0", "sources": ["a", 1]}')).toThrow(/element 1 is a number/);
    expect(() => parse('{"version": "1.0", "ignoreMissingPlugins": "yes"}')).toThrow(/"ignoreMissingPlugins" must be true or false/);
    expect(() => parse('{"version": "1.0", "outputDirectory": ""}')).toThrow(/"outputDirectory" must not be empty/);
    expect(() => parse('{"version": "1.0", "plugins": {"model": true}}')).toThrow(/plugins, "model": expected an object, found a boolean/);
    expect(() => parse('{"version": "1.0", "projections": {"p": {"transforms": [{"args": {}}]}}}')).toThrow(/transform 1: missing required "name"/);
    expect(() => parse('{"version": "1.0", "projections": {"p": {"transforms": [{"name": "x", "args": 3}]}}}')).toThrow(/"args" must be an object/);
    expect(() => parse('{"version": "1.0", "maven": {"repositories": [{"uri": "x"}]}}')).toThrow(/maven.repositories\[0\]: missing required "url"/);
  });
  test("abstract projections must not have plugins or imports", () => {
    expect(() => parse('{"version": "1.0", "projections": {"a": {"abstract": true, "plugins": {"x": {}}}}}')).toThrow(/projection "a": an abstract projection must not define plugins or imports/);
  });
});

describe("merging several configs", () => {
  test("later files win for scalars, lists accumulate, projections and plugins replace by name", () => {
    const a = parse(
      '{"version": "1.0", "outputDirectory": "a-out", "sources": ["m"], "plugins": {"run::x": {"command": ["a"]}, "run::y": {"command": ["a"]}}, "projections": {"p": {"transforms": [{"name": "includeTags"}]}, "q": {}}}',
      "a.json",
      "/a/a.json",
    );
    const b = parse('{"version": "1.0", "sources": ["n"], "imports": ["i"], "ignoreMissingPlugins": true, "plugins": {"run::x": {"command": ["b"]}}, "projections": {"p": {}}}', "b.json", "/b/b.json");
    const c = mergeBuildConfigs([a, b]);
    expect(c.files).toEqual(["a.json", "b.json"]);
    expect(c.outputDirectory).toBe("/a/a-out");
    expect(c.sources.map((s) => s.path)).toEqual(["/a/m", "/b/n"]);
    expect(c.imports.map((s) => s.path)).toEqual(["/b/i"]);
    expect(c.ignoreMissingPlugins).toBe(true);
    expect(c.plugins.get("run::x")!.settings).toEqual({ command: ["b"] });
    expect(c.plugins.get("run::y")!.file).toBe("a.json");
    expect(c.projections.get("p")!.transforms).toEqual([]);
    expect(c.projections.has("q")).toBe(true);
    expect(mergeBuildConfigs([b, a]).outputDirectory).toBe("/a/a-out");
  });
});
