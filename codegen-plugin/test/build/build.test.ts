// The build runner end to end on disk, with a stand-in model layer: output layout, plugins,
// the run-plugin contract, and the guarantee that a failed build leaves earlier output intact.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { runBuild, type BuildOptions, type BuildOutcome } from "../../src/build/build.js";
import { fakeModelPort, INVALID_TRAIT } from "./support/fake-model-port.js";

let root: string;
let messages: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "smithy-ts-build-"));
  messages = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: string | object, mode?: number): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  if (mode !== undefined) chmodSync(full, mode);
}
const read = (path: string): string => readFileSync(join(root, path), "utf8");
const json = (path: string): unknown => JSON.parse(read(path));

function build(options: Partial<BuildOptions> = {}): Promise<BuildOutcome> {
  return runBuild({
    rootDir: root,
    configFiles: [],
    models: [],
    allowUnknownTraits: false,
    env: { PATH: process.env["PATH"], HOME: "/home/test", KEEP_ME: "inherited" },
    modelPort: fakeModelPort(),
    report: (t) => messages.push(t),
    ...options,
  });
}

const MODEL = {
  smithy: "2.0",
  metadata: { owner: "team" },
  shapes: {
    "ex#Service": { type: "service", operations: [{ target: "ex#GetThing" }] },
    "ex#GetThing": { type: "operation", input: { target: "ex#Input" } },
    "ex#Input": { type: "structure", members: { name: { target: "smithy.api#String" }, secret: { target: "ex#Secret" } } },
    "ex#Secret": { type: "string", traits: { "smithy.api#tags": ["internal"] } },
  },
};

function project(config: object): void {
  write("model/main.json", MODEL);
  write("model/nested/extra.json", { smithy: "2.0", shapes: { "ex#Extra": { type: "string" } } });
  write("deps/dep.json", { smithy: "2.0", metadata: { fromImport: true }, shapes: { "dep#Dep": { type: "string" } } });
  write("smithy-build.json", { version: "1.0", sources: ["model"], imports: ["deps"], ...config });
}

// Records how it was called; exits with $EXIT_CODE (default 0).
const RECORDER = `#!/bin/sh
cat > stdin.json
pwd > cwd.txt
env | grep -E '^(SMITHY_|KEEP_ME=|EXTRA=)' | sort > env.txt
printf '%s\\n' "$@" > args.txt
echo "recorder says hello"
echo "recorder complains" >&2
exit \${EXIT_CODE:-0}
`;

