// The generator may only use symbols the runtime lists for each codegen-v1 entry point; each
// must exist, and the client and server entry points must not reach the other side's runtime.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import * as shared from "../src/codegen-v1.js";
import * as client from "../src/codegen-v1/client.js";
import * as server from "../src/codegen-v1/server.js";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

describe.each([
  ["codegen-v1", shared, shared.CODEGEN_V1_SYMBOLS],
  ["codegen-v1/client", client, client.CODEGEN_V1_CLIENT_SYMBOLS],
  ["codegen-v1/server", server, server.CODEGEN_V1_SERVER_SYMBOLS],
] as const)("%s entry point", (_name, entry, symbols) => {
  test("exports every listed symbol", () => {
    const exported = new Set(Object.keys(entry));
    const missing = symbols.filter((s) => !exported.has(s));
    expect(missing).toEqual([]);
  });
  test("lists symbols once, sorted", () => {
    const sorted = [...new Set(symbols)].sort();
    expect(symbols).toEqual(sorted);
  });
});

test("the entry points list disjoint symbols", () => {
  const lists = [shared.CODEGEN_V1_SYMBOLS, client.CODEGEN_V1_CLIENT_SYMBOLS, server.CODEGEN_V1_SERVER_SYMBOLS];
  const all = lists.flat();
  expect(all.length).toBe(new Set(all).size);
});

/** Every runtime source module an entry point loads, following relative imports (type-only ones included). */
function moduleClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+"(\.[^"]+)\.js";/gms)) pending.push(join(dirname(file), `${m[1]}.ts`));
  }
  return new Set([...seen].map((f) => f.slice(SRC.length + 1)));
}

test("the client entry point loads no server module, nor the opt-in lossless JSON reader and timestamp code", () => {
  const modules = [...moduleClosure(join(SRC, "codegen-v1/client.ts"))];
  expect(modules.filter((m) => m.startsWith("server/") || m === "protocol/framework-errors.ts" || m.endsWith("-server.ts") || m === "serde/lossless-json-reader.ts" || m === "serde/timestamp.ts")).toEqual([]);
  expect(modules).toContain("protocol/rest-json1-client.ts");
});

test("the server entry point loads no client module, nor the opt-in lossless JSON reader and timestamp code", () => {
  const modules = [...moduleClosure(join(SRC, "codegen-v1/server.ts"))];
  expect(modules.filter((m) => m.startsWith("client/") || m.endsWith("-client.ts") || m === "serde/lossless-json-reader.ts" || m === "serde/timestamp.ts")).toEqual([]);
  expect(modules).toContain("protocol/rest-json1-server.ts");
});
