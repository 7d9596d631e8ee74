// Every bundled namespace declares the other bundled namespaces its text refers to, and those
// declarations form no cycle, so a loader can pull in exactly what a namespace needs.
import { describe, expect, test } from "vitest";
import { BUNDLED_NAMESPACES, PRELUDE, type BundledNamespace } from "../../../src/model/prelude/index.js";

const ALL: readonly BundledNamespace[] = [PRELUDE, ...BUNDLED_NAMESPACES.values()];

/**
 * Namespaces a text names explicitly: absolute shape ids ("ns#Name") anywhere, including in
 * selectors and quoted trait values, and "use" statements. Relative names can only resolve
 * to the text's own namespace or to the prelude, so this is every namespace it can reach.
 */
function referencedNamespaces(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)#[A-Za-z_]/g)) {
    found.add(m[1]!);
  }
  return found;
}

function declaredNamespace(text: string): string | undefined {
  return /^namespace\s+(\S+)\s*$/m.exec(text)?.[1];
}

describe("bundled namespaces", () => {
  test("the prelude is smithy.api and is not repeated among the others", () => {
    expect(PRELUDE.namespace).toBe("smithy.api");
    expect(BUNDLED_NAMESPACES.has("smithy.api")).toBe(false);
    expect([...BUNDLED_NAMESPACES.keys()].sort()).toEqual([
      "aws.api",
      "aws.auth",
      "aws.customizations",
      "aws.protocols",
      "smithy.framework",
      "smithy.protocols",
      "smithy.rules",
      "smithy.test",
      "smithy.waiters",
    ]);
  });

  test.each(ALL.map((b) => [b.namespace, b] as const))("%s: text, key and filename agree", (ns, b) => {
    expect(declaredNamespace(b.text)).toBe(ns);
    expect(b.text.startsWith('$version: "2.0"\n')).toBe(true);
    expect(b.filename).toBe(`<smithy-ts>/${ns}.smithy`);
    if (ns !== "smithy.api") expect(BUNDLED_NAMESPACES.get(ns)).toBe(b);
  });

  test.each(ALL.map((b) => [b.namespace, b] as const))("%s: dependsOn lists every namespace the text names", (ns, b) => {
    const allowed = new Set([ns, "smithy.api", ...b.dependsOn]);
    const undeclared = [...referencedNamespaces(b.text)].filter((r) => !allowed.has(r));
    expect(undeclared).toEqual([]);
  });

  test.each(ALL.map((b) => [b.namespace, b] as const))("%s: dependsOn names only other bundled namespaces", (ns, b) => {
    for (const dep of b.dependsOn) {
      expect(dep).not.toBe(ns);
      expect(dep).not.toBe("smithy.api");
      expect(BUNDLED_NAMESPACES.has(dep)).toBe(true);
    }
    // Nothing superfluous: each declared dependency is actually named by the text.
    const named = referencedNamespaces(b.text);
    expect(b.dependsOn.filter((d) => !named.has(d))).toEqual([]);
  });

  test("dependsOn is acyclic and the map lists dependencies first", () => {
    const seen = new Set<string>();
    for (const [ns, b] of BUNDLED_NAMESPACES) {
      for (const dep of b.dependsOn) expect(seen.has(dep), `${ns} depends on ${dep}, listed later`).toBe(true);
      seen.add(ns);
    }
    // A dependency order in which every namespace follows its dependencies exists only if
    // the graph has no cycle; check it independently of the map order too.
    const state = new Map<string, "visiting" | "done">();
    const visit = (ns: string, path: readonly string[]): void => {
      if (state.get(ns) === "done") return;
      if (state.get(ns) === "visiting") throw new Error(`dependency cycle: ${[...path, ns].join(" -> ")}`);
      state.set(ns, "visiting");
      for (const dep of BUNDLED_NAMESPACES.get(ns)?.dependsOn ?? []) visit(dep, [...path, ns]);
      state.set(ns, "done");
    };
    for (const ns of BUNDLED_NAMESPACES.keys()) expect(() => visit(ns, [])).not.toThrow();
  });
});
