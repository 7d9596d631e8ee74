// Rewrites the README's generated tables: `npm run readme` at the repository root.
//   --bench   first refresh the committed benchmark snapshot from test-projects/bench/results/
//             (after `npm run bench -w test-projects/bench` on the machine you want to report)
//   --check   change nothing; exit 1 when the README's tables are stale
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { BENCH_RESULTS_DIR, BENCH_SNAPSHOT, BENCHMARKS, currentSections, README, ReadmeTableError, readBenchResults, REGENERATE, replaceSections } from "./readme-tables.js";
import { repoRoot } from "./corpus.js";

function run(args: readonly string[]): number {
  const unknown = args.filter((a) => a !== "--bench" && a !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(`error: unknown option ${unknown[0]} (expected --bench or --check)\n`);
    return 2;
  }
  if (args.includes("--bench")) {
    const snapshot = readBenchResults(BENCH_RESULTS_DIR);
    const missing = BENCHMARKS.filter((name) => snapshot[name] === undefined);
    if (missing.length === BENCHMARKS.length) {
      process.stderr.write(`error: no results in ${relative(repoRoot, BENCH_RESULTS_DIR)}: run \`npm run bench -w test-projects/bench\` first\n`);
      return 1;
    }
    if (missing.length > 0) process.stderr.write(`warning: no results for ${missing.join(", ")}; the README will not show them\n`);
    mkdirSync(dirname(BENCH_SNAPSHOT), { recursive: true });
    writeFileSync(BENCH_SNAPSHOT, `${JSON.stringify(snapshot, null, 2)}\n`);
    process.stdout.write(`benchmark snapshot written to ${relative(repoRoot, BENCH_SNAPSHOT)}\n`);
  }
  const readme = readFileSync(README, "utf8");
  const updated = replaceSections(readme, currentSections());
  if (args.includes("--check")) {
    if (updated === readme) return 0;
    process.stderr.write(`README.md's generated tables are stale: run \`${REGENERATE}\`\n`);
    return 1;
  }
  if (updated === readme) {
    process.stdout.write("README.md: generated tables already up to date\n");
  } else {
    writeFileSync(README, updated);
    process.stdout.write("README.md: generated tables updated\n");
  }
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof ReadmeTableError)) throw e;
  process.stderr.write(`error: ${e.message}\n`);
  process.exitCode = 1;
}
