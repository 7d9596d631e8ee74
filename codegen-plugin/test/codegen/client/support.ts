// Helpers for the client-mode tests: models from inline IDL, generated packages as a path map.
import { generate, type GeneratedFile, type GenerateOptions } from "../../../src/codegen/index.js";
import { loadModel } from "../../../src/model/loader.js";
import type { Model } from "../../../src/model/index.js";
import { TEMPLATES } from "../templates.js";

export function idlModel(text: string): Model {
  const { model, events } = loadModel([{ filename: "test.smithy", text }]);
  const errors = events.filter((e) => e.severity === "ERROR");
  if (errors.length > 0) throw new Error(`test model does not load: ${errors.map((e) => `${e.shapeId ?? ""} ${e.message}`).join("; ")}`);
  return model;
}

export function generateClient(model: Model, options: Partial<GenerateOptions> = {}): GeneratedFile[] {
  return generate(model, { mode: "client", generatorVersion: "0.0.0-test", runtimeVersion: "9.9.9", templates: TEMPLATES, ...options });
}

export function fileMap(files: readonly GeneratedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, f.contents]));
}

/** One file's contents; fails the test with the list of files when it is missing. */
export function fileOf(files: readonly GeneratedFile[], path: string): string {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no generated file ${path}; files: ${files.map((x) => x.path).join(", ")}`);
  return f.contents;
}

/** A restJson1 service around the given IDL body (shapes in namespace example.test). */
export function restJsonService(operations: readonly string[], body: string, serviceTraits = ""): string {
  return `$version: "2.0"
namespace example.test
use aws.protocols#restJson1
@restJson1
${serviceTraits}
service Svc { version: "1", operations: [${operations.join(", ")}] }
${body}`;
}
