// idl-serialization: each case loads, is written back as IDL, and the IDL loads to the same
// model. The cases are Smithy's own serializer output, so the text should match them too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { writeIdl } from "../../../src/model/loader.js";
import { blocking, listFiles, loadFiles } from "../loader/corpus-support.js";
import { expectIdlRoundTrip } from "./roundtrip-support.js";

const corpus = corpusOrSkip("idl-serialization corpus tests");

/** Cases whose text we write differently (same model), with the reason. They run expecting failure. */
const KNOWN_TEXT_DIFFERENCES: Readonly<Record<string, string>> = {
  "object-traits.smithy":
    "values of members marked @idRef are written as quoted absolute ids, not as unquoted relative shape ids",
};

describe.skipIf(!corpus)("idl-serialization", () => {
  const dir = join(corpus ?? "", "idl-serialization/cases");
  for (const path of corpus ? listFiles(dir, [".smithy"]) : []) {
    const name = path.slice(dir.length + 1);
    test(`${name} round-trips`, () => {
      const loaded = loadFiles([path]);
      expect(blocking(loaded.events)).toEqual([]);
      expectIdlRoundTrip(loaded.model);
    });
    const sameText = (): void => {
      const files = writeIdl(loadFiles([path]).model);
      expect([...files.values()].join("")).toBe(readFileSync(path, "utf8"));
    };
    const known = KNOWN_TEXT_DIFFERENCES[name];
    if (known) test.fails(`${name} is written as Smithy writes it (known difference: ${known})`, sameText);
    else test(`${name} is written as Smithy writes it`, sameText);
  }
});
