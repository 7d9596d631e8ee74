// Name helpers every mode that generates methods needs (server builder setters, client
// methods): camel-casing a Smithy name and picking the first free variant of a name.

/**
 * "GetForecast" -> "getForecast", "HTTPPayload" -> "httpPayload", "ABC" -> "abc",
 * "_private" -> "_private": the leading run of capitals is lower-cased, except its last
 * letter when a lower-case letter follows (that capital starts the next word).
 */
export function camelCase(name: string): string {
  const run = /^[A-Z]+/.exec(name)?.[0] ?? "";
  if (run === "") return name;
  if (run.length === name.length) return name.toLowerCase();
  const keep = run.length > 1 && /[a-z]/.test(name.charAt(run.length)) ? run.length - 1 : run.length;
  return name.slice(0, keep).toLowerCase() + name.slice(keep);
}

/** `base` when `free(base)`, else `base` + separator + 2, 3, ... */
export function firstFreeName(base: string, free: (candidate: string) => boolean, separator = "_"): string {
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${separator}${n}`;
    if (free(candidate)) return candidate;
  }
}
