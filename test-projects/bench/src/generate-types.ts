// `generate --mode types` benchmark (reported, never asserted).
// Run: npm run bench:generate -w test-projects/bench
// Synthetic models at 1x, 4x and 16x size (100, 400, 1600 units of ~20 shapes each) get one
// umbrella service binding every resource, so one package holds the whole model. Reported:
//   - generate(): the pure generator, model in memory -> files in memory;
//   - command:    the built `codegen-plugin/bin/smithy-ts generate` as a run plugin runs it (a new
//                 process, JSON AST on stdin, package written atomically into its directory).
// Each figure is the median of several runs after a warm-up run; linear growth is expected.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "../../../codegen-plugin/src/codegen/index.js";
import { readTemplates } from "../../../codegen-plugin/src/cli/commands/generate-templates.js";
import { loadModel, stringifyJsonAst, writeJsonAst } from "../../../codegen-plugin/src/model/index.js";
import { syntheticModel, type SyntheticSource } from "./synthetic-model.js";

// Resolved from this file (src/ or the bundled dist/, both two levels below the repository).
const TEMPLATES = readTemplates(fileURLToPath(new URL("../../../codegen-plugin/templates/", import.meta.url)));
const BIN = fileURLToPath(new URL("../../../codegen-plugin/bin/smithy-ts", import.meta.url));

interface Timing {
  readonly median: number;
  readonly min: number;
}

async function time(fn: () => unknown, runs: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, min: samples[0]! };
}

const ms = (t: Timing) => `${t.median.toFixed(1).padStart(7)} ms (min ${t.min.toFixed(1)})`;

/** One service binding the resources of every synthetic file (50 units per file). */
function umbrella(units: number): SyntheticSource {
  const resources: string[] = [];
  for (let u = 0; u < units; u++) resources.push(`bench.synthetic.part${Math.floor(u / 50)}#ItemResource${u}`);
  return {
    filename: "umbrella.smithy",
    text: `$version: "2.0"\nnamespace bench.synthetic.all\n\nservice Everything {\n    version: "1"\n    resources: [\n        ${resources.join("\n        ")}\n    ]\n}\n`,
  };
}

async function scaling(): Promise<void> {
  console.log("generate --mode types on synthetic models (one service over the whole model):");
  let base: { pure: number; command: number } | undefined;
  for (const factor of [1, 4, 16]) {
    const units = 100 * factor;
    // Validation is the loader benchmark's subject; generation needs the assembled model only.
    const { model, events } = loadModel([...syntheticModel(units), umbrella(units)], { validate: false });
    const errors = events.filter((e) => e.severity === "ERROR");
    if (errors.length > 0) throw new Error(`synthetic ${factor}x did not load: ${errors[0]!.message}`);
    const options = { mode: "types", service: "bench.synthetic.all#Everything", generatorVersion: "bench", templates: TEMPLATES };
    const files = generate(model, options);
    const bytes = files.reduce((n, f) => n + f.contents.length, 0);
    const runs = factor === 16 ? 3 : 5;
    const pure = await time(() => generate(model, options), runs);

    const json = stringifyJsonAst(writeJsonAst(model));
    const dir = mkdtempSync(join(tmpdir(), "smithy-ts-bench-generate-"));
    const command = await time(() => {
      const r = spawnSync(process.execPath, [BIN, "generate", "--mode", "types", "--service", "bench.synthetic.all#Everything"], { cwd: dir, input: json, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`smithy-ts generate exited ${r.status}: ${r.stderr}`);
    }, runs);
    rmSync(dir, { recursive: true, force: true });

    base ??= { pure: pure.median, command: command.median };
    console.log(
      `  ${`${factor}x`.padStart(3)}: ${String(model.size).padStart(6)} shapes -> ${String(files.length).padStart(5)} files, ` +
        `${(bytes / 1024 / 1024).toFixed(2)} MB`,
    );
    console.log(`       generate(): ${ms(pure)}, ${((pure.median / files.length) * 1000).toFixed(0)} µs per file, ${(pure.median / base.pure).toFixed(1)}x the 1x time`);
    console.log(
      `       command:    ${ms(command)}, ${(command.median / base.command).toFixed(1)}x the 1x time ` +
        `(new process, ${(json.length / 1024 / 1024).toFixed(1)} MB JSON AST in, package on disk)`,
    );
  }
}

await scaling();
