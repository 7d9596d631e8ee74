// The root README's `curl` sessions, run against the real server program: every `console` block
// in README.md holds `$ curl ...` commands, each followed by the output it must print. They run
// in order against one fresh server (the README says it was started with POKEMON_NOW, which
// fixes catch times), with localhost:8080 replaced by the port the program picked.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { repoRoot } from "./paths.js";
import { startProgram, type RunningProgram } from "./program.js";

const README = readFileSync(join(repoRoot, "README.md"), "utf8");
const FIXED_NOW = "2024-06-01T12:00:00Z";

interface Example {
  readonly command: string;
  readonly expected: string;
}

/** The `$ command` / output pairs of every ```console block, in README order. */
function consoleExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const block of markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    let current: { command: string; output: string[] } | undefined;
    for (const line of block[1]!.split("\n")) {
      if (line.startsWith("$ ")) {
        if (current) examples.push({ command: current.command, expected: current.output.join("\n") });
        current = { command: line.slice(2), output: [] };
      } else if (current) {
        current.output.push(line);
      } else if (line.trim() !== "") {
        throw new Error(`README.md: a console block starts with output, not a "$ " command: ${line}`);
      }
    }
    if (current) examples.push({ command: current.command, expected: current.output.join("\n") });
  }
  return examples.map((e) => ({ ...e, expected: e.expected.trimEnd() }));
}

/** The request-log excerpt the README shows: the plain block after "the server logs". */
function logExcerpt(markdown: string): string {
  const at = markdown.indexOf("the server logs one line per request");
  const block = /```\n([\s\S]*?)```/.exec(markdown.slice(at));
  if (at < 0 || block === null) throw new Error("README.md: the request-log excerpt is missing");
  return block[1]!.trim();
}

const examples = consoleExamples(README);

describe("README curl examples against the server program", () => {
  let server: RunningProgram;

  beforeAll(async () => {
    server = await startProgram({ env: { POKEMON_NOW: FIXED_NOW } });
  });

  afterAll(async () => {
    server.child.kill("SIGTERM");
    await server.exited;
  });

  test("the README shows curl for every operation of the service", () => {
    expect(examples.length).toBeGreaterThan(10);
    for (const { command } of examples) expect(command).toMatch(/^curl -s /);
  });

  for (const [i, example] of examples.entries()) {
    test(`${i + 1}: ${example.command}`, async () => {
      const command = example.command.replaceAll("localhost:8080", `localhost:${server.port}`);
      // Asynchronously, so that the server's log keeps being read meanwhile.
      const run = await promisify(execFile)("sh", ["-c", command], { encoding: "utf8", timeout: 10_000 });
      expect(run.stderr).toBe("");
      expect(run.stdout.trimEnd()).toBe(example.expected);
    });
  }

  test("every operation of both services was called, and the log matches the README's excerpt", async () => {
    // One log line per request: wait until the last one has come through the pipe.
    await expect.poll(() => server.stdout().split("\n").filter((l) => / -> \d{3} /.test(l)).length).toBe(examples.length);
    const log = server.stdout().split("\n");
    const operations = new Set(log.map((line) => / -> \d{3} (\w+) /.exec(line)?.[1]).filter((op) => op !== undefined));
    expect([...operations].sort()).toEqual([
      "CatchPokemon",
      "CreateTrainer",
      "DeleteTrainer",
      "GetCaughtPokemon",
      "GetServerInfo",
      "GetSpecies",
      "GetSprite",
      "GetTrainer",
      "ListCaughtPokemon",
      "ListSpecies",
      "PutSprite",
      "ReleasePokemon",
      "UpdateTrainer",
    ]);
    expect(log.some((line) => line.startsWith("POST / -> 200 GetSpecies "))).toBe(true);
    // Durations and generated request ids differ run to run; the rest must be as shown.
    const normalize = (line: string): string => line.replace(/ \d+\.\dms /, " Nms ").replace(/req=\S+/, "req=ID");
    expect(log.map(normalize)).toContain(normalize(logExcerpt(README)));
    expect(server.stdout()).not.toContain("pikapika123");
    expect(server.stdout()).not.toContain("wrong-secret");
    expect(server.stdout()).not.toContain("ash@pallet.town");
  });
});
