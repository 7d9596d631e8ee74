// protocol-tests/closures: each file list (paths relative to the corpus; the prelude line is
// a comment, smithy-ts brings its own) must load without ERROR events, and survive the trip
// JSON AST -> IDL -> JSON AST unchanged.
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { stringifyJsonAst, writeJsonAst } from "../../../src/model/ast/writer.js";
import { formatEvent } from "../../../src/model/events.js";
import { readJsonAst } from "../../../src/model/loader.js";
import { expectIdlRoundTrip } from "../idl/roundtrip-support.js";
import { closureFiles, listFiles, loadFiles } from "./corpus-support.js";

const corpus = corpusOrSkip("protocol-test closure loading tests");

describe.skipIf(!corpus)("protocol-tests closures load", () => {
  const lists = corpus ? listFiles(join(corpus, "protocol-tests/closures"), [".txt"]) : [];
  for (const list of lists) {
    const name = list.slice(list.lastIndexOf("/") + 1);
    test(name, () => {
      const result = loadFiles(closureFiles(corpus!, list), {}, corpus);
      expect(result.events.filter((e) => e.severity === "ERROR").map(formatEvent)).toEqual([]);
      expect(result.model.size).toBeGreaterThan(100);
    });
  }
});

describe.skipIf(!corpus)("protocol-tests closures: JSON AST -> IDL -> JSON AST", () => {
  const lists = corpus ? listFiles(join(corpus, "protocol-tests/closures"), [".txt"]) : [];
  for (const list of lists) {
    const name = list.slice(list.lastIndexOf("/") + 1);
    test(name, () => {
      const loaded = loadFiles(closureFiles(corpus!, list), {}, corpus);
      // The JSON AST is the interchange format: start from it, as `smithy-ts ast` would.
      const fromAst = readJsonAst(stringifyJsonAst(writeJsonAst(loaded.model)));
      expect(fromAst.events.filter((e) => e.severity === "ERROR").map(formatEvent)).toEqual([]);
      expectIdlRoundTrip(fromAst.model);
    });
  }
});
