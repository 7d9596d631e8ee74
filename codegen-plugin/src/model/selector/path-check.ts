// Static checks of attribute paths. Most path steps are forgiving (a missing trait or node
// property is just an empty value), but a few objects have a closed set of properties: a
// shape (`id`, `trait`, `service`, `var`), a shape id (`name`, `namespace`, `member`,
// `(length)`) and a service (`id`, `version`). A typo there can never match anything, so it
// is reported when the selector is parsed, with the offending segment's position.
import type { PathSegment, SelectorExpression, SelectorSequence } from "./ast.js";

type ValueKind = "shape" | "id" | "service" | "traits" | "node" | "literal" | "vars" | "empty";

interface Kind {
  readonly base: ValueKind;
  /** A projection of values of kind `base`: property access maps over its elements. */
  readonly projection: boolean;
}

export interface PathProblem {
  readonly reason: string;
  readonly offset: number;
}

const SHAPE: Kind = { base: "shape", projection: false };

function single(base: ValueKind): Kind {
  return { base, projection: false };
}

function projected(base: ValueKind): Kind {
  return { base, projection: true };
}

function segmentText(seg: PathSegment): string {
  return seg.kind === "function" ? `(${seg.name})` : seg.name;
}

/** The kind of value a path step yields, or the problem with the step. */
function stepKind(kind: Kind, seg: PathSegment): Kind | PathProblem {
  if (kind.projection) {
    if (seg.kind === "function" && seg.name === "first") return single(kind.base);
    const inner = stepKind(single(kind.base), seg);
    return "reason" in inner ? inner : projected(inner.base);
  }
  const fn = seg.kind === "function" ? seg.name : undefined;
  switch (kind.base) {
    case "shape":
      if (seg.kind === "property") {
        switch (seg.name) {
          case "id":
            return single("id");
          case "trait":
            return single("traits");
          case "service":
            return single("service");
          case "var":
            return single("vars");
        }
      }
      return {
        reason: `Invalid shape selector attribute: ${segmentText(seg)}; expected id, trait, service or var`,
        offset: seg.offset,
      };
    case "id":
      if (fn === "length" || (seg.kind === "property" && ["name", "namespace", "member"].includes(seg.name))) {
        return single("literal");
      }
      return {
        reason: `Invalid nested 'id' selector attribute property: ${segmentText(seg)}; expected name, namespace, member or (length)`,
        offset: seg.offset,
      };
    case "service":
      if (seg.kind === "property" && seg.name === "version") return single("literal");
      if (seg.kind === "property" && seg.name === "id") return single("id");
      return {
        reason: `Invalid nested 'service' selector attribute property: ${segmentText(seg)}; expected id or version`,
        offset: seg.offset,
      };
    case "traits":
      if (fn === "keys") return projected("id");
      if (fn === "values") return projected("node");
      if (fn === "length") return single("literal");
      if (fn === "first") {
        return { reason: "(first) applies only to projections such as trait|(values)", offset: seg.offset };
      }
      return single("node");
    case "node":
      if (fn === "keys" || fn === "values") return projected("node");
      if (fn === "length") return single("literal");
      return single(fn === "first" ? "empty" : "node");
    case "literal":
      return single(fn === "length" ? "literal" : "empty");
    case "vars":
      // A variable that was never bound is an empty value, so nothing after it is checked.
      return projected("empty");
    case "empty":
      return kind;
  }
}

/** Follows a path from a value of the given kind (a shape by default). */
export function checkPath(path: readonly PathSegment[], from: Kind = SHAPE): Kind | PathProblem {
  let kind = from;
  for (const seg of path) {
    const next = stepKind(kind, seg);
    if ("reason" in next) return next;
    kind = next;
  }
  return kind;
}

/** The first path problem in a selector, in text order. */
export function findPathProblem(sequence: SelectorSequence): PathProblem | undefined {
  for (const step of sequence.steps) {
    const problem = expressionProblem(step);
    if (problem) return problem;
  }
  return undefined;
}

function expressionProblem(expr: SelectorExpression): PathProblem | undefined {
  switch (expr.kind) {
    case "attribute": {
      const kind = checkPath(expr.path);
      return "reason" in kind ? kind : undefined;
    }
    case "scopedAttribute": {
      const scope = checkPath(expr.path);
      if ("reason" in scope) return scope;
      // Assertions run against each element of a projected scope.
      const element = single(scope.base);
      for (const assertion of expr.assertions) {
        for (const value of [assertion.left, ...assertion.right]) {
          if (value.kind !== "context") continue;
          const kind = checkPath(value.path, element);
          if ("reason" in kind) return kind;
        }
      }
      return undefined;
    }
    case "function":
      for (const arg of expr.args) {
        const problem = findPathProblem(arg);
        if (problem) return problem;
      }
      return undefined;
    case "variableSet":
      return findPathProblem(expr.selector);
    default:
      return undefined;
  }
}
