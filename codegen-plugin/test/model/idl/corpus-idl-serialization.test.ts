// idl-serialization: each case loads, is written back as IDL, and the IDL loads to the same model.
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { blocking, listFiles, loadFiles } from "../loader/corpus-support.js";
import { expectIdlRoundTrip } from "./roundtrip-support.js";

const corpus = corpusOrSkip("idl-serialization corpus tests");

describe.skipIf(!corpus)("idl-serialization", () => {
  const dir = join(corpus ?? "", "idl-serialization/cases");
  for (const path of corpus ? listFiles(dir, [".smithy"]) : []) {
    test(`${path.slice(dir.length + 1)} round-trips`, () => {
      const loaded = loadFiles([path]);
      expect(blocking(loaded.events)).toEqual([]);
      expectIdlRoundTrip(loaded.model);
    });
  }
});
