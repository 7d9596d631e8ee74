// ast-serialization: the JSON AST writer must reproduce Smithy's serializer output.
//   v2/X.json      -> loading and writing it gives X.json back;
//   v1/X.json      -> loading the 1.0 document and writing it gives X.2.0.json.
// (X.1.0.json files are 1.0 serializations, which smithy-ts does not write.)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { writeJsonAst } from "../../../src/model/ast/writer.js";
import { blocking, listFiles, loadFiles } from "../loader/corpus-support.js";

const corpus = corpusOrSkip("ast-serialization corpus tests");

function check(input: string, expectedPath: string): void {
  const loaded = loadFiles([input]);
  expect(blocking(loaded.events)).toEqual([]);
  const expected: unknown = JSON.parse(readFileSync(expectedPath, "utf8"));
  expect(writeJsonAst(loaded.model)).toEqual(expected);
}

describe.skipIf(!corpus)("ast-serialization", () => {
  const dir = join(corpus ?? "", "ast-serialization/cases");
  const v2 = corpus ? listFiles(join(dir, "v2"), [".json"]).filter((p) => !p.endsWith(".1.0.json")) : [];
  for (const path of v2) {
    test(`v2/${path.slice(dir.length + 4)} round-trips`, () => check(path, path));
  }
  const v1 = corpus ? listFiles(join(dir, "v1"), [".json"]).filter((p) => !p.endsWith(".2.0.json")) : [];
  for (const path of v1) {
    const expected = path.replace(/\.json$/, ".2.0.json");
    if (!existsSync(expected)) continue;
    test(`v1/${path.slice(dir.length + 4)} upgrades to ${expected.slice(dir.length + 4)}`, () => check(path, expected));
  }
});
