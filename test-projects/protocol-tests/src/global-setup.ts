// Vitest global setup for the protocol suites. Before any test file is collected it loads
// each protocol's models from the corpus (with the repository's loader, no JVM), extracts the
// test cases, generates the packages every side needs into generated/, and writes
// generated/manifest.json. After the run it merges the suites' results into
// conformance-report.json. Without the corpus it writes an empty manifest and says why.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import type { Model } from "../../../codegen-plugin/src/model/index.js";
import { extractCases, type TestCase } from "./corpus/cases.js";
import { loadClosure } from "./corpus/load.js";
import { generateClientPackage } from "./generate/client-packages.js";
import { generateServerPackage } from "./server/server-packages.js";
import { withUnboundTestOperations } from "./server/unbound-operations.js";
import type { ClientPackageInfo, Manifest, ManifestCase, ManifestSuite } from "./manifest.js";
import { GENERATED_DIR, MANIFEST_FILE, RESULTS_DIR } from "./paths.js";
import { writeConformanceReport } from "./report/report.js";
import { KINDS_BY_SIDE, SUITES, type Side } from "./suites.js";

/**
 * How each side's packages are made: one generated package per service that has cases for
 * the side. A side without an entry (no generator mode yet) gets its suites in the manifest
 * but no packages.
 */
const PACKAGE_GENERATORS: { readonly [S in Side]?: (model: Model, serviceId: string, protocol: string, root: string) => unknown } = {
  client: generateClientPackage,
  server: generateServerPackage,
};

export default function setup(): () => void {
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(GENERATED_DIR, { recursive: true });
  const corpus = corpusOrSkip("the protocol compliance suites (test-projects/protocol-tests)");
  if (corpus === undefined) {
    writeManifest({ corpus: null, suites: [], packages: { client: {} } });
    return () => undefined;
  }

  const suites: ManifestSuite[] = [];
  const packages: Record<string, Record<string, unknown>> = {};
  for (const side of Object.keys(PACKAGE_GENERATORS)) rmSync(join(GENERATED_DIR, side), { recursive: true, force: true });
  for (const suite of SUITES) {
    // Operations no service binds get a minimal service, so their cases can run too.
    const model = withUnboundTestOperations(loadClosure(corpus, suite.closure), suite.protocol);
    const cases = extractCases(model, suite.protocol);
    for (const side of ["client", "server"] as const) {
      for (const kind of KINDS_BY_SIDE[side]) {
        suites.push({ protocol: suite.protocol, side, kind, cases: cases.filter((c) => c.kind === kind && c.sides.includes(side)).map(manifestCase) });
      }
      const generatePackage = PACKAGE_GENERATORS[side];
      if (generatePackage === undefined) continue;
      const byService = (packages[side] ??= {});
      for (const serviceId of servicesFor(cases, side)) byService[serviceId] = generatePackage(model, serviceId, suite.protocol, join(GENERATED_DIR, side));
    }
  }
  writeManifest({ corpus, suites, packages: { ...packages, client: (packages["client"] ?? {}) as Record<string, ClientPackageInfo> } });
  return () => {
    writeConformanceReport();
  };
}

function servicesFor(cases: readonly TestCase[], side: Side): string[] {
  return [...new Set(cases.filter((c) => c.sides.includes(side)).map((c) => c.serviceId))].sort();
}

function manifestCase(c: TestCase): ManifestCase {
  return c.errorId === undefined
    ? { id: c.id, serviceId: c.serviceId, operationId: c.operationId, definition: c.definition }
    : { id: c.id, serviceId: c.serviceId, operationId: c.operationId, errorId: c.errorId, definition: c.definition };
}

function writeManifest(manifest: Manifest): void {
  writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 1)}\n`);
}
