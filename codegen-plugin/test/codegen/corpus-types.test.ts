// `--mode types` on every service of Smithy's protocol-test models: each closure file list is
// loaded with the loader, every service found gets a types package, and all packages are
// type-checked strictly in ONE tsc program (one compiler start-up for dozens of packages).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { generate } from "../../src/codegen/index.js";
import { loadModel } from "../../src/model/loader.js";
import type { Model } from "../../src/model/index.js";
import { TEMPLATES } from "./templates.js";
import { PackageWorkspace } from "./typecheck.js";

const corpus = corpusOrSkip("generate --mode types on the protocol-test services");

/** Every service in the protocol-test closures, with the first model that contains it. */
function corpusServices(root: string): Map<string, Model> {
  const closures = join(root, "protocol-tests/closures");
  const services = new Map<string, Model>();
  for (const list of readdirSync(closures).filter((f) => f.endsWith(".txt")).sort()) {
    const paths = readFileSync(join(closures, list), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"));
    // Validation is the loader's subject (and its own corpus tests); assembling is enough here.
    const { model, events } = loadModel(paths.map((p) => ({ filename: p, text: readFileSync(join(root, p), "utf8") })), { validate: false });
    const errors = events.filter((e) => e.severity === "ERROR");
    if (errors.length > 0) throw new Error(`${list} does not load: ${errors.slice(0, 3).map((e) => e.message).join("; ")}`);
    for (const s of model.shapesOfType("service")) if (!services.has(s.id)) services.set(s.id, model);
  }
  return services;
}

describe.skipIf(!corpus)("types packages for the protocol-test services", () => {
  const workspace = new PackageWorkspace("corpus-types");
  // KEEP=1 leaves the generated packages on disk for inspection.
  afterAll(() => (process.env["KEEP"] === "1" ? console.log(`generated packages kept in ${workspace.root}`) : workspace.dispose()));

  test("every service generates and the packages type-check strictly", () => {
    const services = corpusServices(corpus!);
    expect(services.size).toBeGreaterThan(10);
    const dirs: string[] = [];
    for (const [id, model] of [...services].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const dir = id.replace(/[#.]/g, "-").toLowerCase();
      workspace.write(dir, generate(model, { mode: "types", service: id, generatorVersion: "0.0.0-test", templates: TEMPLATES }));
      dirs.push(dir);
    }
    const r = workspace.checkAll(dirs);
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
    console.log(`types mode: ${dirs.length} protocol-test services generated and type-checked`);
  }, 120_000);
});
