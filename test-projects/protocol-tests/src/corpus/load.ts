// Loads one protocol's models from the corpus with the repository's own loader (no JVM).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel } from "../../../../codegen-plugin/src/model/loader.js";
import type { Model } from "../../../../codegen-plugin/src/model/index.js";

/** The files a closure list names (one corpus-relative path per line; "#" starts a comment). */
export function closureFiles(corpus: string, closure: string): string[] {
  return readFileSync(join(corpus, closure), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** Loads and validates a closure; a model with errors is a corpus or loader problem, reported in full. */
export function loadClosure(corpus: string, closure: string): Model {
  const sources = closureFiles(corpus, closure).map((p) => ({ filename: p, text: readFileSync(join(corpus, p), "utf8") }));
  const { model, events } = loadModel(sources);
  const errors = events.filter((e) => e.severity === "ERROR");
  if (errors.length > 0) {
    throw new Error(`${closure} does not load (${errors.length} errors): ${errors.slice(0, 5).map((e) => `${e.shapeId ?? ""} ${e.message}`).join("; ")}`);
  }
  return model;
}
