// The linear-time @pattern matcher must agree with RegExp.prototype.test (no flags) on every
// pattern it accepts, and stay linear on inputs that make backtracking engines explode.
import { describe, expect, test } from "vitest";
import { compilePattern, InvalidPatternError } from "../../src/server/regex/pattern.js";

const PATTERNS = [
  "^[a-m]+$", "^[g-m]+$", "\\w+", "^\\w+$", "abc", "^abc$", "a|b|c", "^(a|ab)(c|bcd)(d*)$", "^([0-9]+)+$", "(a*)*b",
  "^(a+)+$", "^[^abc]*$", "^.{2,4}$", "^a{3}$", "^a{2,}$", "^(?:ab){1,3}$", "\\bfoo\\b", "\\Bfoo", "foo\\B", "^$", "", "^\\d{3}-\\d{4}$",
  "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$", "[\\d-z]", "[a-]", "[-a]", "[]", "[^]", "^[\\s\\S]*$", "\\x41\\u0042", "\\t|\\n",
  "^(?<year>\\d{4})-(?<m>\\d{2})$", "a{,3}", "x{", "}", "]", "^\\.$", "\\cJ", "[\\b]", "\\0", "^(a|b)*?c$", "^a+?$", "^(|a)+$", "(?:)", "^.$",
  "^[\\u00e0-\\u00ff]+$", "^\\D\\W\\S$", "a$|^b", "(^a|b$)", "^(\\w+\\s?)*$", "👍", "^[👍]$", "^.{1}$",
];

const INPUTS = [
  "", "a", "b", "c", "ab", "abc", "abcd", "abbcd", "ABC", "xyz", "hij", "gm", "aaa", "aaaa", "aaaaab", "ababab", "abababab", "12", "123-4567",
  "foo", "a foo b", "foobar", "barfoo", "x@y.io", "not an email", "-", "z", "5", "\n", "\t", "\r\n", "A", "AB", "2024-05", "x{", "{,3}", "a{,3}",
  "}", "]", ".", "\b", "\0", "aac", "ac", "\u00e9t\u00e9", "1 !", "  ", "word word", "👍", "👍👍", "\ud83d", "0000!", "b\n", "a\nb",
];

describe("linear @pattern matcher", () => {
  test("agrees with RegExp.prototype.test", () => {
    const mismatches: string[] = [];
    for (const source of PATTERNS) {
      const compiled = compilePattern(source);
      expect(compiled.linear, `${source} should be matched in linear time`).toBe(true);
      const native = new RegExp(source);
      for (const input of INPUTS) {
        if (compiled.test(input) !== native.test(input)) mismatches.push(`/${source}/ on ${JSON.stringify(input)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test("agrees with RegExp on generated inputs", () => {
    // A small deterministic generator (no Math.random: failures must reproduce).
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = "ab01 _-.!\n";
    const mismatches: string[] = [];
    for (const source of PATTERNS) {
      const compiled = compilePattern(source);
      const native = new RegExp(source);
      for (let k = 0; k < 200; k++) {
        let s = "";
        const len = next(12);
        for (let i = 0; i < len; i++) s += alphabet[next(alphabet.length)];
        if (compiled.test(s) !== native.test(s)) mismatches.push(`/${source}/ on ${JSON.stringify(s)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test("agrees with RegExp on generated patterns", () => {
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const atoms = ["a", "b", ".", "[ab]", "[^a]", "\\w", "\\W", "\\d", "\\s", "\\b", "\\B", "^", "$", "(?:)", "[a-c]", "x"];
    const quantifiers = ["*", "+", "?", "{2}", "{1,3}", "{0,}", "*?"];
    const pattern = (depth: number): string => {
      const k = next(depth > 3 ? 3 : 7);
      if (k <= 2) return atoms[next(atoms.length)]!;
      if (k === 3) return pattern(depth + 1) + pattern(depth + 1);
      if (k === 4) return `(${pattern(depth + 1)}|${pattern(depth + 1)})`;
      if (k === 5) return `(?:${pattern(depth + 1)})${quantifiers[next(quantifiers.length)]}`;
      return `(${pattern(depth + 1)})`;
    };
    const alphabet = "abx1 _-\n";
    const mismatches: string[] = [];
    for (let p = 0; p < 1000; p++) {
      const source = pattern(0);
      let native: RegExp;
      try {
        native = new RegExp(source);
      } catch {
        continue; // e.g. a quantified assertion: not a pattern at all
      }
      const compiled = compilePattern(source);
      for (let k = 0; k < 40; k++) {
        let s = "";
        const len = next(8);
        for (let i = 0; i < len; i++) s += alphabet[next(alphabet.length)];
        if (compiled.test(s) !== native.test(s)) mismatches.push(`/${source}/ on ${JSON.stringify(s)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test("the corpus's ReDoS pattern answers on a long hostile input (a backtracking engine would not return)", () => {
    const evil = compilePattern("^([0-9]+)+$");
    expect(evil.test(`${"0".repeat(100_000)}!`)).toBe(false);
    expect(evil.test("0".repeat(100_000))).toBe(true);
    expect(compilePattern("(a|a)*b").test("a".repeat(50_000))).toBe(false);
    expect(compilePattern("^(\\w+\\s?)*$").test(`${"word ".repeat(20_000)}!`)).toBe(false);
  });

  test("falls back to RegExp, flagged non-linear, only for backreferences and lookaround", () => {
    for (const source of ["(a)\\1", "^(?=a)a", "(?!b)a", "(?<=a)b", "(?<!a)b", "\\k<x>(?<x>a)"]) {
      const compiled = compilePattern(source);
      expect(compiled.linear, source).toBe(false);
      expect(compiled.fallbackReason).toMatch(/backreference|lookahead|lookbehind/);
      const native = new RegExp(source);
      for (const input of ["aa", "a", "ab", "b", "ba"]) expect(compiled.test(input)).toBe(native.test(input));
    }
  });

  test("huge counted repetitions fall back instead of building a giant automaton", () => {
    const compiled = compilePattern("^(a{1000}){1000}$");
    expect(compiled.linear).toBe(false);
    expect(compiled.test("a")).toBe(false);
  });

  test("invalid patterns are rejected with a clear error", () => {
    for (const source of ["(", "a**", "[b-a]", "(?<1>a)", "a{3,1}", "\\"]) {
      expect(() => compilePattern(source), source).toThrow(InvalidPatternError);
    }
  });
});
