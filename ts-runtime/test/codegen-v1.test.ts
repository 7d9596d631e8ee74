// The generator may only use symbols the runtime lists for each codegen-v1 entry point; each
// must exist. Entry points for one side must not reach the other side's runtime, and only the
// opt-in entry points may load the timestamp code and the lossless JSON reader.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/** Every codegen-v1 entry point (source file) with its module and its symbol list. */
const ENTRIES = await Promise.all(
  ["codegen-v1.ts", ...readdirSync(join(SRC, "codegen-v1")).map((f) => `codegen-v1/${f}`)].map(async (file) => {
    const entry = (await import(pathToFileURL(join(SRC, file)).href)) as Record<string, unknown>;
    const lists = Object.keys(entry).filter((name) => /^CODEGEN_V1_(?:[A-Z0-9_]+_)?SYMBOLS$/.test(name));
    return { file, entry, lists, symbols: (lists.length === 1 ? entry[lists[0]!] : []) as readonly string[] };
  }),
);

test("the entry points are the shared one and those under codegen-v1/", () => {
  expect(ENTRIES.map((e) => e.file).sort()).toEqual([
    "codegen-v1.ts",
    "codegen-v1/aws-json-client.ts",
    "codegen-v1/aws-json-server.ts",
    "codegen-v1/client-auth.ts",
    "codegen-v1/client-interceptors.ts",
    "codegen-v1/client.ts",
    "codegen-v1/lossless-json.ts",
    "codegen-v1/rest-json1-client.ts",
    "codegen-v1/rest-json1-server.ts",
    "codegen-v1/server.ts",
    "codegen-v1/timestamps.ts",
  ]);
});

describe.each(ENTRIES)("$file", ({ entry, lists, symbols }) => {
  test("has one symbol list, sorted, without repeats", () => {
    expect(lists).toHaveLength(1);
    expect(symbols).toEqual([...new Set(symbols)].sort());
  });
  test("exports every listed symbol", () => {
    expect(symbols.filter((s) => !Object.hasOwn(entry, s))).toEqual([]);
  });
});

test("the entry points list disjoint symbols", () => {
  const all = ENTRIES.flatMap((e) => e.symbols);
  expect(all.length).toBe(new Set(all).size);
});

/** Every runtime source module an entry point loads, following relative value imports. */
function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [join(SRC, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+"(\.[^"]+)\.js";/gms)) pending.push(join(dirname(file), `${m[1]}.ts`));
  }
  return [...seen].map((f) => f.slice(SRC.length + 1));
}

const OPT_IN = new Set(["serde/timestamp.ts", "serde/lossless-json-reader.ts"]);
const isServerModule = (m: string): boolean => m.startsWith("server/") || m.endsWith("-server.ts") || m === "protocol/framework-errors.ts";
const isClientModule = (m: string): boolean => m.startsWith("client/") || m.endsWith("-client.ts");

test.each(["codegen-v1/client.ts", "codegen-v1/client-auth.ts", "codegen-v1/client-interceptors.ts", "codegen-v1/rest-json1-client.ts", "codegen-v1/aws-json-client.ts"])(
  "%s loads no server module and none of the opt-in codecs",
  (entry) => {
    expect(moduleClosure(entry).filter((m) => isServerModule(m) || OPT_IN.has(m))).toEqual([]);
  },
);

test.each(["codegen-v1/server.ts", "codegen-v1/rest-json1-server.ts", "codegen-v1/aws-json-server.ts"])("%s loads no client module and none of the opt-in codecs", (entry) => {
  expect(moduleClosure(entry).filter((m) => isClientModule(m) || OPT_IN.has(m))).toEqual([]);
});

test("an awsJson client loads no HTTP-binding code, and the shared entry point only schemas, errors and ByteStream", () => {
  expect(moduleClosure("codegen-v1/aws-json-client.ts").filter((m) => m.includes("http-binding") || m.includes("rest-json1"))).toEqual([]);
  expect(moduleClosure("codegen-v1.ts").sort()).toEqual([
    "codegen-v1.ts",
    "errors.ts",
    "http/body.ts", // ByteStream reads bodies
    "http/byte-stream.ts",
    "schema/index.ts",
    "schema/prelude.ts",
    "schema/schema.ts",
    "serde/serde-error.ts",
    "serde/utf8.ts",
  ]);
});
