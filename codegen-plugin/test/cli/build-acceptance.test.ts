// Acceptance: `smithy-ts build` on the repository's own smithy-build.json produces the expected
// tree, and each projection's model.json is the JSON AST of the same sources after the same
// transforms, as the model layer writes it on its own (what `smithy-ts ast` prints).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseBuildConfig } from "../../src/build/config/build-config.js";
import { findModelFiles, readModelFiles } from "../../src/build/model-files.js";
import { planBuild } from "../../src/build/plan.js";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { loadModel, writeJsonAst } from "../../src/model/loader.js";
import { binaryUnavailable, REPO_ROOT } from "./build-support.js";

const skip = binaryUnavailable();
if (skip) console.warn(`build acceptance tests skipped: ${skip}`);

let out: string;
let code: number;
let stderr = "";

beforeAll(async () => {
  if (skip) return;
  // Inside the repository (build/ is ignored): the configured generators are found with npx,
  // which looks for the workspace's smithy-ts from the plugin directory upwards.
  mkdirSync(join(REPO_ROOT, "build"), { recursive: true });
  out = mkdtempSync(join(REPO_ROOT, "build", "acceptance-"));
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
    readStdin: async () => "",
    cwd: REPO_ROOT,
    env: process.env,
    isTty: false,
  };
  code = await main(["build", "-c", "smithy-build.json", "-o", out], io);
}, 120_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe.skipIf(skip !== undefined)("the root smithy-build.json", () => {
  test("builds every projection", () => {
    expect(stderr).not.toMatch(/^error/m);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["library-public", "pokemon", "source"]);
    expect(readdirSync(join(out, "source")).sort()).toEqual(["build-info", "model", "sources"]);
    expect(readdirSync(join(out, "library-public")).sort()).toEqual(["build-info", "model", "sources", "types"]);
    expect(readdirSync(join(out, "library-public/types")).sort()).toEqual(["README.md", "package.json", "src", "tsconfig.json"]);
    const pkg = JSON.parse(readFileSync(join(out, "library-public/types/package.json"), "utf8")) as { name: string };
    expect(pkg.name).toBe("@smithy-ts-examples/library-types");
    // The example service (test-projects/pokemon): a client and a server for each of two services.
    expect(readdirSync(join(out, "pokemon")).sort()).toEqual(["build-info", "client", "json-client", "json-server", "model", "server", "sources"]);
  });

  test("model.json equals the JSON AST of the sources after the projection's transforms", async () => {
    const configPath = join(REPO_ROOT, "smithy-build.json");
    const config = parseBuildConfig(readFileSync(configPath, "utf8"), "smithy-build.json", configPath, { env: process.env, rootDir: REPO_ROOT });
    const files = await readModelFiles(await findModelFiles(config.sources, "source"));
    const plan = planBuild(config, { rootDir: REPO_ROOT, env: process.env, outputDirectory: out });
    for (const projection of plan.projections) {
      // A projection's own imports join the sources for that projection only.
      const imported = await readModelFiles(await findModelFiles(projection.config.imports, "import"));
      const loaded = loadModel([...files, ...imported]);
      const context = { projectionName: projection.name, originalModel: loaded.model, originalEvents: loaded.events };
      const model = projection.transforms.reduce((m, t) => t.run(m, context), loaded.model);
      const written = JSON.parse(readFileSync(join(out, projection.name, "model/model.json"), "utf8")) as unknown;
      expect(written).toEqual(writeJsonAst(model));
    }
    // With no transforms, that is what `smithy-ts ast` prints for the sources.
    let printed = "";
    const io: CliIo = { stdout: (t) => void (printed += t), stderr: () => undefined, readStdin: async () => "", cwd: REPO_ROOT, env: process.env, isTty: false };
    expect(await main(["ast", ...config.sources.map((s) => s.path)], io)).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "source/model/model.json"), "utf8"))).toEqual(JSON.parse(printed));
  });
});
