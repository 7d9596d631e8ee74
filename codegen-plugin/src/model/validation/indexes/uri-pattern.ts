// The path patterns of @http `uri` and @endpoint `hostPrefix`: literal segments and
// `{label}` / `{label+}` segments, plus the literal query parameters of a URI. Parsing
// follows Smithy's rules and reports the same problems.
import { isIdentifier } from "../../shape-id.js";

export interface Segment {
  readonly content: string;
  readonly kind: "literal" | "label" | "greedy";
}

export interface UriPattern {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Literal query parameters, in order ("" when given without a value). */
  readonly queryLiterals: ReadonlyMap<string, string>;
}

export type Parsed<T> = { readonly pattern: T } | { readonly error: string };

function parseSegment(text: string, offset: number): Segment {
  let segment: Segment;
  if (text.length >= 2 && text.startsWith("{") && text.endsWith("}")) {
    const greedy = text.charAt(text.length - 2) === "+";
    segment = { content: text.slice(1, greedy ? -2 : -1), kind: greedy ? "greedy" : "label" };
  } else {
    segment = { content: text, kind: "literal" };
  }
  const at = ` at index ${offset}`;
  if (segment.kind === "literal") {
    if (segment.content === "") throw new PatternError(`Segments must not be empty${at}`);
    if (segment.content.includes("{") || segment.content.includes("}")) {
      throw new PatternError(`Literal segments must not contain \`{\` or \`}\` characters. Found segment \`${segment.content}\`${at}`);
    }
  } else if (segment.content === "") {
    throw new PatternError(`Empty label declaration in pattern${at}.`);
  } else if (!isIdentifier(segment.content)) {
    throw new PatternError(`Invalid label name in pattern: '${segment.content}'${at}. Labels must contain value identifiers.`);
  }
  return segment;
}

class PatternError extends Error {}

function checkDuplicateLabels(text: string, segments: readonly Segment[]): void {
  const seen = new Set<string>();
  for (const s of segments) {
    if (s.kind === "literal") continue;
    const key = s.content.toLowerCase();
    if (seen.has(key)) throw new PatternError(`Label \`${s.content}\` is defined more than once in pattern: ${text}`);
    seen.add(key);
  }
}

/** Parses an @http `uri`. */
export function parseUriPattern(uri: string): Parsed<UriPattern> {
  try {
    if (uri.endsWith("?")) throw new PatternError(`URI patterns must not end with '?'. Found ${uri}`);
    if (!uri.startsWith("/")) throw new PatternError(`URI pattern must start with '/'. Found ${uri}`);
    if (uri.includes("#")) throw new PatternError(`URI pattern must not contain a fragment. Found ${uri}`);
    const q = uri.indexOf("?");
    const path = q < 0 ? uri : uri.slice(0, q);
    const parts = path.split("/");
    // Like Java's String.split, trailing empty parts do not count ("/foo/" has one segment).
    while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
    const segments: Segment[] = [];
    let offset = 1;
    for (let i = 1; i < parts.length; i++) {
      segments.push(parseSegment(parts[i]!, offset));
      offset += parts[i]!.length + 1;
    }
    const queryLiterals = new Map<string, string>();
    if (q >= 0) {
      const query = uri.slice(q + 1);
      if (query.includes("{") || query.includes("}")) {
        throw new PatternError(`URI labels must not appear in the query string. Found ${uri}`);
      }
      for (const kvp of query.split("&")) {
        const eq = kvp.indexOf("=");
        const key = eq < 0 ? kvp : kvp.slice(0, eq);
        if (queryLiterals.has(key)) throw new PatternError(`Literal query parameters must not be repeated: ${uri}`);
        queryLiterals.set(key, eq < 0 ? "" : kvp.slice(eq + 1));
      }
    }
    checkDuplicateLabels(uri, segments);
    return { pattern: { text: uri, segments, queryLiterals } };
  } catch (e) {
    if (e instanceof PatternError) return { error: e.message };
    throw e;
  }
}

/** Parses an @endpoint `hostPrefix` (labels between literal text, never greedy or adjacent). */
export function parseHostPrefix(prefix: string): Parsed<UriPattern> {
  try {
    const segments: Segment[] = [];
    const tokens = prefix.split(/([{}])/).filter((t) => t !== "");
    let position = 0;
    for (let i = 0; i < tokens.length; i++) {
      let token = tokens[i]!;
      if (token === "{") {
        if (segments.length > 0 && segments[segments.length - 1]!.kind !== "literal") {
          throw new PatternError(`Host labels must not be adjacent in a pattern. Found ${prefix}`);
        }
        for (let k = 0; k < 2; k++) {
          if (i + 1 >= tokens.length) throw new PatternError(`Unclosed label found in pattern at: .${position}`);
          token += tokens[++i]!;
        }
      } else if (token === "}") {
        throw new PatternError(`Literal segments must not contain \`}\`. Found at: ${position}`);
      }
      segments.push(parseSegment(token, position));
      position += token.length;
    }
    checkDuplicateLabels(prefix, segments);
    if (segments.some((s) => s.kind === "greedy")) {
      throw new PatternError(`Pattern must not contain a greedy label. Found ${prefix}`);
    }
    return { pattern: { text: prefix, segments, queryLiterals: new Map() } };
  } catch (e) {
    if (e instanceof PatternError) return { error: e.message };
    throw e;
  }
}

/** The label named `name` (case-insensitively), if the pattern has one. */
export function findLabel(pattern: UriPattern, name: string): Segment | undefined {
  const key = name.toLowerCase();
  return pattern.segments.find((s) => s.kind !== "literal" && s.content.toLowerCase() === key);
}

/** Whether two URIs route the same requests (same shape of segments and the same query literals). */
export function urisConflict(a: UriPattern, b: UriPattern): boolean {
  if (a.segments.length !== b.segments.length) return false;
  for (let i = 0; i < a.segments.length; i++) {
    const x = a.segments[i]!;
    const y = b.segments[i]!;
    if (x.kind === "literal" || y.kind === "literal") {
      if (x.kind !== "literal" || y.kind !== "literal" || x.content !== y.content) return false;
    } else if (x.kind !== y.kind) {
      return false;
    }
  }
  if (a.queryLiterals.size !== b.queryLiterals.size) return false;
  for (const [k, v] of a.queryLiterals) if (b.queryLiterals.get(k) !== v) return false;
  return true;
}

/**
 * Segment pairs where one pattern has a label and the other does not (or greedy differs),
 * up to the first pair of differing literals.
 */
export function conflictingLabelSegments(a: UriPattern, b: UriPattern): [Segment, Segment][] {
  const out: [Segment, Segment][] = [];
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i]!;
    const y = b.segments[i]!;
    const xLabel = x.kind !== "literal";
    const yLabel = y.kind !== "literal";
    if (xLabel !== yLabel || (x.kind === "greedy") !== (y.kind === "greedy")) {
      out.push([x, y]);
    } else if (!xLabel && x.content !== y.content) {
      return out;
    }
  }
  return out;
}
