// Route checks the generator runs at generation time (and the REST router again at build
// time): every @http uri must parse, and no two operations may have equivalent routes.
//
// Two routes are equivalent, hence ambiguous at run time, when they share the method, have the
// same segment kinds in the same order, the same literal at every literal position (label
// names do not matter), and the same set of query literals. Routes that differ only in which
// segments are labels are not conflicts: specificity routing picks the more specific one.
import type { OperationSchema } from "../../schema/schema.js";
import { parseUriPattern, UriPatternError, type UriPattern } from "./uri-pattern.js";

export interface RouteProblem {
  readonly kind: "conflict" | "invalid" | "missing-http";
  /** The operations involved (one for "invalid" and "missing-http", two for "conflict"). */
  readonly operations: readonly string[];
  readonly message: string;
}

/** Pure: returns the problems found, in operation order; an empty list means the routes are fine. */
export function findRouteConflicts(operations: readonly OperationSchema[]): RouteProblem[] {
  const problems: RouteProblem[] = [];
  const parsed: { op: OperationSchema; method: string; pattern: UriPattern }[] = [];
  for (const op of operations) {
    const http = op.traits.http;
    if (http === undefined) {
      problems.push({ kind: "missing-http", operations: [op.id], message: `${op.id} has no @http trait, so it cannot be routed by method and path` });
      continue;
    }
    try {
      parsed.push({ op, method: http.method, pattern: parseUriPattern(http.uri) });
    } catch (e) {
      if (!(e instanceof UriPatternError)) throw e;
      problems.push({ kind: "invalid", operations: [op.id], message: `${op.id}: ${e.message}` });
    }
  }
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      const a = parsed[i]!;
      const b = parsed[j]!;
      if (a.method === b.method && equivalent(a.pattern, b.pattern)) {
        problems.push({
          kind: "conflict",
          operations: [a.op.id, b.op.id],
          message: `${a.op.id} (${a.method} ${a.pattern.source}) and ${b.op.id} (${b.method} ${b.pattern.source}) match the same requests; change one of the uri patterns`,
        });
      }
    }
  }
  return problems;
}

function equivalent(a: UriPattern, b: UriPattern): boolean {
  if (a.segments.length !== b.segments.length || a.query.length !== b.query.length) return false;
  for (let i = 0; i < a.segments.length; i++) {
    const x = a.segments[i]!;
    const y = b.segments[i]!;
    if (x.kind !== y.kind) return false;
    if (x.kind === "literal" && y.kind === "literal" && x.value !== y.value) return false;
  }
  const queryKey = (q: UriPattern["query"][number]): string => (q.value === undefined ? q.key : `${q.key}=${q.value}`);
  const keys = new Set(a.query.map(queryKey));
  return b.query.every((q) => keys.has(queryKey(q)));
}
