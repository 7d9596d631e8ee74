// Helpers for the server-mode tests: models from inline IDL, generated packages, one file's text.
import { generate, type GeneratedFile, type GenerateOptions } from "../../../src/codegen/index.js";
import { loadModel } from "../../../src/model/loader.js";
import type { Model } from "../../../src/model/index.js";
import { TEMPLATES } from "../templates.js";

/** A model from IDL; `validate: false` skips the validators (to hand the generator what they would reject). */
export function idlModel(text: string, { validate = true }: { validate?: boolean } = {}): Model {
  const { model, events } = loadModel([{ filename: "test.smithy", text }], { validate });
  const errors = events.filter((e) => e.severity === "ERROR");
  if (errors.length > 0) throw new Error(`test model does not load: ${errors.map((e) => `${e.shapeId ?? ""} ${e.message}`).join("; ")}`);
  return model;
}

export function generateServer(model: Model, options: Partial<GenerateOptions> = {}): GeneratedFile[] {
  return generate(model, { mode: "server", generatorVersion: "0.0.0-test", runtimeVersion: "9.9.9", templates: TEMPLATES, ...options });
}

/** One file's contents; fails the test with the list of files when it is missing. */
export function fileOf(files: readonly GeneratedFile[], path: string): string {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no generated file ${path}; files: ${files.map((x) => x.path).join(", ")}`);
  return f.contents;
}

/** A service with the given protocol trait around an IDL body (shapes in namespace example.test). */
export function service(operations: readonly string[], body: string, protocol = "aws.protocols#restJson1"): string {
  return `$version: "2.0"
namespace example.test
@${protocol}
service Svc { version: "1", operations: [${operations.join(", ")}] }
${body}`;
}
