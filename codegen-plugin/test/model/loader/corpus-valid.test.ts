// loader/valid: X.smithy and X.json (each loaded with __shared.json) must give the same model;
// loader/forwardrefs: the files of each directory load to the model in its result.json (both
// sides loaded with valid/__shared.json, which defines the foo.example shapes they refer to).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { writeJsonAst } from "../../../src/model/ast/writer.js";
import { blocking, listFiles, loadFiles } from "./corpus-support.js";

const corpus = corpusOrSkip("loader corpus tests");

/** Cases we know we do not handle yet, with the reason. They run expecting failure. */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

function comparePair(smithyPath: string, jsonPath: string, shared: string): void {
  const fromIdl = loadFiles([smithyPath, shared]);
  const fromJson = loadFiles([jsonPath, shared]);
  expect(blocking(fromIdl.events)).toEqual([]);
  expect(blocking(fromJson.events)).toEqual([]);
  expect(writeJsonAst(fromIdl.model)).toEqual(writeJsonAst(fromJson.model));
}

describe.skipIf(!corpus)("loader/valid", () => {
  const dir = join(corpus ?? "", "loader/valid");
  const shared = join(dir, "__shared.json");
  const pairs = corpus
    ? listFiles(dir, [".smithy"]).filter((p) => !p.endsWith(".flattened.smithy") && existsSync(p.replace(/\.smithy$/, ".json")))
    : [];
  for (const smithyPath of pairs) {
    const name = smithyPath.slice(dir.length + 1);
    const known = KNOWN_FAILURES[name];
    const run = (): void => comparePair(smithyPath, smithyPath.replace(/\.smithy$/, ".json"), shared);
    if (known) test.fails(`${name} (known failure: ${known})`, run);
    else test(name, run);
  }
});

describe.skipIf(!corpus)("loader/forwardrefs", () => {
  const dir = join(corpus ?? "", "loader/forwardrefs");
  for (const caseName of corpus ? readdirSync(dir).sort() : []) {
    test(caseName, () => {
      const caseDir = join(dir, caseName);
      const files = listFiles(caseDir, [".smithy"]);
      const shared = join(dir, "../valid/__shared.json");
      const loaded = loadFiles([...files, shared]);
      const expected = loadFiles([join(caseDir, "result.json"), shared]);
      expect(blocking(loaded.events)).toEqual([]);
      expect(blocking(expected.events)).toEqual([]);
      expect(writeJsonAst(loaded.model)).toEqual(writeJsonAst(expected.model));
    });
  }
});
