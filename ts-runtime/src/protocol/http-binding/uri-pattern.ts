// @http URI patterns: "/path/{label}/{greedy+}?literal=value&flag". Clients fill the labels in;
// servers match a request path against the pattern to read the labels back.
import { SerdeError } from "../../serde/serde-error.js";
import { percentDecode } from "../../serde/uri-encoding.js";

export type PatternSegment = { readonly kind: "literal"; readonly text: string } | { readonly kind: "label"; readonly name: string; readonly greedy: boolean };

export interface UriPattern {
  readonly segments: readonly PatternSegment[];
  /** Literal query parameters; a key without "=" has the value "". */
  readonly query: readonly (readonly [string, string])[];
  /** Index of the greedy label segment, or -1. */
  readonly greedyIndex: number;
  /** The pattern's path ends with "/" (clients reproduce it; servers ignore trailing slashes). */
  readonly trailingSlash: boolean;
}

const cache = new Map<string, UriPattern>();

export function parseUriPattern(uri: string): UriPattern {
  let pattern = cache.get(uri);
  if (pattern !== undefined) return pattern;
  const question = uri.indexOf("?");
  const path = question < 0 ? uri : uri.slice(0, question);
  const queryText = question < 0 ? "" : uri.slice(question + 1);
  const segments: PatternSegment[] = path
    .split("/")
    .filter((s) => s !== "")
    .map((s) => {
      const label = /^\{([^}+]+)(\+)?\}$/.exec(s);
      return label === null ? { kind: "literal", text: s } : { kind: "label", name: label[1]!, greedy: label[2] === "+" };
    });
  const query = queryText
    .split("&")
    .filter((p) => p !== "")
    .map((p): readonly [string, string] => {
      const eq = p.indexOf("=");
      return eq < 0 ? [percentDecode(p), ""] : [percentDecode(p.slice(0, eq)), percentDecode(p.slice(eq + 1))];
    });
  pattern = { segments, query, greedyIndex: segments.findIndex((s) => s.kind === "label" && s.greedy), trailingSlash: path.length > 1 && path.endsWith("/") };
  cache.set(uri, pattern);
  return pattern;
}

/**
 * Matches a percent-encoded request path against a pattern and returns the decoded label
 * values, or undefined when the path does not fit. A trailing slash is ignored.
 */
export function matchUriPattern(pattern: UriPattern, path: string): Map<string, string> | undefined {
  if (pattern.greedyIndex < 0) return matchFixed(pattern.segments, path);
  const parts = path.split("/");
  // parts[0] is the empty text before the leading "/"; a trailing "/" leaves an empty last part.
  const start = 1;
  let end = parts.length;
  if (end > start && parts[end - 1] === "") end--;
  const count = end - start;
  const segments = pattern.segments;
  const labels = new Map<string, string>();
  if (pattern.greedyIndex < 0) {
    if (count !== segments.length) return undefined;
    for (let i = 0; i < segments.length; i++) if (!matchSegment(segments[i]!, parts[start + i]!, labels)) return undefined;
    return labels;
  }
  const g = pattern.greedyIndex;
  const after = segments.length - g - 1;
  if (count < segments.length) return undefined;
  for (let i = 0; i < g; i++) if (!matchSegment(segments[i]!, parts[start + i]!, labels)) return undefined;
  for (let i = 0; i < after; i++) if (!matchSegment(segments[g + 1 + i]!, parts[end - after + i]!, labels)) return undefined;
  const greedy = parts.slice(start + g, end - after);
  if (greedy.some((p) => p === "")) return undefined;
  labels.set((segments[g] as { readonly name: string }).name, greedy.map(percentDecode).join("/"));
  return labels;
}

/**
 * matchUriPattern for patterns without a greedy label: the path is scanned in place, so only
 * label values are cut out of it.
 */
function matchFixed(segments: readonly PatternSegment[], path: string): Map<string, string> | undefined {
  const labels = new Map<string, string>();
  // As with split("/"): the text before the first "/" is not a segment; one trailing "/" is ignored.
  const first = path.indexOf("/");
  if (first < 0) return segments.length === 0 ? labels : undefined;
  let limit = path.length;
  if (limit > first + 1 && path.charCodeAt(limit - 1) === 47 /* / */) limit--;
  let at = first + 1;
  if (segments.length === 0) return at >= limit ? labels : undefined;
  for (const segment of segments) {
    if (at > limit) return undefined;
    let next = path.indexOf("/", at);
    if (next < 0 || next > limit) next = limit;
    if (next === at) return undefined;
    if (segment.kind === "literal" && next - at === segment.text.length && path.startsWith(segment.text, at)) {
      at = next + 1;
      continue;
    }
    if (!matchSegment(segment, path.slice(at, next), labels)) return undefined;
    at = next + 1;
  }
  return at > limit ? labels : undefined;
}

function matchSegment(segment: PatternSegment, part: string, labels: Map<string, string>): boolean {
  if (part === "") return false;
  const decoded = percentDecode(part);
  if (segment.kind === "literal") return decoded === segment.text || part === segment.text;
  labels.set(segment.name, decoded);
  return true;
}

/** Throws the SerdeError servers report when a request path does not fit the pattern. */
export function pathMismatch(path: string, uri: string): SerdeError {
  return new SerdeError(`request path "${path.length > 128 ? `${path.slice(0, 128)}…` : path}" does not match the operation's URI pattern "${uri}"`);
}
