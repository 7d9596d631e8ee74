// Prints the single summary line CI and the README rely on:
//   tests: N passed, M failed[, K skipped]
// Counts come from vitest's own results, so they are the true totals of the run.
// Unhandled errors and files that fail to load count as failures: a broken file
// must never make the line look greener than the run was.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let cases = 0;
      for (const test of mod.children.allTests()) {
        cases++;
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // A module that errored before registering tests (syntax error, failing import)
      // has no test cases but must still be reported as a failure.
      if (cases === 0 && mod.state() === "failed") failed++;
    }
    failed += unhandledErrors.length;
    const parts = [`${passed} passed`, `${failed} failed`];
    if (skipped > 0) parts.push(`${skipped} skipped`);
    process.stdout.write(`tests: ${parts.join(", ")}\n`);
  }
}
