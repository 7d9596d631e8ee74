import { describe, expect, test } from "vitest";
import { parseBuildConfig } from "../../src/build/config/build-config.js";
import { planBuild, type PlanOptions } from "../../src/build/plan.js";
import { context, ids, model, shape } from "./support/models.js";

const options: PlanOptions = { rootDir: "/root", env: { PATH: "/usr/bin:/bin" } };
const plan = (json: string, opts: Partial<PlanOptions> = {}) =>
  planBuild(parseBuildConfig(json, "smithy-build.json", "/root/smithy-build.json", { env: {}, rootDir: "/root" }), { ...options, ...opts });
const config = (projections: object, extra: object = {}) => JSON.stringify({ version: "1.0", projections, ...extra });
const rename = (from: string, to: string) => ({ name: "renameShapes", args: { renamed: { [from]: to } } });

describe("projections", () => {
  test("the implicit source projection comes first; abstract projections build nothing", () => {
    const p = plan(config({ a: { abstract: true }, b: {} }));
    expect(p.projections.map((x) => x.name)).toEqual(["source", "b"]);
    expect(p.outputDirectory).toBe("/root/build/smithy");
    expect(plan(config({}), { outputDirectory: "/elsewhere" }).outputDirectory).toBe("/elsewhere");
  });
  test("apply inlines other projections' transforms in order, recursively", () => {
    const p = plan(
      config({
        base: { abstract: true, transforms: [rename("ex#B", "ex#C"), { name: "apply", args: { projections: ["inner"] } }] },
        inner: { abstract: true, transforms: [rename("ex#C", "ex#D")] },
        out: { transforms: [rename("ex#A", "ex#B"), { name: "apply", args: ["base"] }, rename("ex#D", "ex#E")] },
      }),
    );
    const out = p.projections.find((x) => x.name === "out")!;
    expect(out.transforms.map((t) => t.where)).toEqual([
      'smithy-build.json: projection "out", transform 1 (renameShapes)',
      'smithy-build.json: projection "base", transform 1 (renameShapes)',
      'smithy-build.json: projection "inner", transform 1 (renameShapes)',
      'smithy-build.json: projection "out", transform 3 (renameShapes)',
    ]);
    const m = model([shape("ex#A", "string")]);
    const result = out.transforms.reduce((acc, t) => t.run(acc, context(m)), m);
    expect(ids(result)).toEqual(["ex#E"]);
  });
  test("configuration mistakes are reported before anything runs", () => {
    const fails = (json: string, message: RegExp, opts: Partial<PlanOptions> = {}) => expect(() => plan(json, opts)).toThrow(message);
    fails(config({ a: { transforms: [{ name: "apply", args: { projections: ["b"] } }] }, b: { transforms: [{ name: "apply", args: { projections: ["a"] } }] } }), /cyclic apply: a -> b -> a/);
    fails(config({ a: { transforms: [{ name: "apply", args: { projections: ["a"] } }] } }), /projection "a", transform 1 \(apply\): cyclic apply: a -> a/);
    fails(config({ a: { transforms: [{ name: "apply", args: { projections: ["nope"] } }] } }), /cannot apply projection "nope": no projection has that name in smithy-build\.json/);
    fails(config({ a: { transforms: [{ name: "frobnicate" }] } }), /projection "a", transform 1 \(frobnicate\): unsupported transform "frobnicate" \(supported: apply, changeStringEnumsToEnumShapes/);
    fails(config({ a: { transforms: [{ name: "excludeShapesByTag", args: { tags: [1] } }] } }), /transform 1 \(excludeShapesByTag\) args: "tags" must be an array of strings/);
    fails(config({ a: { transforms: [{ name: "flattenAndRemoveMixins", args: ["x"] }] } }), /does not accept a list of strings/);
    fails(config({ source: { transforms: [{ name: "excludeTags" }] } }), /the source projection cannot have transforms/);
    fails(config({ "bad name": {} }), /invalid projection name "bad name"/);
    fails(config({}), /--projection nope: no such projection/, { projection: "nope" });
    fails(config({ a: { abstract: true } }), /that projection is abstract/, { projection: "a" });
    fails(config({}), /--plugin nope: no plugin with that artifact name/, { plugin: "nope" });
  });
});

describe("plugins", () => {
  test("built-ins run everywhere, top-level plugins apply to every projection, projection settings replace them", () => {
    const p = plan(config({ a: { plugins: { "run::gen": { command: ["sh", "-c", "a"] } } } }, { plugins: { "run::gen": { command: ["sh", "-c", "top"] }, "run::other": { command: ["sh"] } } }));
    expect(p.projections.map((x) => [x.name, x.plugins.map((pl) => pl.id.id)])).toEqual([
      ["source", ["build-info", "model", "run::gen", "run::other", "sources"]],
      ["a", ["build-info", "model", "run::gen", "run::other", "sources"]],
    ]);
  });
  test("--projection and --plugin select what runs", () => {
    const p = plan(config({ a: {}, b: {} }), { projection: "b", plugin: "model" });
    expect(p.projections.map((x) => [x.name, x.plugins.map((pl) => pl.id.id)])).toEqual([["b", ["model"]]]);
  });
  test("unknown plugins fail unless ignoreMissingPlugins", () => {
    expect(() => plan(config({ a: { plugins: { "typescript-codegen": {} } } }))).toThrow(
      /smithy-build\.json: projection "a", plugin "typescript-codegen": no plugin named "typescript-codegen" is available; the embedded host provides build-info, model, run, sources/,
    );
    const p = plan(config({ a: { plugins: { "typescript-codegen": {} } } }, { ignoreMissingPlugins: true }));
    expect(p.warnings).toHaveLength(1);
    expect(p.projections[1]!.plugins.map((x) => x.id.id)).toEqual(["build-info", "model", "sources"]);
  });
  test("plugin ids, artifact names and settings are checked", () => {
    const fails = (plugins: object, message: RegExp) => expect(() => plan(config({ a: { plugins } }))).toThrow(message);
    fails({ "run::": { command: ["x"] } }, /invalid plugin id/);
    fails({ "run::model": { command: ["sh"] } }, /plugins "model" and "run::model" both write the artifact "model"/);
    fails({ run: { command: ["sh"] } }, /plugin "run": the run plugin needs an artifact name/);
    fails({ "run::x": {} }, /"command" is required/);
    fails({ "run::x": { command: [] } }, /"command" is required/);
    fails({ "run::x": { command: ["sh"], cwd: "/" } }, /plugin "run::x" settings: unknown key "cwd" \(accepted keys: command, env, sendPrelude\)/);
    fails({ "run::x": { command: ["sh"], env: { A: 1 } } }, /"env" must be an object of strings/);
    fails({ "run::x": { command: ["sh"], sendPrelude: "yes" } }, /"sendPrelude" must be true or false/);
    fails({ "run::x": { command: ["definitely-not-a-command-xyz"] } }, /plugin "run::x": the command "definitely-not-a-command-xyz" was not found/);
    fails({ "model::m": { includePrelude: true } }, /unknown key "includePrelude" \(accepted keys: includePreludeShapes\)/);
  });
});
