// The known-failures lists parse, give a reason for every entry and name only real cases of
// their side (a stale entry would hide nothing and mislead readers).
import { describe, expect, test } from "vitest";
import { parseKnownFailures, readKnownFailures } from "./known-failures.js";
import { readManifest } from "./manifest.js";

describe("known-failures lists", () => {
  test("parse entries with reasons and reject malformed lines", () => {
    const parsed = parseKnownFailures("# comment\n\nCaseOne  # the reason\nCase_2 # another\n", "x.txt");
    expect([...parsed.values()].map((k) => [k.id, k.reason])).toEqual([["CaseOne", "the reason"], ["Case_2", "another"]]);
    expect(() => parseKnownFailures("CaseOne\n", "x.txt")).toThrow(/x.txt:1: CaseOne has no reason/);
    expect(() => parseKnownFailures("A # r\nA # r\n", "x.txt")).toThrow(/listed twice/);
    expect(() => parseKnownFailures("not an id # r\n", "x.txt")).toThrow(/not a test case id/);
    expect([...parseKnownFailures("response:Shared # only the response case\n", "x.txt").keys()]).toEqual(["response:Shared"]);
    expect(() => parseKnownFailures("reply:Shared # r\n", "x.txt")).toThrow(/not a test case id/);
  });

  const manifest = readManifest();
  test.skipIf(manifest === undefined)("name only cases of their side", () => {
    for (const side of ["client", "server"] as const) {
      const ids = new Set(manifest!.suites.filter((s) => s.side === side).flatMap((s) => s.cases.flatMap((c) => [c.id, `${s.kind}:${c.id}`])));
      const stale = [...readKnownFailures(side).keys()].filter((id) => !ids.has(id));
      expect(stale, `known-failures/${side}.txt`).toEqual([]);
    }
  });
});
