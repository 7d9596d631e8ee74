// Transforms on real models: for every service of every protocol-test closure in Smithy's
// corpus, the projection a generator would use (includeServices + removeUnusedShapes +
// flattenAndRemoveMixins) must keep the whole service closure, leave a valid model, and
// survive the JSON AST round trip unchanged.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { closureOf } from "../../src/build/model-edit/walk.js";
import { flattenAndRemoveMixins } from "../../src/build/transforms/flatten-and-remove-mixins.js";
import { includeServices } from "../../src/build/transforms/include-services.js";
import { removeUnusedShapes } from "../../src/build/transforms/remove-unused-shapes.js";
import { formatEvent, isBlocking } from "../../src/model/events.js";
import { loadModel, readJsonAst, writeJsonAst } from "../../src/model/loader.js";
import { isPreludeId } from "../../src/model/shape-id.js";
import { validateModel } from "../../src/model/validation/index.js";
import { context, prepare } from "./support/models.js";

const corpus = corpusOrSkip("build transforms on protocol-test closures");

/** The model files a closure list names (one path per line, relative to the corpus; # comments). */
function closureSources(list: string): { filename: string; text: string }[] {
  return readFileSync(list, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((rel) => ({ filename: rel, text: readFileSync(join(corpus!, rel), "utf8") }));
}

const lists = corpus
  ? readdirSync(join(corpus, "protocol-tests/closures"))
      .filter((f) => f.endsWith(".txt") && !f.startsWith("all-"))
      .sort()
  : [];

describe.skipIf(!corpus)("service projections of protocol-test closures", () => {
  for (const list of lists) {
    test(list, () => {
      const loaded = loadModel(closureSources(join(corpus!, "protocol-tests/closures", list)));
      expect(loaded.events.filter(isBlocking).map(formatEvent)).toEqual([]);
      const services = [...loaded.model.shapesOfType("service")].map((s) => s.id).filter((id) => !isPreludeId(id));
      expect(services.length).toBeGreaterThan(0);
      const ctx = context(loaded.model, loaded.events);
      for (const service of services) {
        const projected = [prepare(includeServices, { services: [service] }), prepare(removeUnusedShapes), prepare(flattenAndRemoveMixins)].reduce(
          (m, t) => t(m, ctx),
          loaded.model,
        );
        expect([...projected.shapesOfType("service")].map((s) => s.id)).toEqual([service]);
        const mixins = new Set([...loaded.model.shapes()].filter((s) => s.traits.has("smithy.api#mixin")).map((s) => s.id));
        const missing = [...closureOf(loaded.model, [service])].filter((id) => !mixins.has(id) && !projected.has(id));
        expect(missing, `${service}: closure shapes removed`).toEqual([]);
        expect(validateModel(projected).filter(isBlocking).map(formatEvent), service).toEqual([]);
        const doc = writeJsonAst(projected);
        const reloaded = readJsonAst(doc);
        expect(reloaded.events.filter(isBlocking).map(formatEvent), service).toEqual([]);
        expect(writeJsonAst(reloaded.model), service).toEqual(doc);
      }
    }, 60_000);
  }
});
