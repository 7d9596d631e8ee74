// `smithy-ts generate` in-process, through the CLI's main() with fake I/O.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import { parseGenerateArgs } from "../../src/cli/commands/generate.js";

const MODEL = JSON.stringify({
  smithy: "2.0",
  shapes: {
    "example.cli#Greeter": { type: "service", version: "1", operations: [{ target: "example.cli#Greet" }] },
    "example.cli#Greet": { type: "operation", input: { target: "example.cli#GreetInput" }, output: { target: "example.cli#GreetOutput" } },
    "example.cli#GreetInput": {
      type: "structure",
      members: { name: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
      traits: { "smithy.api#input": {} },
    },
    "example.cli#GreetOutput": {
      type: "structure",
      members: { greeting: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
      traits: { "smithy.api#output": {} },
    },
  },
});

const TWO_SERVICES = JSON.stringify({
  smithy: "2.0",
  shapes: { "a.b#One": { type: "service", version: "1" }, "a.b#Two": { type: "service", version: "1" } },
});

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), "smithy-ts-cli-generate-"));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(args: string[], options: { stdin?: string; env?: Record<string, string>; dir?: string } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => options.stdin ?? "",
    cwd: options.dir ?? cwd,
    env: options.env ?? {},
    isTty: false,
  };
  const code = await main(["generate", ...args], io);
  return { code, stdout, stderr };
}

const read = (...p: string[]) => readFileSync(join(cwd, ...p), "utf8");
/** Entries of cwd, to prove no temporary directories are left behind. */
const entries = () => readdirSync(cwd).sort();