describe("output layout", () => {
  test("every projection gets model, build-info, sources and its plugins' artifacts", async () => {
    write("scripts/record.sh", RECORDER, 0o755);
    project({
      projections: {
        external: { transforms: [{ name: "excludeShapesByTag", args: { tags: ["internal"] } }], plugins: { "run::gen": { command: ["scripts/record.sh"] } } },
      },
    });
    const outcome = await build();
    expect(messages.filter((m) => m.startsWith("error"))).toEqual([]);
    expect(outcome.exitCode).toBe(0);
    expect(readdirSync(join(root, "build/smithy")).sort()).toEqual(["external", "source"]);
    expect(readdirSync(join(root, "build/smithy/source")).sort()).toEqual(["build-info", "model", "sources"]);
    expect(readdirSync(join(root, "build/smithy/external")).sort()).toEqual(["build-info", "gen", "model", "sources"]);

    // model: the projected JSON AST, prelude omitted.
    const projected = json("build/smithy/external/model/model.json") as { shapes: Record<string, unknown> };
    expect(Object.keys(projected.shapes)).toEqual(["dep#Dep", "ex#Extra", "ex#GetThing", "ex#Input", "ex#Service"]);
    // sources: the source files themselves for `source`, imports excluded...
    expect(read("build/smithy/source/sources/manifest")).toBe("main.json\nnested/extra.json\n");
    expect(read("build/smithy/source/sources/nested/extra.json")).toBe(read("model/nested/extra.json"));
    // ...and the source shapes of the projected model elsewhere.
    expect(read("build/smithy/external/sources/manifest")).toBe("model.json\n");
    const projectedSources = json("build/smithy/external/sources/model.json") as { shapes: Record<string, unknown>; metadata: unknown };
    expect(Object.keys(projectedSources.shapes)).toEqual(["ex#Extra", "ex#GetThing", "ex#Input", "ex#Service"]);
    expect(projectedSources.metadata).toEqual({ owner: "team" });

    const info = json("build/smithy/external/build-info/smithy-build-info.json") as Record<string, unknown>;
    expect(info["version"]).toBe("1.0");
    expect(info["projectionName"]).toBe("external");
    expect(info["serviceShapeIds"]).toEqual(["ex#Service"]);
    expect(info["operationShapeIds"]).toEqual(["ex#GetThing"]);
    expect(info["metadata"]).toEqual({ owner: "team", fromImport: true });
    expect((info["projection"] as Record<string, unknown>)["transforms"]).toEqual([{ name: "excludeShapesByTag", args: { tags: ["internal"] } }]);

    expect(messages.some((m) => /^built external: 5 shapes, 4 plugins \(build-info, model, run::gen, sources\), \d+ ms -> build\/smithy\/external$/.test(m))).toBe(true);
  });

  test("outputDirectory, -o, positional models, --projection and --plugin", async () => {
    project({ outputDirectory: "out", projections: { a: {}, b: {} } });
    write("more/other.json", { smithy: "2.0", shapes: { "ex#Other": { type: "string" } } });
    expect((await build({ models: ["more"] })).exitCode).toBe(0);
    expect(existsSync(join(root, "out/source/model/model.json"))).toBe(true);
    expect(read("out/source/sources/manifest")).toBe("main.json\nnested/extra.json\nother.json\n");
    rmSync(join(root, "out"), { recursive: true });
    expect((await build({ outputDirectory: "custom", projection: "b", plugin: "model" })).exitCode).toBe(0);
    expect(readdirSync(join(root, "custom"))).toEqual(["b"]);
    expect(readdirSync(join(root, "custom/b"))).toEqual(["model"]);
  });

  test("projection imports add to that projection's model only, and are not sources", async () => {
    project({ projections: { withExtra: { imports: ["extra"] } } });
    write("extra/more.json", { smithy: "2.0", shapes: { "more#Thing": { type: "string" } } });
    expect((await build()).exitCode).toBe(0);
    const shapes = (path: string): string[] => Object.keys((json(path) as { shapes: object }).shapes);
    expect(shapes("build/smithy/withExtra/model/model.json")).toContain("more#Thing");
    expect(shapes("build/smithy/source/model/model.json")).not.toContain("more#Thing");
    expect(shapes("build/smithy/withExtra/sources/model.json")).not.toContain("more#Thing");
  });

  test("a missing projection import stops the build before anything is written", async () => {
    project({ projections: { ok: {}, broken: { imports: ["nowhere"] } } });
    expect((await build()).exitCode).toBe(1);
    expect(messages.filter((m) => m.startsWith("error"))).toEqual([
      `error: smithy-build.json: the import path ${join(root, "nowhere")} does not exist; fix or remove it in "imports"`,
    ]);
    expect(existsSync(join(root, "build"))).toBe(false);
  });

  test("a source directory that contains the output directory does not pick up earlier output", async () => {
    write("m/main.json", MODEL);
    write("smithy-build.json", { version: "1.0", sources: ["m"], outputDirectory: "m/out" });
    expect((await build()).exitCode).toBe(0);
    expect((await build()).exitCode).toBe(0);
    expect(read("m/out/source/sources/manifest")).toBe("main.json\n");
  });

  test("several -c files merge", async () => {
    project({});
    write("extra-config.json", { version: "1.0", outputDirectory: "merged", projections: { extra: {} } });
    expect((await build({ configFiles: ["smithy-build.json", "extra-config.json"] })).exitCode).toBe(0);
    expect(readdirSync(join(root, "merged")).sort()).toEqual(["extra", "source"]);
  });

  test("without smithy-build.json, positional models build the source projection", async () => {
    write("m.json", MODEL);
    expect((await build({ models: ["m.json"] })).exitCode).toBe(0);
    expect(read("build/smithy/source/sources/manifest")).toBe("m.json\n");
  });
});

