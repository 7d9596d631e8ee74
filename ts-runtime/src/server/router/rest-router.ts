// restJson1 / restXml routing by method and @http uri pattern, with Smithy's specificity
// rules: at the first position where two patterns differ in kind, a literal beats a label and
// a label beats a greedy label; then the longer pattern wins; then the one with more query
// literals. Routes are sorted by that rank once, so the first route that matches a request is
// the most specific one. Equally ranked routes keep declaration order (findRouteConflicts
// reports the truly equivalent ones).
import { FrameworkError } from "../../protocol/protocol.js";
import type { OperationSchema } from "../../schema/schema.js";
import type { ServerRequest } from "../types.js";
import { findRouteConflicts } from "./route-conflicts.js";
import type { RouteMatch, Router } from "./router.js";
import { parseUriPattern, type PathSegment, type QueryLiteral } from "./uri-pattern.js";

const LITERAL = 0;
const LABEL = 1;
const GREEDY = 2;

interface Route {
  readonly index: number;
  /** The (immutable) result handed out for every request this route matches: no allocation per request. */
  readonly match: RouteMatch;
  /** Segment kinds (LITERAL / LABEL / GREEDY). */
  readonly kinds: readonly number[];
  /** Literal value or label name, per segment. */
  readonly texts: readonly string[];
  readonly greedyAt: number;
  readonly query: readonly QueryLiteral[];
}

/** Routes of one method: those whose first segment is a literal, bucketed by it; then the rest. */
interface MethodTable {
  readonly root: Route[];
  readonly byFirstLiteral: Map<string, Route[]>;
  readonly others: Route[];
}

function toRoute(index: number, segments: readonly PathSegment[], query: readonly QueryLiteral[]): Route {
  const kinds: number[] = [];
  const texts: string[] = [];
  let greedyAt = -1;
  segments.forEach((s, i) => {
    if (s.kind === "literal") {
      kinds.push(LITERAL);
      texts.push(s.value);
    } else {
      kinds.push(s.kind === "label" ? LABEL : GREEDY);
      texts.push(s.name);
      if (s.kind === "greedy") greedyAt = i;
    }
  });
  return { index, match: Object.freeze({ index }), kinds, texts, greedyAt, query };
}

/** Negative when `a` is more specific than `b` (Smithy's specificity routing). */
export function compareSpecificity(a: { readonly kinds: readonly number[]; readonly query: readonly unknown[] }, b: typeof a): number {
  const n = Math.min(a.kinds.length, b.kinds.length);
  for (let x = 0; x < n; x++) {
    const d = a.kinds[x]! - b.kinds[x]!;
    if (d !== 0) return d;
  }
  if (a.kinds.length !== b.kinds.length) return b.kinds.length - a.kinds.length;
  return b.query.length - a.query.length;
}

