// Makes the corpus requirement visible in every run: tests that need it skip, loudly, without it.
import { expect, test } from "vitest";
import { corpusOrSkip } from "@smithy-ts/test-tooling";

const corpus = corpusOrSkip("corpus-based codegen-plugin tests");

test.skipIf(!corpus)("smithy corpus is readable", () => {
  expect(corpus).toMatch(/smithy-corpus$/);
});
