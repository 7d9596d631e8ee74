// The model commands run in-process: `smithy-ts ast`, `validate` and `idl`.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "smithy-ts-cli-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: readonly string[], stdin = ""): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => stdin,
    cwd: dir,
    env: {},
    isTty: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function write(path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
}

const WEATHER = `$version: "2.0"
namespace example.weather

/// A city.
structure City {
    @required
    name: String
    population: Integer = 0
}
`;

const FORECAST = `$version: "2.0"
namespace example.forecast

use example.weather#City

list Cities {
    member: City
}
`;

describe("smithy-ts ast", () => {
  test("prints the JSON AST of files found in directories, without the prelude", async () => {
    write("model/weather.smithy", WEATHER);
    write("model/nested/forecast.smithy", FORECAST);
    write("model/node_modules/ignored.smithy", "this is not read");
    const r = await run(["ast", "model"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const ast = JSON.parse(r.stdout) as { smithy: string; shapes: Record<string, unknown> };
    expect(ast.smithy).toBe("2.0");
    expect(Object.keys(ast.shapes)).toEqual(["example.forecast#Cities", "example.weather#City"]);
    expect(ast.shapes["example.weather#City"]).toEqual({
      type: "structure",
      members: {
        name: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
        population: { target: "smithy.api#Integer", traits: { "smithy.api#default": 0 } },
      },
      traits: { "smithy.api#documentation": "A city." },
    });
  });

  test("--prelude includes smithy.api shapes", async () => {
    write("weather.smithy", WEATHER);
    const r = await run(["ast", "--prelude", "weather.smithy"]);
    expect(r.code).toBe(0);
    const ast = JSON.parse(r.stdout) as { shapes: Record<string, unknown> };
    expect(ast.shapes["smithy.api#String"]).toEqual({ type: "string" });
  });

  test("reads a JSON AST document from stdin with -", async () => {
    const doc = { smithy: "2.0", shapes: { "a.b#C": { type: "string" } } };
    const r = await run(["ast", "-"], JSON.stringify(doc));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(doc);
  });

  test("model errors: events on stderr, nothing on stdout, exit 1", async () => {
    write("bad.smithy", '$version: "2.0"\nnamespace a.b\nstructure Foo {\n    bar: Missing\n');
    const r = await run(["ast", "bad.smithy"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("[ERROR] -: Syntax error at line 5, column 1: Expected RBRACE('}') but found EOF | Model bad.smithy:5:1");
  });

  test("usage errors exit 2", async () => {
    expect((await run(["ast"])).code).toBe(2);
    expect((await run(["ast", "--bogus", "x.smithy"])).code).toBe(2);
    const missing = await run(["ast", "missing.smithy"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or directory: missing.smithy");
  });
});

describe("smithy-ts validate", () => {
  test("a valid model exits 0 and prints a summary", async () => {
    write("weather.smithy", WEATHER);
    const r = await run(["validate", "weather.smithy"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("Validation passed: no events\n");
  });

  test("unknown traits are errors, or warnings with --allow-unknown-traits", async () => {
    write("t.smithy", '$version: "2.0"\nnamespace a.b\n\n@unknownThing\nstring Foo\n');
    const strict = await run(["validate", "t.smithy"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("[ERROR] a.b#Foo: Unable to resolve trait `a.b#unknownThing`");
    const lenient = await run(["validate", "--allow-unknown-traits", "t.smithy"]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain("[WARNING] a.b#Foo: Unable to resolve trait `a.b#unknownThing`");
  });

  test("--severity selects which events are printed", async () => {
    write("dup.smithy", '$version: "2.0"\nnamespace a.b\nstring Foo\n');
    write("dup2.smithy", '$version: "2.0"\nnamespace a.b\nstring Foo\n');
    const quiet = await run(["validate", "dup.smithy", "dup2.smithy"]);
    expect(quiet.stdout).toBe("");
    const notes = await run(["validate", "--severity", "NOTE", "dup.smithy", "dup2.smithy"]);
    expect(notes.stdout).toContain("[NOTE] a.b#Foo: Ignoring duplicate but equivalent shape definition");
    expect((await run(["validate", "--severity=LOUD", "dup.smithy"])).code).toBe(2);
  });
});

describe("smithy-ts idl", () => {
  test("writes one file per namespace that loads back to the same model", async () => {
    write("model/weather.smithy", WEATHER);
    write("model/forecast.smithy", FORECAST);
    const r = await run(["idl", "--out", "out", "model"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("Wrote 2 files to out\n");
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["example.forecast.smithy", "example.weather.smithy"]);
    expect(readFileSync(join(dir, "out/example.forecast.smithy"), "utf8")).toContain("member: example.weather#City");
    const before = await run(["ast", "model"]);
    const after = await run(["ast", "out"]);
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
  });

  test("metadata goes to metadata.smithy", async () => {
    write("m.smithy", '$version: "2.0"\nmetadata tags = ["a"]\nnamespace a.b\nstring Foo\n');
    const r = await run(["idl", "--out=out", "m.smithy"]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "out/metadata.smithy"), "utf8")).toBe('$version: "2.0"\n\nmetadata tags = [\n    "a"\n]\n');
  });

  test("--out is required", async () => {
    write("weather.smithy", WEATHER);
    const r = await run(["idl", "weather.smithy"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out DIR is required");
  });
});
