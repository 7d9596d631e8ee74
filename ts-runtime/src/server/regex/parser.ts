// A parser for ECMAScript regular expressions without flags (the dialect of Smithy's @pattern),
// producing the small AST the linear-time matcher compiles. It accepts the regular subset:
// literals, classes, escapes, groups, alternation, greedy and lazy quantifiers, ^ $ \b \B.
// Features that cannot be matched in linear time (backreferences, lookaround) and the rarer
// Annex B oddities (legacy octal escapes, `\c` without a letter) raise UnsupportedPattern so
// the caller can fall back to the platform's RegExp for that pattern.
//
// Characters are UTF-16 code units, as in a RegExp without the `u` flag.

/** Inclusive code-unit ranges, sorted and non-overlapping: [lo0, hi0, lo1, hi1, ...]. */
export type Ranges = readonly number[];

export type RegexNode =
  | { readonly t: "empty" }
  | { readonly t: "set"; readonly ranges: Ranges }
  | { readonly t: "concat"; readonly items: readonly RegexNode[] }
  | { readonly t: "alt"; readonly items: readonly RegexNode[] }
  | { readonly t: "repeat"; readonly item: RegexNode; readonly min: number; readonly max: number }
  | { readonly t: "assert"; readonly kind: "start" | "end" | "word" | "notWord" };

/** The pattern is valid but uses a feature the linear-time matcher does not implement. */
export class UnsupportedPattern extends Error {
  override readonly name = "UnsupportedPattern";
}

/** The pattern is not a valid regular expression (as far as this parser can tell). */
export class PatternSyntaxError extends Error {
  override readonly name = "PatternSyntaxError";
}

const MAX_CODE_UNIT = 0xffff;
export const DIGIT: Ranges = [0x30, 0x39];
export const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
export const SPACE: Ranges = normalize([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
]);
/** `.`: everything but line terminators. */
const DOT: Ranges = negate([0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029]);

/** Sorts and merges ranges given as flat pairs. */
export function normalize(pairs: readonly number[]): Ranges {
  const list: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 2) list.push([pairs[i]!, pairs[i + 1]!]);
  list.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of list) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) out[last] = Math.max(out[last]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

export function negate(ranges: Ranges): Ranges {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i]! > next) out.push(next, ranges[i]! - 1);
    next = ranges[i + 1]! + 1;
  }
  if (next <= MAX_CODE_UNIT) out.push(next, MAX_CODE_UNIT);
  return out;
}

export function parseRegex(source: string): RegexNode {
  return new Parser(source).parse();
}

class Parser {
  #i = 0;

  constructor(readonly src: string) {}

  parse(): RegexNode {
    const node = this.#disjunction();
    if (this.#i < this.src.length) {
      // Only an unbalanced ")" stops a disjunction early.
      this.#syntax("unmatched ')'");
    }
    return node;
  }

