// Locates Smithy's conformance corpus (../shared/smithy-corpus beside the repository,
// or $SMITHY_CORPUS). Tests that need it call `corpusOrSkip` so a missing corpus is
// announced once, clearly, and only those tests are skipped.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Absolute path of the corpus, or undefined when it is not present. */
export function findCorpus(): string | undefined {
  const candidates = [process.env["SMITHY_CORPUS"], join(repoRoot, "../shared/smithy-corpus")];
  for (const c of candidates) {
    if (c && existsSync(join(c, "README.md"))) return resolve(c);
  }
  return undefined;
}

let warned = false;

/**
 * Returns the corpus path; when absent, prints why tests are skipped (once per worker)
 * and returns undefined so the caller can use `describe.skipIf(!corpus)`.
 */
export function corpusOrSkip(what: string): string | undefined {
  const corpus = findCorpus();
  if (!corpus && !warned) {
    warned = true;
    process.stderr.write(
      `SKIPPING ${what}: Smithy corpus not found at ${join(repoRoot, "../shared/smithy-corpus")} ` +
        `(set SMITHY_CORPUS to its path to run these tests)\n`,
    );
  }
  return corpus;
}
