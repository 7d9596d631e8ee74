// Generated code is part of the product: besides compiling strictly (typecheck tests), it must
// not fall back to `any` anywhere. Every generated client and server package is scanned.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { GENERATED_DIR } from "./paths.js";

const corpus = corpusOrSkip("generated-code scan of the protocol-test packages");

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "dist") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** Code without comments and string literals, so documentation and ids cannot trigger a match. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/[^\n]*/g, "")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
}

const ANY_TYPE = /(?::\s*any\b|\bas\s+any\b|\bany\[\]|[<,|&(=]\s*any\b)/;

test("the scan recognizes `any` in code but not in comments or strings", () => {
  for (const code of ["let x: any;", "f(v as any)", "new Map<any>()", "type T = any[];", "type U = string | any;", "g<T, any>()"]) {
    expect(ANY_TYPE.test(codeOnly(code)), code).toBe(true);
  }
  for (const code of ["/** accepts any value */", "// any", 'const s = ": any";', "const many = 1;", "anyValue: string"]) {
    expect(ANY_TYPE.test(codeOnly(code)), code).toBe(false);
  }
});

describe.skipIf(!corpus)("generated packages", () => {
  test("use no `any` type", () => {
    const files = tsFiles(GENERATED_DIR);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((f) => ANY_TYPE.test(codeOnly(readFileSync(f, "utf8")))).map((f) => relative(GENERATED_DIR, f));
    expect(offenders).toEqual([]);
  });
});
