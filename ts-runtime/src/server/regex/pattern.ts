// @pattern evaluation that is safe against catastrophic backtracking.
//
// Approach: patterns in the regular subset of ECMAScript regex (everything except
// backreferences and lookaround, plus a few Annex B legacy escapes) are matched by
// LinearMatcher, whose cost is linear in the input whatever the pattern. Only patterns using
// the excluded features, or whose automaton would exceed a size bound (enormous counted
// repetitions), are handed to the platform's RegExp; `linear: false` marks them so the service
// can warn at build time that they run without ReDoS protection.
import { LinearMatcher, PatternTooLarge } from "./matcher.js";
import { parseRegex, PatternSyntaxError, UnsupportedPattern } from "./parser.js";

export interface CompiledPattern {
  readonly source: string;
  /** True when matching is guaranteed linear-time; false for the platform RegExp fallback. */
  readonly linear: boolean;
  /** Why the fallback was used (undefined when linear). */
  readonly fallbackReason: string | undefined;
  /** RegExp.prototype.test semantics without flags: true when the pattern matches somewhere in `value`. */
  test(value: string): boolean;
}

export class InvalidPatternError extends Error {
  override readonly name = "InvalidPatternError";
}

export function compilePattern(source: string): CompiledPattern {
  try {
    const matcher = new LinearMatcher(parseRegex(source));
    return { source, linear: true, fallbackReason: undefined, test: (value) => matcher.test(value) };
  } catch (e) {
    if (!(e instanceof UnsupportedPattern || e instanceof PatternTooLarge || e instanceof PatternSyntaxError)) throw e;
    let native: RegExp;
    try {
      native = new RegExp(source);
    } catch (syntax) {
      throw new InvalidPatternError(`@pattern ${JSON.stringify(source)} is not a valid ECMAScript regular expression: ${(syntax as Error).message}`);
    }
    return { source, linear: false, fallbackReason: e.message, test: (value) => native.test(value) };
  }
}
