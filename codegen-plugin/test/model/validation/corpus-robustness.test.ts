// Validators must never throw, whatever the model: every corpus model (including the ones
// that fail to load, validated as far as they assembled) is validated with and without
// stopping at critical errors.
import { readFileSync } from "node:fs";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { loadModel } from "../../../src/model/loader.js";
import { validateModel } from "../../../src/model/validation/index.js";
import { listFiles } from "../loader/corpus-support.js";

const corpus = corpusOrSkip("validator robustness over the corpus");

describe.skipIf(!corpus)("validators never throw", () => {
  for (const dir of ["errorfiles", "loader", "ast-serialization", "idl-serialization"]) {
    test(dir, () => {
      const files = listFiles(`${corpus}/${dir}`, [".smithy", ".json"]);
      const thrown: string[] = [];
      for (const file of files) {
        const loaded = loadModel([{ filename: file, text: readFileSync(file, "utf8") }], { validate: false });
        try {
          validateModel(loaded.model, { continueAfterCriticalErrors: true });
          validateModel(loaded.model, { allowUnknownTraits: true });
        } catch (e) {
          thrown.push(`${file}: ${(e as Error).message}`);
        }
      }
      expect(files.length).toBeGreaterThan(10);
      expect(thrown).toEqual([]);
    }, 120_000);
  }
});
