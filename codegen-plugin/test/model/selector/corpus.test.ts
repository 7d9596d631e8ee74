// Every selector written in Smithy's conformance corpus (trait definitions, validator
// configurations, closures) and in our bundled trait namespaces must parse; the corpus's
// deliberately broken selectors must fail with the message the reference toolchain gives.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { parseSelector, SelectorSyntaxError } from "../../../src/model/index.js";
import { BUNDLED_NAMESPACES, PRELUDE } from "../../../src/model/prelude/index.js";

const corpus = corpusOrSkip("selector corpus tests");

interface Found {
  readonly where: string;
  readonly selector: string;
}

/** Selector-valued properties: `selector`, `includeBySelector`, `rootShapeSelector`. */
const QUOTED = /"?\b(selector|includeBySelector|rootShapeSelector)"?\s*:\s*("(?:[^"\\\n]|\\.)*")(?!")/g;
const TEXT_BLOCK = /\b(selector|includeBySelector|rootShapeSelector)\s*:\s*"""([\s\S]*?)"""/g;

function selectorsIn(text: string, where: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(QUOTED)) found.push({ where, selector: JSON.parse(m[2]!) as string });
  // Whitespace in a selector is insignificant, so the raw text block content parses as is.
  for (const m of text.matchAll(TEXT_BLOCK)) found.push({ where, selector: m[2]!.replace(/\\(["\\])/g, "$1") });
  return found;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(smithy|json)$/.test(name)) out.push(path);
  }
  return out;
}

/** Corpus files whose selectors are invalid on purpose. */
const INVALID_ON_PURPOSE = new Set([
  "errorfiles/validators/linters/emit-each-invalid-selector.json",
  "errorfiles/validators/shapeClosures/invalid-selector-syntax.smithy",
  "errorfiles/validators/unreferenced-shapes/invalid-root-selector.smithy",
]);

function syntaxErrorOf(selector: string): SelectorSyntaxError | undefined {
  try {
    parseSelector(selector);
    return undefined;
  } catch (e) {
    if (e instanceof SelectorSyntaxError) return e;
    throw e;
  }
}

describe("selectors in our bundled namespaces", () => {
  test("all parse", () => {
    const found = [PRELUDE, ...BUNDLED_NAMESPACES.values()].flatMap((ns) => selectorsIn(ns.text, ns.filename));
    expect(found.length).toBeGreaterThan(20);
    const failures = found.flatMap(({ where, selector }) => {
      const e = syntaxErrorOf(selector);
      return e ? [`${where}: ${e.message}`] : [];
    });
    expect(failures).toEqual([]);
  });
});

describe.skipIf(!corpus)("selectors in the Smithy corpus", () => {
  const root = corpus ?? "";
  const files = corpus ? ["errorfiles", "traits", "prelude"].flatMap((d) => walk(join(root, d))) : [];
  const all = files.flatMap((f) => selectorsIn(readFileSync(f, "utf8"), relative(root, f)));

  test("every selector that is meant to be valid parses", () => {
    const valid = all.filter((f) => !INVALID_ON_PURPOSE.has(f.where));
    expect(valid.length).toBeGreaterThan(200);
    const failures = valid.flatMap(({ where, selector }) => {
      const e = syntaxErrorOf(selector);
      return e ? [`${where}: ${e.message}`] : [];
    });
    expect(failures).toEqual([]);
  });

  test("invalid EmitEachSelector selectors fail with the reference message", () => {
    const file = "errorfiles/validators/linters/emit-each-invalid-selector";
    const config = JSON.parse(readFileSync(join(root, `${file}.json`), "utf8")) as {
      metadata: { validators: { configuration: { selector: string } }[] };
    };
    const expected = readFileSync(join(root, `${file}.errors`), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const m = /fromNode method: ([\s\S]*) \| Model$/.exec(line);
        return m?.[1];
      });
    // The events file is sorted (and repeats one event), so compare as sets.
    const selectors = config.metadata.validators.map((v) => v.configuration.selector);
    const actual = new Set(selectors.map((s) => syntaxErrorOf(s)?.message));
    expect(selectors.length).toBeGreaterThan(25);
    expect([...actual].sort()).toEqual([...new Set(expected)].sort());
  });

  test("other deliberately broken selectors fail like the reference", () => {
    const closures = readFileSync(join(root, "errorfiles/validators/shapeClosures/invalid-selector-syntax.errors"), "utf8");
    expect(closures).toContain(syntaxErrorOf("][not a selector")?.message);
    expect(syntaxErrorOf("")?.reason).toBe("Unexpected selector EOF");
    expect(syntaxErrorOf("!!!!")?.reason).toBe("Unexpected selector character: !");
  });

  test("selectors quoted in expected TraitTarget events are the ones we parse", () => {
    // The events print the selector text; it must round-trip through our parser unchanged.
    const quoted = new Set<string>();
    for (const f of walk(join(root, "errorfiles")).map((p) => p.replace(/\.(smithy|json)$/, ".errors"))) {
      let text: string;
      try {
        text = readFileSync(f, "utf8");
      } catch {
        continue;
      }
      for (const m of text.matchAll(/match the following selector: (.*) \| TraitTarget/g)) quoted.add(m[1]!);
    }
    expect(quoted.size).toBeGreaterThan(5);
    for (const s of quoted) expect(parseSelector(s).text).toBe(s);
  });
});
