// `smithy-ts build` in-process through the CLI's main(), on IDL projects in temporary directories.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { parseBuildArgs } from "../../src/cli/commands/build.js";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), "smithy-ts-cli-build-"));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function write(path: string, content: string): void {
  mkdirSync(dirname(join(cwd, path)), { recursive: true });
  writeFileSync(join(cwd, path), content);
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => "",
    cwd,
    env: { PATH: process.env["PATH"] },
    isTty: false,
  };
  const code = await main(["build", ...args], io);
  return { code, stdout, stderr };
}

const IDL = `$version: "2"
namespace ex.cli

service Notes {
    version: "1"
    operations: [GetNote]
}

@readonly
operation GetNote {
    input := { @required id: String }
    output := { text: String, @tags(["internal"]) author: String }
}
`;

describe("smithy-ts build", () => {
  test("builds the source projection and configured projections", async () => {
    write("model/notes.smithy", IDL);
    write(
      "smithy-build.json",
      JSON.stringify({ version: "1.0", sources: ["model"], projections: { public: { transforms: [{ name: "excludeShapesByTag", args: { tags: ["internal"] } }] } } }),
    );
    const r = await run([]);
    expect(r.stderr).toMatch(/^built source: \d+ shapes, 3 plugins \(build-info, model, sources\), \d+ ms -> build\/smithy\/source$/m);
    expect(r.stderr).toMatch(/^built public: \d+ shapes, 3 plugins/m);
    expect(r.stderr).toMatch(/built 2 projection\(s\) and ran 6 plugin\(s\) into build\/smithy\n$/);
    expect(r.code).toBe(0);
    const model = JSON.parse(readFileSync(join(cwd, "build/smithy/public/model/model.json"), "utf8")) as { shapes: Record<string, { members?: object }> };
    expect(Object.keys(model.shapes["ex.cli#GetNoteOutput"]!.members!)).toEqual(["text"]);
    expect(readFileSync(join(cwd, "build/smithy/source/sources/notes.smithy"), "utf8")).toBe(IDL);
  });

  test("model errors are printed as events and exit 1", async () => {
    write("model/bad.smithy", `$version: "2"\nnamespace ex\nstructure A { b: }\n`);
    write("smithy-build.json", JSON.stringify({ version: "1.0", sources: ["model"] }));
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[ERROR\] .*model\/bad\.smithy:3:/);
    expect(r.stderr).toMatch(/error: the model has errors \(listed above\), so no projection was built/);
    expect(existsSync(join(cwd, "build"))).toBe(false);
  });

  test("a projection left invalid by its transforms fails with the validators' events", async () => {
    write("model/notes.smithy", IDL + `\nlist Authors { @tags(["internal"]) member: Author }\n@tags(["internal"]) string Author\n`);
    write(
      "smithy-build.json",
      JSON.stringify({ version: "1.0", sources: ["model"], projections: { broken: { transforms: [{ name: "excludeShapesByTag", args: { tags: ["internal"] } }] }, fine: {} } }),
    );
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[ERROR\] ex\.cli#Authors\$member: .*Author.* \| Target\S* model\/notes\.smithy:\d+:\d+/);
    expect(r.stderr).toMatch(/^error: projection "broken": the projected model has errors \(listed above\); no plugin ran and earlier output was kept$/m);
    expect(r.stderr).toMatch(/^built fine: /m);
    expect(existsSync(join(cwd, "build/smithy/broken"))).toBe(false);
  });

  test("configuration errors exit 1 with one message", async () => {
    write("model/notes.smithy", IDL);
    write("smithy-build.json", JSON.stringify({ version: "1.0", sources: ["model"], projections: { p: { transforms: [{ name: "excludeEverything" }] } } }));
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: smithy-build\.json: projection "p", transform 1 \(excludeEverything\): unsupported transform "excludeEverything"/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a missing -c file", async () => {
    const r = await run(["-c", "nope.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: cannot read the config file nope.json: it does not exist or is not readable\n");
  });

  test("usage errors exit 2; --help prints the options", async () => {
    expect((await run(["--frobnicate"])).code).toBe(2);
    expect((await run(["--projection"])).stderr).toMatch(/--projection needs a value/);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: smithy-ts build/);
  });

  test("argument parsing", () => {
    expect(parseBuildArgs(["-c", "a.json", "--config=b.json", "--projection", "p", "--plugin=model", "-o", "out", "--allow-unknown-traits", "m1", "m2"])).toEqual({
      configFiles: ["a.json", "b.json"],
      models: ["m1", "m2"],
      output: "out",
      projection: "p",
      plugin: "model",
      allowUnknownTraits: true,
    });
  });

  test("-o and positional model paths without a config", async () => {
    write("notes.smithy", IDL);
    const r = await run(["-o", "out", "notes.smithy"]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, "out/source")).sort()).toEqual(["build-info", "model", "sources"]);
  });
});
