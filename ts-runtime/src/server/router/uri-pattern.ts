// The @http `uri` pattern: "/literal/{label}/{greedy+}/tail?key=value&flag". Parsed once per
// operation; the router matches requests against the parsed form.

export type PathSegment =
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "label"; readonly name: string }
  | { readonly kind: "greedy"; readonly name: string };

/** A query literal: the key must be present; with a value, some pair must carry exactly it. */
export interface QueryLiteral {
  readonly key: string;
  readonly value: string | undefined;
}

export interface UriPattern {
  readonly source: string;
  /** Path segments; a trailing slash in the pattern is ignored, as it is in requests. */
  readonly segments: readonly PathSegment[];
  readonly query: readonly QueryLiteral[];
}

export class UriPatternError extends Error {
  override readonly name = "UriPatternError";
}

const LABEL = /^\{([A-Za-z0-9_]+)(\+?)\}$/;

/** Parses an @http uri; throws UriPatternError saying what is wrong and where. */
export function parseUriPattern(uri: string): UriPattern {
  const fail = (why: string): never => {
    throw new UriPatternError(`invalid @http uri ${JSON.stringify(uri)}: ${why}`);
  };
  if (!uri.startsWith("/")) fail('it must start with "/"');
  if (uri.includes("#")) fail('it must not contain a fragment ("#")');
  if (uri.endsWith("?")) fail('it must not end with "?"');
  const queryAt = uri.indexOf("?");
  const path = queryAt < 0 ? uri : uri.slice(0, queryAt);
  const rawSegments = path === "/" ? [] : path.slice(1).split("/");
  if (rawSegments.length > 0 && rawSegments[rawSegments.length - 1] === "") rawSegments.pop();

  const segments: PathSegment[] = [];
  const names = new Set<string>();
  let greedyCount = 0;
  for (const raw of rawSegments) {
    if (raw === "") fail('it must not contain empty path segments ("//")');
    if (raw === "." || raw === "..") fail(`it must not contain dot segments ("${raw}")`);
    const label = LABEL.exec(raw);
    if (label) {
      const name = label[1]!;
      if (names.has(name)) fail(`label {${name}} appears twice`);
      names.add(name);
      if (label[2] === "+") {
        greedyCount++;
        segments.push({ kind: "greedy", name });
      } else {
        segments.push({ kind: "label", name });
      }
      continue;
    }
    if (raw.includes("{") || raw.includes("}")) fail(`segment "${raw}" must be a whole label like "{name}" or a literal without braces`);
    segments.push({ kind: "literal", value: decodeLiteral(raw, fail) });
  }
  if (greedyCount > 1) fail("at most one greedy label ({name+}) is allowed");

  const query: QueryLiteral[] = [];
  if (queryAt >= 0) {
    const keys = new Set<string>();
    for (const part of uri.slice(queryAt + 1).split("&")) {
      if (part === "") fail('query literals must not be empty ("&&")');
      if (part.includes("{") || part.includes("}")) fail(`query literal "${part}" must not contain a label`);
      const eq = part.indexOf("=");
      const key = decodeLiteral(eq < 0 ? part : part.slice(0, eq), fail);
      if (key === "") fail(`query literal "${part}" has an empty key`);
      if (keys.has(key)) fail(`query literal key "${key}" appears twice`);
      keys.add(key);
      query.push({ key, value: eq < 0 ? undefined : decodeLiteral(part.slice(eq + 1), fail) });
    }
  }
  return { source: uri, segments, query };
}

function decodeLiteral(raw: string, fail: (why: string) => never): string {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return fail(`"${raw}" is not valid percent-encoding`);
  }
}

