// Where this project keeps what it generates (gitignored) and what it publishes.
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const PROJECT_DIR = fileURLToPath(new URL("..", import.meta.url));
/**
 * Generated packages, the case manifest and per-suite results of the last run.
 * PROTOCOL_TESTS_GENERATED_DIR moves them elsewhere, so that two runs at once do not clobber
 * each other's packages.
 */
export const GENERATED_DIR = process.env["PROTOCOL_TESTS_GENERATED_DIR"] || join(PROJECT_DIR, "generated");
export const MANIFEST_FILE = join(GENERATED_DIR, "manifest.json");
export const RESULTS_DIR = join(GENERATED_DIR, "results");
export const KNOWN_FAILURES_DIR = join(PROJECT_DIR, "known-failures");
/** Totals per protocol, side and kind; the README's conformance table is made from it. */
export const REPORT_FILE = join(PROJECT_DIR, "conformance-report.json");
