// Method names for client operations and fluent setters.

/**
 * "GetForecast" -> "getForecast", "HTTPPayload" -> "httpPayload", "ABC" -> "abc",
 * "_private" -> "_private": the leading run of capitals is lower-cased, except the last one
 * when a lower-case letter follows (it starts the next word).
 */
export function camelCase(name: string): string {
  const run = /^[A-Z]+/.exec(name)?.[0] ?? "";
  if (run === "") return name;
  if (run.length === name.length) return name.toLowerCase();
  const keep = run.length > 1 && /[a-z]/.test(name.charAt(run.length)) ? run.length - 1 : run.length;
  return name.slice(0, keep).toLowerCase() + name.slice(keep);
}

/** "city" -> "City" (for `setCity`). */
export function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `base` if `free(base)`, else base + separator + 2, 3, ... */
export function uniqueName(base: string, free: (candidate: string) => boolean, separator = "_"): string {
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${separator}${n}`;
    if (free(candidate)) return candidate;
  }
}
