// The CLI's front door and terminal behavior: help, version, "did you mean", colour and
// progress lines only on a terminal.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { closestWord, colourEnabled, formatMillis, paintDiagnostics, Progress } from "../../src/cli/terminal.js";

const ESC = "\x1b[";

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), "smithy-ts-cli-terminal-"));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

async function run(args: string[], options: { isTty?: boolean; env?: Record<string, string> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => "",
    cwd,
    env: { PATH: process.env["PATH"], ...options.env },
    isTty: options.isTty ?? false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function write(path: string, content: string): void {
  mkdirSync(dirname(join(cwd, path)), { recursive: true });
  writeFileSync(join(cwd, path), content);
}

const packageVersion = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

describe("help and version", () => {
  test("--version, -v and version print the package version", async () => {
    for (const flag of ["--version", "-v", "version"]) {
      expect(await run([flag])).toEqual({ code: 0, stdout: `smithy-ts ${packageVersion}\n`, stderr: "" });
    }
  });

  test("--help lists every command with its summary; no arguments prints it as a usage error", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    for (const name of ["ast", "validate", "idl", "build", "generate"]) expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    expect(help.stdout).toContain(`smithy-ts ${packageVersion}`);
    const bare = await run([]);
    expect(bare).toEqual({ code: 2, stdout: help.stdout, stderr: "" });
  });

  test("`help <command>` is `<command> --help`", async () => {
    for (const name of ["build", "generate", "ast"]) {
      const viaHelp = await run(["help", name]);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe((await run([name, "--help"])).stdout);
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: smithy-ts ${name}`));
    }
  });

  test("an unknown command is a usage error that suggests the likely one", async () => {
    const typo = await run(["biuld"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^error: unknown command "biuld"\. Did you mean `smithy-ts build`\?\n/);
    const nonsense = await run(["frobnicate"]);
    expect(nonsense.stderr).toMatch(/^error: unknown command "frobnicate"\.\n/);
    expect((await run(["help", "genrate"])).stderr).toContain("Did you mean `smithy-ts generate`?");
  });

  test("a bad option names the command and how to get its usage", async () => {
    const r = await run(["build", "--frob"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: smithy-ts build: unknown option --frob\nRun `smithy-ts build --help` for usage.\n");
  });
});

describe("colour", () => {
  test("only on a terminal, and never with NO_COLOR", () => {
    expect(colourEnabled({ isTty: true, env: {} })).toBe(true);
    expect(colourEnabled({ isTty: false, env: {} })).toBe(false);
    expect(colourEnabled({ isTty: true, env: { NO_COLOR: "1" } })).toBe(false);
  });

  test("diagnostic markers are coloured at line starts only", () => {
    const text = "[ERROR] a#B: bad | Id a.smithy:1:2\n[WARNING] w\nerror: the model has errors\nbuilt x: 1 shapes\nnot an error: here\n";
    const painted = paintDiagnostics(text, true);
    expect(painted).toContain(`${ESC}31m[ERROR]${ESC}0m a#B`);
    expect(painted).toContain(`${ESC}33m[WARNING]${ESC}0m w`);
    expect(painted).toContain(`${ESC}31merror:${ESC}0m the model`);
    expect(painted).toContain(`${ESC}32mbuilt${ESC}0m x`);
    expect(painted).toContain("\nnot an error: here\n");
    expect(paintDiagnostics(text, false)).toBe(text);
  });

  test("a command's diagnostics are coloured on a terminal and plain otherwise", async () => {
    write("model/a.smithy", '$version: "2"\nnamespace a\nstructure Foo {\n    bar: Strin\n}\n');
    const plain = await run(["ast", "model"]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).not.toContain(ESC);
    expect(plain.stderr).toMatch(/^\[ERROR\] a#Foo\$bar: .*model\/a\.smithy:4:5$/m);
    const tty = await run(["ast", "model"], { isTty: true });
    expect(tty.stderr).toContain(`${ESC}31m[ERROR]${ESC}0m a#Foo$bar`);
    expect((await run(["ast", "model"], { isTty: true, env: { NO_COLOR: "1" } })).stderr).toBe(plain.stderr);
  });
});

describe("build progress", () => {
  // A run:: plugin that succeeds without doing anything: node reads the model and exits.
  const config = {
    version: "1.0",
    sources: ["model"],
    projections: { p: { plugins: { "run::noop": { command: [process.execPath, "-e", "process.stdin.resume()"] } } } },
  };

  test("on a terminal: a line per run:: plugin with its directory, and a status line cleared before the summary", async () => {
    write("model/a.smithy", '$version: "2"\nnamespace a\nstring Name\n');
    write("smithy-build.json", JSON.stringify(config));
    const r = await run(["build"], { isTty: true, env: { NO_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\x1b\[Kbuilding p \(4 plugins\)\.\.\./);
    expect(r.stderr).toMatch(/\r\x1b\[K {2}p: run::noop \d+ ms -> build\/smithy\/p\/noop\n/);
    // What remains on screen once status lines are erased: the persistent lines, in order.
    const screen = r.stderr.split("\n").map((line) => line.slice(line.lastIndexOf("\r\x1b[K") + 1).replace(/^\x1b\[K/, ""));
    expect(screen.filter((l) => l !== "").map((l) => l.replace(/\d+ ms/, "N ms"))).toEqual([
      "built source: 1 shapes, 3 plugins (build-info, model, sources), N ms -> build/smithy/source",
      "  p: run::noop N ms -> build/smithy/p/noop",
      "built p: 1 shapes, 4 plugins (build-info, model, run::noop, sources), N ms -> build/smithy/p",
      "built 2 projection(s) and ran 7 plugin(s) into build/smithy",
    ]);
  });

  test("without a terminal: only the summaries, no control characters", async () => {
    write("model/a.smithy", '$version: "2"\nnamespace a\nstring Name\n');
    write("smithy-build.json", JSON.stringify(config));
    const r = await run(["build"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/[\r\x1b]/);
    expect(r.stderr.trimEnd().split("\n").map((l) => l.split(":")[0])).toEqual(["built source", "built p", "built 2 projection(s) and ran 7 plugin(s) into build/smithy"]);
  });

  test("Progress writes nothing without a terminal", () => {
    let written = "";
    const progress = new Progress({ stdout: () => undefined, stderr: (t) => void (written += t), readStdin: async () => "", cwd, env: {}, isTty: false });
    progress.status("working");
    progress.line("done");
    progress.clear();
    expect(written).toBe("");
  });
});

describe("helpers", () => {
  test("closestWord suggests near misses only", () => {
    const words = ["ast", "validate", "idl", "build", "generate"];
    expect(closestWord("biuld", words)).toBe("build");
    expect(closestWord("valdate", words)).toBe("validate");
    expect(closestWord("GENERATE", words)).toBe("generate");
    expect(closestWord("xyz", words)).toBeUndefined();
    expect(closestWord("zz", words)).toBeUndefined();
  });

  test("formatMillis", () => {
    expect(formatMillis(12.4)).toBe("12 ms");
    expect(formatMillis(1234)).toBe("1.2 s");
  });
});