function decodeSegment(raw: string): string | undefined {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

export class RestRouter implements Router {
  readonly #methods = new Map<string, MethodTable>();
  readonly #routes: Route[] = [];
  readonly #notFound = new FrameworkError("UnknownOperation", "no operation matches the request path");
  readonly #wrongMethod = new FrameworkError("MethodNotAllowed", "the request path exists but not for this method");
  readonly #badEncoding = new FrameworkError("Serialization", "the request path has invalid percent-encoding");

  constructor(operations: readonly OperationSchema[]) {
    const problems = findRouteConflicts(operations);
    if (problems.length > 0) throw new Error(`cannot route this service:\n  ${problems.map((p) => p.message).join("\n  ")}`);
    const byMethod = new Map<string, Route[]>();
    operations.forEach((op, index) => {
      const http = op.traits.http!;
      const pattern = parseUriPattern(http.uri);
      const list = byMethod.get(http.method) ?? [];
      const route = toRoute(index, pattern.segments, pattern.query);
      this.#routes[index] = route;
      list.push(route);
      byMethod.set(http.method, list);
    });
    for (const [method, routes] of byMethod) {
      // Array.prototype.sort is stable: equal ranks keep declaration order.
      routes.sort(compareSpecificity);
      const table: MethodTable = { root: [], byFirstLiteral: new Map(), others: [] };
      for (const r of routes) {
        if (r.kinds.length === 0) table.root.push(r);
        else if (r.kinds[0] === LITERAL) {
          const bucket = table.byFirstLiteral.get(r.texts[0]!) ?? [];
          bucket.push(r);
          table.byFirstLiteral.set(r.texts[0]!, bucket);
        } else table.others.push(r);
      }
      this.#methods.set(method, table);
    }
  }

  route(request: ServerRequest): RouteMatch | FrameworkError {
    const path = request.path;
    // Most paths have nothing to percent-decode: their routes are matched on the path text
    // itself, without splitting it (routes with a greedy label still take the general path).
    if (!path.includes("%")) {
      const table = this.#methods.get(request.method);
      const found = table === undefined ? undefined : matchPlainTable(table, path, request.query);
      if (found !== undefined) return found.match;
    }
    const segments = splitPath(path);
    if (segments === undefined) return this.#badEncoding;
    const table = this.#methods.get(request.method);
    if (table !== undefined) {
      const found = matchTable(table, segments, request.query);
      if (found !== undefined) return found.match;
    }
    for (const [method, other] of this.#methods) {
      if (method !== request.method && matchTable(other, segments, request.query) !== undefined) return this.#wrongMethod;
    }
    return this.#notFound;
  }

  /** The percent-decoded path labels of a request this router matched (greedy labels keep their "/"). */
  labels(request: ServerRequest, match: RouteMatch): Record<string, string> {
    const labels: Record<string, string> = Object.create(null) as Record<string, string>;
    const segments = splitPath(request.path);
    const route = this.#routes[match.index];
    if (segments === undefined || route === undefined) return labels;
    const { kinds, texts, greedyAt } = route;
    const tailShift = segments.length - kinds.length;
    for (let x = 0; x < kinds.length; x++) {
      if (kinds[x] === LABEL) labels[texts[x]!] = segments[greedyAt >= 0 && x > greedyAt ? x + tailShift : x]!;
      else if (kinds[x] === GREEDY) labels[texts[x]!] = segments.slice(x, x + 1 + tailShift).join("/");
    }
    return labels;
  }
}

/** The percent-decoded path segments (a trailing slash ignored), or undefined for invalid encoding. */
function splitPath(path: string): string[] | undefined {
  if (path === "/" || path === "") return [];
  const segments = path.slice(path.startsWith("/") ? 1 : 0).split("/");
  if (segments.length > 1 && segments[segments.length - 1] === "") segments.pop();
  for (let i = 0; i < segments.length; i++) {
    const raw = segments[i]!;
    if (raw.includes("%")) {
      const decoded = decodeSegment(raw);
      if (decoded === undefined) return undefined;
      segments[i] = decoded;
    }
  }
  return segments;
}

/** The bounds of a path's segment text: after the leading "/", before one trailing "/" (as splitPath splits it). */
function segmentBounds(path: string): { readonly start: number; readonly end: number } | undefined {
  if (path === "/" || path === "") return undefined;
  const start = path.charCodeAt(0) === 47 /* / */ ? 1 : 0;
  let end = path.length;
  if (end - 1 >= start && path.charCodeAt(end - 1) === 47) end--;
  return { start, end };
}

/** What matching on the path text cannot decide: a greedy route had to be tried first. */
const UNDECIDED = "undecided";

/** matchTable for a path without percent-encoding, on its text; undefined when no route matches or a greedy one must be tried. */
function matchPlainTable(table: MethodTable, path: string, query: ServerRequest["query"]): Route | undefined {
  const bounds = segmentBounds(path);
  if (bounds === undefined) return matchList(table.root, [], query);
  const slash = path.indexOf("/", bounds.start);
  const first = path.slice(bounds.start, slash < 0 || slash > bounds.end ? bounds.end : slash);
  const bucket = table.byFirstLiteral.get(first);
  const inBucket = bucket === undefined ? undefined : matchPlainList(bucket, path, bounds.start, bounds.end, query);
  if (inBucket === UNDECIDED) return undefined;
  const found = inBucket ?? matchPlainList(table.others, path, bounds.start, bounds.end, query);
  return found === UNDECIDED ? undefined : found;
}

function matchPlainList(routes: readonly Route[], path: string, start: number, end: number, query: ServerRequest["query"]): Route | typeof UNDECIDED | undefined {
  for (const route of routes) {
    // Greedy routes are left to the general matcher (which then matches the whole table).
    if (route.greedyAt >= 0) return UNDECIDED;
    if (matchesPlain(route, path, start, end, query)) return route;
  }
  return undefined;
}

/** `matches` on the text between `start` and `end`, whose segments are separated by "/". */
function matchesPlain(route: Route, path: string, start: number, end: number, query: ServerRequest["query"]): boolean {
  const { kinds, texts } = route;
  let at = start;
  for (let x = 0; x < kinds.length; x++) {
    if (at > end) return false;
    let next = path.indexOf("/", at);
    if (next < 0 || next > end) next = end;
    if (kinds[x] === LITERAL) {
      const text = texts[x]!;
      if (next - at !== text.length || !path.startsWith(text, at)) return false;
    } else if (next === at) {
      return false;
    }
    at = next + 1;
  }
  if (at <= end) return false;
  for (const literal of route.query) {
    if (!hasQueryLiteral(query, literal)) return false;
  }
  return true;
}

function matchTable(table: MethodTable, segments: readonly string[], query: ServerRequest["query"]): Route | undefined {
  if (segments.length === 0) return matchList(table.root, segments, query);
  const bucket = table.byFirstLiteral.get(segments[0]!);
  return (bucket && matchList(bucket, segments, query)) ?? matchList(table.others, segments, query);
}

function matchList(routes: readonly Route[], segments: readonly string[], query: ServerRequest["query"]): Route | undefined {
  for (const route of routes) {
    if (matches(route, segments, query)) return route;
  }
  return undefined;
}

function matches(route: Route, segments: readonly string[], query: ServerRequest["query"]): boolean {
  const { kinds, texts, greedyAt } = route;
  const n = segments.length;
  if (greedyAt < 0 ? n !== kinds.length : n < kinds.length) return false;
  // Segments after a greedy label align with the end of the request path.
  const tailShift = n - kinds.length;
  for (let x = 0; x < kinds.length; x++) {
    const kind = kinds[x]!;
    if (kind === GREEDY) {
      // A greedy label captures at least one segment, and not only empty ones.
      let empty = true;
      for (let i = x; i <= x + tailShift && empty; i++) empty = segments[i] === "";
      if (empty) return false;
      continue;
    }
    const value = segments[greedyAt >= 0 && x > greedyAt ? x + tailShift : x]!;
    if (kind === LITERAL ? value !== texts[x] : value === "") return false;
  }
  for (const literal of route.query) {
    if (!hasQueryLiteral(query, literal)) return false;
  }
  return true;
}

function hasQueryLiteral(query: ServerRequest["query"], literal: QueryLiteral): boolean {
  for (const [key, value] of query) {
    if (key === literal.key && (literal.value === undefined || value === literal.value)) return true;
  }
  return false;
}