describe("the run plugin contract", () => {
  test("stdin JSON AST, cwd, environment and command resolution match the Java run plugin", async () => {
    write("scripts/record.sh", RECORDER, 0o755);
    project({
      plugins: {
        "run::plain": { command: ["scripts/record.sh", "--flag", "relative/arg"] },
        "run::custom": { command: ["scripts/record.sh"], env: { EXTRA: "1", SMITHY_ARTIFACT_NAME: "overridden" }, sendPrelude: true },
      },
    });
    expect((await build({ projection: "source" })).exitCode).toBe(0);
    const dir = join(root, "build/smithy/source/plain");
    expect(read("build/smithy/source/plain/cwd.txt").trim()).toBe(dir);
    expect(read("build/smithy/source/plain/args.txt")).toBe("--flag\nrelative/arg\n");
    expect(read("build/smithy/source/plain/env.txt").trim().split("\n")).toEqual([
      "KEEP_ME=inherited",
      `SMITHY_ARTIFACT_NAME=plain`,
      "SMITHY_INCLUDES_PRELUDE=false",
      `SMITHY_PLUGIN_DIR=${dir}`,
      "SMITHY_PROJECTION_NAME=source",
      `SMITHY_ROOT_DIR=${root}`,
    ]);
    const sent = JSON.parse(read("build/smithy/source/plain/stdin.json")) as { shapes: Record<string, unknown> };
    expect(Object.keys(sent.shapes)).not.toContain("smithy.api#String");
    expect(Object.keys(sent.shapes)).toContain("ex#Service");

    expect(read("build/smithy/source/custom/env.txt")).toContain("EXTRA=1\n");
    expect(read("build/smithy/source/custom/env.txt")).toContain("SMITHY_ARTIFACT_NAME=overridden\n");
    expect(read("build/smithy/source/custom/env.txt")).toContain("SMITHY_INCLUDES_PRELUDE=true\n");
    const withPrelude = JSON.parse(read("build/smithy/source/custom/stdin.json")) as { shapes: Record<string, unknown> };
    expect(Object.keys(withPrelude.shapes)).toContain("smithy.api#String");
  });

  test("programs on PATH and relative to the plugin directory", async () => {
    project({ plugins: { "run::echo": { command: ["sh", "-c", "cat > got.json"] } } });
    expect((await build({ projection: "source" })).exitCode).toBe(0);
    expect(JSON.parse(read("build/smithy/source/echo/got.json"))).toHaveProperty("shapes");
  });
});

