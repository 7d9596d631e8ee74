// errorfiles/validators: loading and validating each X.smithy / X.json must produce exactly
// the events in X.errors (matched as Smithy's own runner matches them; see errorfiles-support).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { listFiles } from "../loader/corpus-support.js";
import { runErrorfile } from "./errorfiles-support.js";

const corpus = corpusOrSkip("errorfiles/validators corpus tests");

/**
 * Cases smithy-ts does not pass yet, each with a one-line reason. They run expecting
 * failure, so fixing one makes its test fail until it is removed from this list.
 */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

describe.skipIf(!corpus)("errorfiles/validators", () => {
  const dir = join(corpus ?? "", "errorfiles/validators");
  const models = corpus ? listFiles(dir, [".smithy", ".json"]) : [];
  for (const modelPath of models) {
    const base = modelPath.replace(/\.(smithy|json)$/, "");
    if (!existsSync(`${base}.errors`)) continue;
    const name = base.slice(dir.length + 1);
    const check = (): void => {
      expect(runErrorfile(modelPath, `${base}.errors`)).toEqual({ missing: [], unexpected: [] });
    };
    const known = KNOWN_FAILURES[name];
    if (known !== undefined) test.fails(`${name} (known failure: ${known})`, check);
    else test(name, check);
  }
});
