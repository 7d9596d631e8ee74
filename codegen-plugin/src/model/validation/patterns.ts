// @pattern values are ECMA-262 regular expressions. Compiled once per pattern text; a
// pattern JavaScript cannot compile yields undefined (the PatternTrait validator reports it).
const cache = new Map<string, RegExp | undefined>();

export function compilePattern(pattern: string): RegExp | undefined {
  if (cache.has(pattern)) return cache.get(pattern);
  let regex: RegExp | undefined;
  try {
    regex = new RegExp(pattern, "u");
  } catch {
    try {
      regex = new RegExp(pattern);
    } catch {
      regex = undefined;
    }
  }
  cache.set(pattern, regex);
  return regex;
}
