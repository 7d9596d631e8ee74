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
  /** Segment kinds (LITERAL / LABEL / GREEDY). */
  readonly kinds: readonly number[];
  /** Literal value or label name, per segment. */
  readonly texts: readonly string[];
  readonly greedyAt: number;
  readonly query: readonly QueryLiteral[];
  readonly hasLabels: boolean;
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
  return { index, kinds, texts, greedyAt, query, hasLabels: kinds.some((k) => k !== LITERAL) };
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
      list.push(toRoute(index, pattern.segments, pattern.query));
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
    const segments = splitPath(request.path);
    if (segments === undefined) return this.#badEncoding;
    const table = this.#methods.get(request.method);
    if (table !== undefined) {
      const found = matchTable(table, segments, request.query);
      if (found !== undefined) return found;
    }
    for (const [method, other] of this.#methods) {
      if (method !== request.method && matchTable(other, segments, request.query) !== undefined) return this.#wrongMethod;
    }
    return this.#notFound;
  }
}

/** Raw path segments plus their decoded forms; a trailing slash is ignored. */
interface Segments {
  readonly raw: readonly string[];
  readonly decoded: readonly string[];
}

function splitPath(path: string): Segments | undefined {
  if (path === "/" || path === "") return { raw: [], decoded: [] };
  const raw = path.slice(path.startsWith("/") ? 1 : 0).split("/");
  if (raw.length > 1 && raw[raw.length - 1] === "") raw.pop();
  const decoded: string[] = new Array<string>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const d = decodeSegment(raw[i]!);
    if (d === undefined) return undefined;
    decoded[i] = d;
  }
  return { raw, decoded };
}

function matchTable(table: MethodTable, segments: Segments, query: ServerRequest["query"]): RouteMatch | undefined {
  if (segments.decoded.length === 0) return matchList(table.root, segments, query);
  const bucket = table.byFirstLiteral.get(segments.decoded[0]!);
  return (bucket && matchList(bucket, segments, query)) ?? matchList(table.others, segments, query);
}

function matchList(routes: readonly Route[], segments: Segments, query: ServerRequest["query"]): RouteMatch | undefined {
  for (const route of routes) {
    const match = matchRoute(route, segments, query);
    if (match !== undefined) return match;
  }
  return undefined;
}

const NO_LABELS: RouteMatch["labels"] = undefined;

function matchRoute(route: Route, segments: Segments, query: ServerRequest["query"]): RouteMatch | undefined {
  const { kinds, texts, greedyAt } = route;
  const decoded = segments.decoded;
  const n = decoded.length;
  if (greedyAt < 0 ? n !== kinds.length : n < kinds.length) return undefined;
  // Segments after a greedy label align with the end of the request path.
  const tailShift = n - kinds.length;
  for (let x = 0; x < kinds.length; x++) {
    const kind = kinds[x]!;
    if (kind === GREEDY) continue;
    const at = greedyAt >= 0 && x > greedyAt ? x + tailShift : x;
    const value = decoded[at]!;
    if (kind === LITERAL ? value !== texts[x] : value === "") return undefined;
  }
  for (const literal of route.query) {
    if (!hasQueryLiteral(query, literal)) return undefined;
  }
  if (!route.hasLabels) return { index: route.index, labels: NO_LABELS };
  const labels: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let x = 0; x < kinds.length; x++) {
    const kind = kinds[x]!;
    if (kind === LABEL) labels[texts[x]!] = decoded[greedyAt >= 0 && x > greedyAt ? x + tailShift : x]!;
    else if (kind === GREEDY) {
      const captured = decoded.slice(x, x + 1 + tailShift).join("/");
      if (captured === "") return undefined;
      labels[texts[x]!] = captured;
    }
  }
  return { index: route.index, labels };
}

function hasQueryLiteral(query: ServerRequest["query"], literal: QueryLiteral): boolean {
  for (const [key, value] of query) {
    if (key === literal.key && (literal.value === undefined || value === literal.value)) return true;
  }
  return false;
}
