// Linear-time matching for @pattern: the parsed pattern becomes a Thompson NFA, simulated as a
// DFA built lazily (each set of NFA states reached is cached as one DFA state with a
// transition table). Every input code unit costs one table lookup once warm, and at most one
// NFA-sized closure computation when not, so hostile inputs cannot trigger backtracking
// blow-ups: `^([0-9]+)+$` on a million digits followed by "!" is simply linear.
//
// Semantics are RegExp.prototype.test without flags: a match may start anywhere (Smithy
// patterns are not implicitly anchored), ^ and $ anchor to the input's ends, \b and \B look
// at the neighbouring code units.
import type { Ranges, RegexNode } from "./parser.js";
import { WORD } from "./parser.js";

/** The NFA would be too large (huge counted repetitions); the caller falls back. */
export class PatternTooLarge extends Error {
  override readonly name = "PatternTooLarge";
}

const MAX_NFA_STATES = 10_000;
/** DFA states kept per pattern before the cache is dropped and rebuilt, bounding memory. */
const MAX_DFA_STATES = 2_000;

const SET = 0;
const SPLIT = 1;
const ASSERT = 2;
const MATCH = 3;

const A_START = 0;
const A_END = 1;
const A_WORD = 2;
const A_NOT_WORD = 3;

interface Nfa {
  readonly op: readonly number[];
  readonly out: readonly number[];
  readonly out2: readonly number[];
  /** SET: index into `sets`; ASSERT: assertion kind. */
  readonly arg: readonly number[];
  readonly sets: readonly CharSet[];
  readonly start: number;
}

