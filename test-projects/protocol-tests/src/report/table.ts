// Prints conformance-report.json as the Markdown table the README shows.
// Run: npm run report:table -w test-projects/protocol-tests
import { readReport } from "./report.js";

const report = readReport();
const rows = report.suites.map((s) => {
  const rate = s.total === 0 ? "n/a" : `${((100 * s.passed) / s.total).toFixed(1)}%`;
  const known = s.knownFailures.length === 0 ? "" : s.knownFailures.join(", ");
  return `| ${s.protocol.replace(/^aws\.protocols#/, "")} | ${s.side} | ${s.kind} | ${s.passed} / ${s.total} | ${rate} | ${s.failed} | ${known} |`;
});
process.stdout.write(
  [
    "| Protocol | Side | Kind | Passed | Rate | Unexpected failures | Known failures |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n") + "\n",
);