  #syntax(why: string): never {
    throw new PatternSyntaxError(`invalid regular expression /${this.src}/ at offset ${this.#i}: ${why}`);
  }

  #unsupported(what: string): never {
    throw new UnsupportedPattern(`/${this.src}/ uses ${what}, which has no linear-time match`);
  }

  #peek(offset = 0): string | undefined {
    return this.src[this.#i + offset];
  }

  #disjunction(): RegexNode {
    const items = [this.#alternative()];
    while (this.#peek() === "|") {
      this.#i++;
      items.push(this.#alternative());
    }
    return items.length === 1 ? items[0]! : { t: "alt", items };
  }

  #alternative(): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      const c = this.#peek();
      if (c === undefined || c === "|" || c === ")") break;
      items.push(this.#term());
    }
    if (items.length === 0) return { t: "empty" };
    return items.length === 1 ? items[0]! : { t: "concat", items };
  }

  #term(): RegexNode {
    const c = this.#peek()!;
    if (c === "^" || c === "$") {
      this.#i++;
      this.#rejectQuantifier();
      return { t: "assert", kind: c === "^" ? "start" : "end" };
    }
    if (c === "\\" && (this.#peek(1) === "b" || this.#peek(1) === "B")) {
      const kind = this.#peek(1) === "b" ? "word" : "notWord";
      this.#i += 2;
      this.#rejectQuantifier();
      return { t: "assert", kind };
    }
    if (c === "(" && this.#peek(1) === "?" && (this.#peek(2) === "=" || this.#peek(2) === "!")) this.#unsupported("a lookahead");
    if (c === "(" && this.#peek(1) === "?" && this.#peek(2) === "<" && (this.#peek(3) === "=" || this.#peek(3) === "!")) this.#unsupported("a lookbehind");
    const atom = this.#atom();
    return this.#quantified(atom);
  }

  #rejectQuantifier(): void {
    const c = this.#peek();
    if (c === "*" || c === "+" || c === "?" || (c === "{" && this.#bracedQuantifier(false) !== undefined)) this.#syntax("nothing to repeat");
  }

  /** Reads `{n}`, `{n,}` or `{n,m}` at the cursor; undefined (cursor unchanged) when it is not one. */
  #bracedQuantifier(consume: boolean): { min: number; max: number } | undefined {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.#i, this.#i + 40));
    if (!m) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    if (consume) this.#i += m[0].length;
    return { min, max };
  }

  #quantified(atom: RegexNode): RegexNode {
    const bounds = this.#quantifier();
    if (bounds === undefined) return atom;
    if (bounds.min > bounds.max) this.#syntax("numbers out of order in {} quantifier");
    if (this.#peek() === "?") this.#i++; // laziness does not change whether a match exists
    return { t: "repeat", item: atom, min: bounds.min, max: bounds.max };
  }

  /** Consumes a quantifier at the cursor, if there is one. */
  #quantifier(): { min: number; max: number } | undefined {
    const c = this.#peek();
    if (c === "{") return this.#bracedQuantifier(true);
    const bounds = c === "*" ? { min: 0, max: Infinity } : c === "+" ? { min: 1, max: Infinity } : c === "?" ? { min: 0, max: 1 } : undefined;
    if (bounds !== undefined) this.#i++;
    return bounds;
  }

  #atom(): RegexNode {
    const c = this.#peek()!;
    switch (c) {
      case ".":
        this.#i++;
        return { t: "set", ranges: DOT };
      case "(":
        return this.#group();
      case "[":
        return this.#class();
      case "\\":
        return this.#atomEscape();
      case "*":
      case "+":
      case "?":
        return this.#syntax("nothing to repeat");
      case "{":
        if (this.#bracedQuantifier(false) !== undefined) this.#syntax("nothing to repeat");
        break;
    }
    this.#i++;
    const code = c.charCodeAt(0);
    return { t: "set", ranges: [code, code] };
  }

  #group(): RegexNode {
    this.#i++; // "("
    if (this.#peek() === "?") {
      if (this.#peek(1) === ":") this.#i += 2;
      else if (this.#peek(1) === "<") {
        const close = this.src.indexOf(">", this.#i);
        if (close < 0 || !/^[A-Za-z_$][\w$]*$/.test(this.src.slice(this.#i + 2, close))) this.#syntax("invalid group name");
        this.#i = close + 1;
      } else this.#syntax("invalid group");
    }
    const inner = this.#disjunction();
    if (this.#peek() !== ")") this.#syntax("unterminated group");
    this.#i++;
    return inner;
  }

  #atomEscape(): RegexNode {
    const next = this.#peek(1);
    if (next === undefined) this.#syntax("\\ at end of pattern");
    if (next >= "1" && next <= "9") this.#unsupported("a backreference or legacy octal escape");
    if (next === "k") this.#unsupported("a named backreference");
    this.#i++;
    return { t: "set", ranges: this.#escapeRanges(false) };
  }

  /** Reads the escape after a consumed "\"; returns the ranges it stands for. */
  #escapeRanges(inClass: boolean): Ranges {
    const e = this.#peek()!;
    this.#i++;
    switch (e) {
      case "d":
        return DIGIT;
      case "D":
        return negate(DIGIT);
      case "w":
        return WORD;
      case "W":
        return negate(WORD);
      case "s":
        return SPACE;
      case "S":
        return negate(SPACE);
      case "t":
        return single(0x09);
      case "n":
        return single(0x0a);
      case "v":
        return single(0x0b);
      case "f":
        return single(0x0c);
      case "r":
        return single(0x0d);
      case "b":
        // Only reached inside a class: outside, \b is an assertion.
        return single(0x08);
      case "0":
        if (/[0-9]/.test(this.#peek() ?? "")) this.#unsupported("a legacy octal escape");
        return single(0);
      case "c": {
        const letter = this.#peek();
        if (letter !== undefined && /[A-Za-z]/.test(letter)) {
          this.#i++;
          return single(letter.charCodeAt(0) % 32);
        }
        return this.#unsupported("\\c without a control letter");
      }
      case "x": {
        const hex = this.src.slice(this.#i, this.#i + 2);
        if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
          this.#i += 2;
          return single(parseInt(hex, 16));
        }
        return single(0x78); // Annex B: "\x" not followed by two hex digits is "x"
      }
      case "u": {
        const hex = this.src.slice(this.#i, this.#i + 4);
        if (/^[0-9A-Fa-f]{4}$/.test(hex)) {
          this.#i += 4;
          return single(parseInt(hex, 16));
        }
        return single(0x75);
      }
      default:
        if (inClass && e >= "1" && e <= "9") this.#unsupported("a legacy octal escape");
        // Identity escape (Annex B allows any character that is not a letter handled above).
        return single(e.charCodeAt(0));
    }
  }

  #class(): RegexNode {
    this.#i++; // "["
    let negated = false;
    if (this.#peek() === "^") {
      negated = true;
      this.#i++;
    }
    const pairs: number[] = [];
    for (;;) {
      const c = this.#peek();
      if (c === undefined) this.#syntax("unterminated character class");
      if (c === "]") {
        this.#i++;
        break;
      }
      const lo = this.#classAtom();
      if (this.#peek() === "-" && this.#peek(1) !== "]" && this.#peek(1) !== undefined) {
        this.#i++; // "-"
        const hi = this.#classAtom();
        if (lo.length === 2 && lo[0] === lo[1] && hi.length === 2 && hi[0] === hi[1]) {
          if (lo[0]! > hi[0]!) this.#syntax("range out of order in character class");
          pairs.push(lo[0]!, hi[0]!);
        } else {
          // Annex B: a class escape on either side makes "-" a literal.
          pairs.push(...lo, 0x2d, 0x2d, ...hi);
        }
        continue;
      }
      pairs.push(...lo);
    }
    const ranges = normalize(pairs);
    return { t: "set", ranges: negated ? negate(ranges) : ranges };
  }

  #classAtom(): Ranges {
    const c = this.#peek()!;
    if (c === "\\") {
      if (this.#peek(1) === undefined) this.#syntax("\\ at end of pattern");
      this.#i++;
      if (this.#peek() === "-") {
        this.#i++;
        return single(0x2d);
      }
      return this.#escapeRanges(true);
    }
    this.#i++;
    return single(c.charCodeAt(0));
  }
}

function single(code: number): Ranges {
  return [code, code];
}