describe("smithy-ts generate", () => {
  test("reads stdin and writes the package to a relative --out", async () => {
    const r = await run(["--mode", "types", "--out", "pkg/types"], { stdin: MODEL });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/types package \(\d+ files\) written to .*pkg\/types/);
    expect(read("pkg/types/src/types/GreetOutput.ts")).toContain("export interface GreetOutput {\n  greeting: string;\n}");
    expect(JSON.parse(read("pkg/types/package.json")).name).toBe("greeter-types");
    expect(readdirSync(join(cwd, "pkg"))).toEqual(["types"]);
  });

  test("writes into the current directory by default (the run plugin's plugin directory)", async () => {
    const r = await run(["--mode=types"], { stdin: MODEL });
    expect(r.code).toBe(0);
    expect(entries()).toEqual(["README.md", "package.json", "src", "tsconfig.json"]);
  });

  test("options come from SMITHY_TS_* variables; flags win", async () => {
    writeFileSync(join(cwd, "model.json"), MODEL);
    const env = {
      SMITHY_TS_MODE: "types",
      SMITHY_TS_MODEL: "model.json",
      SMITHY_TS_OUT: "from-env",
      SMITHY_TS_PACKAGE: "env-name",
      SMITHY_TS_PACKAGE_VERSION: "1.2.3",
      SMITHY_TS_SERVICE: "example.cli#Greeter",
    };
    const r = await run(["--package", "flag-name"], { env });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const pkg = JSON.parse(read("from-env/package.json")) as { name: string; version: string };
    expect([pkg.name, pkg.version]).toEqual(["flag-name", "1.2.3"]);
  });

  test("--nullability server makes required input members required", async () => {
    expect((await run(["--mode", "types", "--nullability", "server", "--out", "o"], { stdin: MODEL })).code).toBe(0);
    expect(read("o/src/types/GreetInput.ts")).toContain("  name: string;");
  });

  test.each([
    [["--mode", "types", "--bogus", "1"], /unknown option --bogus/],
    [["--mode", "types", "extra"], /unexpected argument "extra"/],
    [["--mode"], /--mode needs a value/],
    [["--mode", "types", "--mode", "types"], /--mode given more than once/],
    [[], /--mode is required \(one of: client, server, types\)/],
    [["--mode", "rust"], /unknown mode "rust"/],
    [["--mode", "types", "--nullability", "maybe"], /--nullability must be "client" or "server"/],
    [["--mode", "types", "--package", "Not Valid"], /is not a valid npm package name/],
  ])("usage error: %j", async (args, message) => {
    const r = await run(args, { stdin: MODEL });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Run `smithy-ts generate --help` for usage.");
    expect(entries()).toEqual([]);
  });

  test("several services without --service: a usage error listing them", async () => {
    const r = await run(["--mode", "types"], { stdin: TWO_SERVICES });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the model has 2 services; choose one with --service (services in the model: a.b#One, a.b#Two)");
  });

  test("no model at all, or an unreadable --model file, is a usage error", async () => {
    expect((await run(["--mode", "types"])).stderr).toMatch(/no model on stdin/);
    const r = await run(["--mode", "types", "--model", "missing.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read the model file .*missing\.json/);
  });

  test("a model the loader rejects exits 1 with its events and writes nothing", async () => {
    const r = await run(["--mode", "types", "--out", "o"], { stdin: '{"smithy": "2.0", "shapes": {"a#B": {"type": "nonsense"}}}' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the model has \d+ error\(s\):\n\[ERROR\]/);
    expect(entries()).toEqual([]);
  });

  test("a model the generator cannot handle exits 1 naming the problem and writes nothing", async () => {
    const broken = JSON.stringify({
      smithy: "2.0",
      shapes: {
        "a#S": { type: "service", version: "1", operations: [{ target: "a#Op" }] },
        "a#Op": { type: "operation", input: { target: "a#In" } },
        "a#In": { type: "structure", members: { m: { target: "a#Missing" } } },
      },
    });
    const r = await run(["--mode", "types", "--out", "o"], { stdin: broken });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a#Missing/);
    expect(entries()).toEqual([]);
  });

  test("--help prints the options with their environment variables", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--package-version V");
    expect(r.stdout).toContain("[SMITHY_TS_PACKAGE_VERSION]");
  });
});

describe("atomic output", () => {
  test("an earlier smithy-ts package is replaced, with no stale files and no temporary directories left", async () => {
    expect((await run(["--mode", "types", "--out", "o"], { stdin: MODEL })).code).toBe(0);
    writeFileSync(join(cwd, "o/src/types/Stale.ts"), "// generated by smithy-ts 0; do not edit\n");
    expect((await run(["--mode", "types", "--out", "o", "--package-version", "2.0.0"], { stdin: MODEL })).code).toBe(0);
    expect(existsSync(join(cwd, "o/src/types/Stale.ts"))).toBe(false);
    expect(JSON.parse(read("o/package.json")).version).toBe("2.0.0");
    expect(entries()).toEqual(["o"]);
  });

  test("a failed generation leaves the earlier output untouched", async () => {
    expect((await run(["--mode", "types", "--out", "o"], { stdin: MODEL })).code).toBe(0);
    const before = read("o/src/types/GreetInput.ts");
    expect((await run(["--mode", "types", "--out", "o"], { stdin: TWO_SERVICES })).code).toBe(2);
    expect((await run(["--mode", "types", "--out", "o"], { stdin: "{ not json" })).code).toBe(1);
    expect(read("o/src/types/GreetInput.ts")).toBe(before);
    expect(entries()).toEqual(["o"]);
  });

  test("a non-empty directory that is not a smithy-ts package is never replaced", async () => {
    mkdirSync(join(cwd, "mine"));
    writeFileSync(join(cwd, "mine/notes.txt"), "precious");
    const r = await run(["--mode", "types", "--out", "mine"], { stdin: MODEL });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to replace .*mine: it is not empty and does not hold an earlier smithy-ts package/);
    expect(readdirSync(join(cwd, "mine"))).toEqual(["notes.txt"]);
    expect(entries()).toEqual(["mine"]);
  });

  test("an existing empty directory is filled", async () => {
    mkdirSync(join(cwd, "empty"));
    expect((await run(["--mode", "types", "--out", "empty"], { stdin: MODEL })).code).toBe(0);
    expect(existsSync(join(cwd, "empty/src/index.ts"))).toBe(true);
  });

  test("the current directory stays the same directory when filled and when replaced", async () => {
    const inode = statSync(cwd).ino;
    expect((await run(["--mode", "types"], { stdin: MODEL })).code).toBe(0);
    expect((await run(["--mode", "types", "--package-version", "3.0.0"], { stdin: MODEL })).code).toBe(0);
    expect(statSync(cwd).ino).toBe(inode);
    expect(JSON.parse(read("package.json")).version).toBe("3.0.0");
    expect(entries()).toEqual(["README.md", "package.json", "src", "tsconfig.json"]);
    expect(readdirSync(tmpdir()).filter((e) => e.startsWith(`.${basename(cwd)}.smithy-ts-`))).toEqual([]);
  });

  test("a file in the way is an error", async () => {
    writeFileSync(join(cwd, "file"), "x");
    const r = await run(["--mode", "types", "--out", "file"], { stdin: MODEL });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/exists and is not a directory/);
  });
});

describe("argument parsing", () => {
  test("empty environment variables are ignored", () => {
    expect(parseGenerateArgs(["--mode", "types"], { SMITHY_TS_OUT: "" })).toEqual({ mode: "types" });
  });
});
