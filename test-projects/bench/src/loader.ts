// Loader benchmark (reported, never asserted). Run: npm run bench:loader -w test-projects/bench
//   1. load + validate the all-aws protocol-test closure (~150 IDL files, ~1.2 MB);
//   2. read and write a multi-megabyte JSON AST;
//   3. load synthetic models at 1x, 4x and 16x size, to show time grows linearly, and time
//      the validators on the 1x and 4x models.
// Each figure is the median of several runs after warm-up runs. The JSON AST and scaling
// figures leave validation out: they measure the loader (validators are measured separately).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findCorpus } from "@smithy-ts/test-tooling";
// The loader is bundled from source (esbuild), so the benchmark measures the working tree
// without a prior `tsc -b`.
import { loadModel, readJsonAst, stringifyJsonAst, writeIdl, writeJsonAst } from "../../../codegen-plugin/src/model/index.js";
import { validateModel } from "../../../codegen-plugin/src/model/validation/index.js";
import { syntheticModel } from "./synthetic-model.js";

interface Timing {
  readonly median: number;
  readonly min: number;
}

function time(fn: () => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, min: samples[0]! };
}

function ms(t: Timing): string {
  return `${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)})`;
}

function mb(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(2)} MB`;
}

function failIfErrors(events: readonly { severity: string; message: string }[], what: string): void {
  const errors = events.filter((e) => e.severity === "ERROR");
  if (errors.length > 0) throw new Error(`${what} did not load cleanly: ${errors[0]!.message}`);
}

function closureBenchmark(): void {
  const corpus = findCorpus();
  if (!corpus) {
    console.log("all-aws closure: skipped (Smithy corpus not found; set SMITHY_CORPUS)");
    return;
  }
  const list = readFileSync(join(corpus, "protocol-tests/closures/all-aws.txt"), "utf8");
  const sources = list
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => ({ filename: l, text: readFileSync(join(corpus, l), "utf8") }));
  const size = sources.reduce((n, s) => n + s.text.length, 0);
  const first = loadModel(sources);
  failIfErrors(first.events, "all-aws");
  console.log(`all-aws closure: ${sources.length} files, ${mb(size)}, ${first.model.size} shapes`);
  console.log(`  load + validate:     ${ms(time(() => loadModel(sources), 10))}`);
  console.log(`  load only:           ${ms(time(() => loadModel(sources, { validate: false }), 10))}`);
}

function jsonAstBenchmark(): void {
  const model = loadModel(syntheticModel(1600), { validate: false }).model;
  const text = stringifyJsonAst(writeJsonAst(model));
  const doc: unknown = JSON.parse(text);
  failIfErrors(readJsonAst(text, "model.json", { validate: false }).events, "synthetic JSON AST");
  console.log(`JSON AST: ${mb(text.length)}, ${model.size} shapes`);
  console.log(`  read (text -> model):        ${ms(time(() => readJsonAst(text, "model.json", { validate: false }), 5))}`);
  console.log(`  read (parsed JSON -> model): ${ms(time(() => readJsonAst(doc, "model.json", { validate: false }), 5))}`);
  console.log(`  write (model -> text):       ${ms(time(() => stringifyJsonAst(writeJsonAst(model)), 5))}`);
  console.log(`  write IDL (model -> files):  ${ms(time(() => writeIdl(model), 5))}`);
}

function scalingBenchmark(): void {
  console.log("synthetic models (IDL, load without validation):");
  let base: number | undefined;
  for (const factor of [1, 4, 16]) {
    const sources = syntheticModel(100 * factor);
    const first = loadModel(sources);
    failIfErrors(first.events, `synthetic ${factor}x`);
    const size = sources.reduce((n, s) => n + s.text.length, 0);
    const t = time(() => loadModel(sources, { validate: false }), factor === 16 ? 3 : 5, 1);
    base ??= t.median;
    const perThousand = (t.median / first.model.size) * 1000;
    console.log(
      `  ${`${factor}x`.padStart(3)}: ${String(first.model.size).padStart(6)} shapes, ${mb(size).padStart(8)}: ` +
        `${ms(t)}, ${perThousand.toFixed(2)} ms per 1000 shapes, ${(t.median / base).toFixed(1)}x the 1x time`,
    );
  }
  // Validation cost follows the sum of the services' closure sizes (each service's closure is
  // checked for name conflicts). The synthetic files chain into each other, so every service's
  // closure reaches back through all earlier files: that sum grows faster than the model.
  console.log("validators alone (validateModel), one run each:");
  for (const factor of [1, 4, 16]) {
    const model = loadModel(syntheticModel(100 * factor), { validate: false }).model;
    const start = performance.now();
    validateModel(model);
    console.log(`  ${`${factor}x`.padStart(3)}: ${(performance.now() - start).toFixed(1)} ms`);
  }
}

closureBenchmark();
jsonAstBenchmark();
scalingBenchmark();