describe("failures leave earlier output intact", () => {
  async function firstBuild(): Promise<string> {
    write("scripts/record.sh", RECORDER, 0o755);
    project({ projections: { p: { plugins: { "run::gen": { command: ["scripts/record.sh"] } } } } });
    expect((await build()).exitCode).toBe(0);
    messages = [];
    return read("build/smithy/p/model/model.json");
  }
  const untouched = (before: string): void => {
    expect(read("build/smithy/p/model/model.json")).toBe(before);
    expect(existsSync(join(root, "build/smithy/p/gen/stdin.json"))).toBe(true);
    expect(existsSync(join(root, "build/smithy/.smithy-ts-previous"))).toBe(false);
  };
  const errorText = (): string => messages.filter((m) => m.startsWith("error")).join("\n");

  test("an unknown key", async () => {
    const before = await firstBuild();
    write("smithy-build.json", { version: "1.0", sources: ["model"], projection: {} });
    expect((await build()).exitCode).toBe(1);
    expect(errorText()).toMatch(/^error: smithy-build\.json: unknown key "projection" \(accepted keys: .*projections/);
    untouched(before);
  });

  test("a missing source", async () => {
    const before = await firstBuild();
    write("smithy-build.json", { version: "1.0", sources: ["model", "missing.smithy"], projections: { p: {} } });
    expect((await build()).exitCode).toBe(1);
    expect(errorText()).toBe(`error: smithy-build.json: the source path ${join(root, "missing.smithy")} does not exist; fix or remove it in "sources"`);
    untouched(before);
  });

  test("a cyclic apply", async () => {
    const before = await firstBuild();
    write("smithy-build.json", {
      version: "1.0",
      sources: ["model"],
      projections: { p: { transforms: [{ name: "apply", args: { projections: ["q"] } }] }, q: { abstract: true, transforms: [{ name: "apply", args: { projections: ["p"] } }] } },
    });
    expect((await build()).exitCode).toBe(1);
    expect(errorText()).toMatch(/cyclic apply: p -> q -> p/);
    untouched(before);
  });

  test("a plugin command that does not exist", async () => {
    const before = await firstBuild();
    write("smithy-build.json", { version: "1.0", sources: ["model"], projections: { p: { plugins: { "run::gen": { command: ["scripts/nope.sh"] } } } } });
    expect((await build()).exitCode).toBe(1);
    expect(errorText()).toMatch(/projection "p", plugin "run::gen": the command "scripts\/nope.sh" was not found/);
    untouched(before);
  });

  test("a plugin that exits 3", async () => {
    const before = await firstBuild();
    write("smithy-build.json", { version: "1.0", sources: ["model"], projections: { p: { plugins: { "run::gen": { command: ["scripts/record.sh"], env: { EXIT_CODE: "3" } } } } } });
    const outcome = await build();
    expect(outcome.exitCode).toBe(1);
    expect(errorText()).toContain('error: smithy-build.json: projection "p", plugin "run::gen": `scripts/record.sh` exited with code 3; its output:\nrecorder says hello\nrecorder complains');
    expect(outcome.projections.map((p) => [p.name, p.ok])).toEqual([
      ["source", true],
      ["p", false],
    ]);
    untouched(before);
  });

  test("a projection whose model fails validation writes nothing; the others still build", async () => {
    const before = await firstBuild();
    write("smithy-build.json", {
      version: "1.0",
      sources: ["model"],
      projections: { p: { transforms: [{ name: "excludeShapesByTag", args: { tags: ["internal"] } }, { name: "changeTypes", args: { shapeTypes: { "ex#Input": "union" } } }] }, ok: {} },
    });
    write("model/broken.json", { smithy: "2.0", shapes: { "ex#Holder": { type: "list", members: { member: { target: "ex#Secret" } } } } });
    const outcome = await build();
    expect(outcome.exitCode).toBe(1);
    expect(messages).toContain("[ERROR] ex#Holder$member: member targets missing ex#Secret | Target model/broken.json:1:1");
    expect(errorText()).toMatch(/projection "p": the projected model has errors \(listed above\); no plugin ran and earlier output was kept/);
    expect(outcome.projections.map((p) => [p.name, p.ok])).toEqual([
      ["source", true],
      ["p", false],
      ["ok", true],
    ]);
    untouched(before);
  });

  test("a model with errors builds nothing", async () => {
    project({});
    write("model/bad.json", { smithy: "2.0", shapes: { "ex#Bad": { type: "string", traits: { [INVALID_TRAIT]: {} } } } });
    expect((await build()).exitCode).toBe(1);
    expect(messages).toContain("[ERROR] ex#Bad: marked invalid | TestInvalid model/bad.json:1:1");
    expect(existsSync(join(root, "build"))).toBe(false);
  });

  test("output moved aside by an interrupted build is restored first", async () => {
    const before = await firstBuild();
    mkdirSync(join(root, "build/smithy/.smithy-ts-previous/p"), { recursive: true });
    // Simulate a crash after the model artifact was moved aside and half rewritten.
    const { renameSync } = await import("node:fs");
    renameSync(join(root, "build/smithy/p/model"), join(root, "build/smithy/.smithy-ts-previous/p/model"));
    write("build/smithy/p/model/model.json", "half-written");
    write("smithy-build.json", { version: "1.0", sources: ["model"], projections: { p: { plugins: { "run::gen": { command: ["scripts/record.sh"], env: { EXIT_CODE: "1" } } } } } });
    expect((await build()).exitCode).toBe(1);
    untouched(before);
  });
});
