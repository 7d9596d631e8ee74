// Bundle size (reported, never asserted). Run: npm run bench:bundle-size -w test-projects/bench
//
// One-operation programs (programs/bundle/*.ts) bundled by esbuild, minified, for the browser
// and for Node, then gzipped (level 9). For our programs the esbuild metafile says which
// modules the bytes come from, and whether anything from the server runtime got in.
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { parseOptions } from "./options.js";
import { programsDir, repoRoot } from "./paths.js";
import { writeResults } from "./results.js";
import { printTable } from "./table.js";

type Platform = "browser" | "node";

interface ProgramSpec {
  readonly id: string;
  readonly peer: "smithy-ts" | "aws-sdk-v3";
  readonly label: string;
  readonly file: string;
}

const PROGRAMS: readonly ProgramSpec[] = [
  { id: "get-item-ours", peer: "smithy-ts", label: "smithy-ts DynamoDB GetItem (awsJson1_0)", file: "get-item-ours.ts" },
  { id: "get-item-aws", peer: "aws-sdk-v3", label: "AWS SDK v3 DynamoDB GetItem", file: "get-item-aws.ts" },
  { id: "put-record-ours", peer: "smithy-ts", label: "smithy-ts PutRecord (restJson1)", file: "put-record-ours.ts" },
];
const PLATFORMS: readonly Platform[] = ["browser", "node"];
const AIM_GZIP_BYTES = 15 * 1024;

export interface ModuleShare {
  /** The module, relative to the repository (runtime modules as ts-runtime/dist/…). */
  readonly module: string;
  /** Minified bytes this module contributes to the bundle. */
  readonly bytes: number;
}

export interface BundleRow {
  readonly program: string;
  readonly peer: ProgramSpec["peer"];
  readonly label: string;
  readonly platform: Platform;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Our programs only: minified bytes per area (generated code, runtime folders). */
  readonly areas: Readonly<Record<string, number>> | undefined;
  /** Our programs only: the largest modules. */
  readonly largestModules: readonly ModuleShare[] | undefined;
  /** Our programs only: server-runtime modules in a client bundle, each with the import chain that pulls it in. */
  readonly serverModules: readonly { readonly module: string; readonly bytes: number; readonly importedVia: readonly string[] }[] | undefined;
}

/** The area a bundled module belongs to: "generated", "runtime/<folder>", or its package. */
function areaOf(module: string): string {
  const runtime = /^ts-runtime\/dist\/(?:([^/]+)\/)?/.exec(module);
  if (runtime !== null) return `runtime/${runtime[1] ?? "(top level)"}`;
  if (module.startsWith("test-projects/bench/generated/")) return "generated client";
  if (module.startsWith("test-projects/bench/programs/")) return "program";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return pkg?.[1] ?? module;
}

/** Shortest import chain from the entry point to a module, via the metafile's import graph. */
function importChain(metafile: Metafile, entry: string, target: string): string[] {
  const previous = new Map<string, string>([[entry, ""]]);
  const queue = [entry];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === target) break;
    for (const imported of metafile.inputs[current]?.imports ?? []) {
      if (imported.external || previous.has(imported.path)) continue;
      previous.set(imported.path, current);
      queue.push(imported.path);
    }
  }
  const chain: string[] = [];
  for (let at: string | undefined = target; at !== undefined && at !== ""; at = previous.get(at)) chain.unshift(at);
  return chain;
}

async function measure(program: ProgramSpec, platform: Platform): Promise<BundleRow> {
  const entry = join(programsDir, "bundle", program.file);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    outfile: "out.js",
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
    // esbuild's paths are relative to the working directory; make them relative to the repository.
    absWorkingDir: repoRoot,
  });
  const code = result.outputFiles[0]!.contents;
  const row = { program: program.id, peer: program.peer, label: program.label, platform, minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  if (program.peer !== "smithy-ts") return { ...row, areas: undefined, largestModules: undefined, serverModules: undefined };
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs).map(([module, v]) => ({ module, bytes: v.bytesInOutput }));
  const areas: Record<string, number> = {};
  for (const { module, bytes } of inputs) areas[areaOf(module)] = (areas[areaOf(module)] ?? 0) + bytes;
  const entryPath = relative(repoRoot, entry);
  const serverModules = inputs
    .filter(({ module }) => areaOf(module) === "runtime/server" || /ts-runtime\/dist\/.*server/.test(module))
    .map(({ module, bytes }) => ({ module, bytes, importedVia: importChain(result.metafile, entryPath, module) }));
  return {
    ...row,
    areas: Object.fromEntries(Object.entries(areas).sort(([, a], [, b]) => b - a)),
    largestModules: inputs.sort((a, b) => b.bytes - a.bytes).slice(0, 15),
    serverModules,
  };
}

const options = parseOptions(process.argv.slice(2));
const rows: BundleRow[] = [];
for (const program of PROGRAMS) for (const platform of PLATFORMS) rows.push(await measure(program, platform));

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const awsGzip = (platform: Platform): number => rows.find((r) => r.peer === "aws-sdk-v3" && r.platform === platform)!.gzipBytes;
printTable(
  "Bundle size of a one-operation program (esbuild --bundle --minify, ESM, then gzip -9)",
  ["program", "platform", "minified", "gzip", "vs AWS SDK v3"],
  rows.map((r) => [r.label, r.platform, kb(r.minifiedBytes), kb(r.gzipBytes), `${(r.gzipBytes / awsGzip(r.platform)).toFixed(2)}x`]),
  [`Aim: smithy-ts <= ${kb(AIM_GZIP_BYTES)} gzip. Sizes are deterministic for a given tree and lock file (no rounds needed).`],
);

for (const row of rows.filter((r) => r.areas !== undefined && r.platform === "browser")) {
  const total = row.minifiedBytes;
  console.log(`\nWhere the bytes of "${row.label}" (browser) come from (minified, before gzip):`);
  for (const [area, bytes] of Object.entries(row.areas!)) console.log(`  ${area.padEnd(28)} ${kb(bytes).padStart(9)}  ${((bytes / total) * 100).toFixed(0).padStart(3)}%`);
  console.log("  largest modules:");
  for (const m of row.largestModules!.slice(0, 10)) console.log(`    ${m.module.padEnd(60)} ${kb(m.bytes).padStart(9)}`);
  if (row.serverModules!.length > 0) {
    console.log("  server-runtime modules in this client bundle:");
    for (const m of row.serverModules!) console.log(`    ${m.module} (${kb(m.bytes)}) via ${m.importedVia.join(" -> ")}`);
  }
}

const file = writeResults(options, "bundle-size", { gzipLevel: 9, rows });
console.log(`\nwrote ${file}`);