/** A character set with an ASCII bitmap for the common case. */
class CharSet {
  readonly #ascii = new Uint8Array(128);
  constructor(readonly ranges: Ranges) {
    for (let i = 0; i < ranges.length; i += 2) {
      for (let c = ranges[i]!; c <= Math.min(ranges[i + 1]!, 127); c++) this.#ascii[c] = 1;
    }
  }
  has(c: number): boolean {
    if (c < 128) return this.#ascii[c] === 1;
    const r = this.ranges;
    let lo = 0;
    let hi = r.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c < r[mid * 2]!) hi = mid - 1;
      else if (c > r[mid * 2 + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

function compileNfa(root: RegexNode): Nfa {
  const op: number[] = [];
  const out: number[] = [];
  const out2: number[] = [];
  const arg: number[] = [];
  const sets: CharSet[] = [];
  const setIndex = new Map<Ranges, number>();
  const add = (o: number, next: number, next2 = -1, a = -1): number => {
    if (op.length >= MAX_NFA_STATES) throw new PatternTooLarge(`the pattern needs more than ${MAX_NFA_STATES} automaton states`);
    op.push(o);
    out.push(next);
    out2.push(next2);
    arg.push(a);
    return op.length - 1;
  };
  // Compiles `node` so that it continues into state `next`; returns its entry state.
  const compile = (node: RegexNode, next: number): number => {
    switch (node.t) {
      case "empty":
        return next;
      case "set": {
        let idx = setIndex.get(node.ranges);
        if (idx === undefined) {
          idx = sets.push(new CharSet(node.ranges)) - 1;
          setIndex.set(node.ranges, idx);
        }
        return add(SET, next, -1, idx);
      }
      case "assert":
        return add(ASSERT, next, -1, node.kind === "start" ? A_START : node.kind === "end" ? A_END : node.kind === "word" ? A_WORD : A_NOT_WORD);
      case "concat": {
        let entry = next;
        for (let i = node.items.length - 1; i >= 0; i--) entry = compile(node.items[i]!, entry);
        return entry;
      }
      case "alt": {
        let entry = compile(node.items[node.items.length - 1]!, next);
        for (let i = node.items.length - 2; i >= 0; i--) entry = add(SPLIT, compile(node.items[i]!, next), entry);
        return entry;
      }
      case "repeat": {
        let entry = next;
        if (node.max === Infinity) {
          const loop = add(SPLIT, -1, next);
          out[loop] = compile(node.item, loop);
          entry = loop;
        } else {
          for (let k = node.min; k < node.max; k++) entry = add(SPLIT, compile(node.item, entry), next);
        }
        for (let k = 0; k < node.min; k++) entry = compile(node.item, entry);
        return entry;
      }
    }
  };
  const match = add(MATCH, -1);
  const start = compile(root, match);
  return { op, out, out2, arg, sets, start };
}

/** One DFA state: the NFA states reached after consuming some input, plus the context the assertions need. */
class DState {
  ascii: (DState | undefined)[] | undefined;
  other: Map<number, DState> | undefined;
  /** 1 when the input may end here with a match, 0 when not, -1 until computed. */
  endAccepts = -1;
  dead = false;
  constructor(
    readonly seeds: Int32Array,
    readonly atStart: boolean,
    readonly prevWord: boolean,
  ) {}
}

const wordSet = new CharSet(WORD);

function isWord(c: number): boolean {
  return c >= 0 && wordSet.has(c);
}

export class LinearMatcher {
  readonly #nfa: Nfa;
  #states = new Map<string, DState>();
  readonly #initial: DState;
  readonly #matched = new DState(new Int32Array(0), false, false);
  // Scratch space reused by every closure computation.
  readonly #mark: Uint32Array;
  #generation = 0;
  readonly #stack: Int32Array;
  readonly #found: Int32Array;

  constructor(root: RegexNode) {
    this.#nfa = compileNfa(root);
    const n = this.#nfa.op.length;
    this.#mark = new Uint32Array(n);
    this.#stack = new Int32Array(n * 3 + 2);
    this.#found = new Int32Array(n);
    this.#initial = new DState(new Int32Array(0), true, false);
  }

  test(input: string): boolean {
    let state = this.#initial;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      let next = c < 128 ? state.ascii?.[c] : state.other?.get(c);
      if (next === undefined) {
        next = this.#step(state, c);
        if (c < 128) (state.ascii ??= new Array<DState | undefined>(128))[c] = next;
        else (state.other ??= new Map()).set(c, next);
      }
      if (next === this.#matched) return true;
      if (next.dead) return false;
      state = next;
    }
    if (state.endAccepts < 0) state.endAccepts = this.#closure(state, -1, true) < 0 ? 1 : 0;
    return state.endAccepts === 1;
  }

  /**
   * Follows epsilon moves from the state's seeds and the (search-mode) start state, given the
   * next code unit (`next`, -1 at the end of input). Fills #found with the SET states reached
   * and returns their count, or -1 when the match state is reachable.
   */
  #closure(state: DState, next: number, atEnd: boolean): number {
    const { op, out, out2, arg, start } = this.#nfa;
    const mark = this.#mark;
    const stack = this.#stack;
    const gen = this.#nextGeneration();
    const nextWord = isWord(next);
    let sp = 0;
    let found = 0;
    stack[sp++] = start;
    for (let i = state.seeds.length - 1; i >= 0; i--) stack[sp++] = state.seeds[i]!;
    while (sp > 0) {
      const s = stack[--sp]!;
      if (mark[s] === gen) continue;
      mark[s] = gen;
      switch (op[s]) {
        case SET:
          this.#found[found++] = s;
          break;
        case SPLIT:
          stack[sp++] = out2[s]!;
          stack[sp++] = out[s]!;
          break;
        case ASSERT: {
          const kind = arg[s];
          const holds =
            kind === A_START ? state.atStart : kind === A_END ? atEnd : kind === A_WORD ? state.prevWord !== nextWord : state.prevWord === nextWord;
          if (holds) stack[sp++] = out[s]!;
          break;
        }
        case MATCH:
          return -1;
      }
    }
    return found;
  }

  #nextGeneration(): number {
    if (this.#generation === 0xffffffff) {
      this.#mark.fill(0);
      this.#generation = 0;
    }
    return ++this.#generation;
  }

  #step(state: DState, c: number): DState {
    const found = this.#closure(state, c, false);
    if (found < 0) return this.#matched;
    const { out, arg, sets } = this.#nfa;
    const targets: number[] = [];
    for (let i = 0; i < found; i++) {
      const s = this.#found[i]!;
      if (sets[arg[s]!]!.has(c)) targets.push(out[s]!);
    }
    targets.sort((a, b) => a - b);
    const seeds: number[] = [];
    for (const t of targets) if (seeds[seeds.length - 1] !== t) seeds.push(t);
    const prevWord = isWord(c);
    const key = `${prevWord ? 1 : 0}:${seeds.join(",")}`;
    let next = this.#states.get(key);
    if (next === undefined) {
      if (this.#states.size >= MAX_DFA_STATES) this.#states = new Map();
      next = new DState(Int32Array.from(seeds), false, prevWord);
      next.dead = seeds.length === 0 && this.#startIsDead(next);
      this.#states.set(key, next);
    }
    return next;
  }

  /** With nothing in flight and past the input's start, can the start state still get anywhere? */
  #startIsDead(state: DState): boolean {
    // "a" stands for any word character and " " for any other: closures only depend on that.
    return this.#closure(state, 0x61, false) === 0 && this.#closure(state, 0x20, false) === 0 && this.#closure(state, -1, true) === 0;
  }
}
