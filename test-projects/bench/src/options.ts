// Command-line options every client/server benchmark takes:
//   --quick          a few iterations only (the smoke test's mode: checks the benchmark runs
//                    and writes well-formed results; its numbers mean nothing)
//   --rounds N       repetitions (each reported figure is the median over rounds)
//   --results DIR    where to write <benchmark>.json (default: results/)
import { resolve } from "node:path";
import { defaultResultsDir } from "./paths.js";

export interface BenchOptions {
  readonly quick: boolean;
  readonly rounds: number | undefined;
  readonly resultsDir: string;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let rounds: number | undefined;
  let resultsDir = defaultResultsDir;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") {
      quick = true;
    } else if (arg === "--rounds") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`--rounds needs a positive integer, got ${argv[i]}`);
      rounds = value;
    } else if (arg === "--results") {
      const value = argv[++i];
      if (value === undefined) throw new Error("--results needs a directory");
      resultsDir = resolve(value);
    } else {
      throw new Error(`unknown option ${arg} (expected --quick, --rounds N, --results DIR)`);
    }
  }
  return { quick, rounds, resultsDir };
}
