// Things a selector may legally contain but that are almost certainly mistakes or outdated:
// unknown function names and relationship names (which the spec requires implementations
// to accept, and which then match nothing) and the deprecated `:each`. Callers can surface
// these as validation warnings.
import type { SelectorExpression, SelectorSequence } from "./ast.js";

export interface SelectorWarning {
  readonly message: string;
  /** 0-based offset of the offending expression in the selector text. */
  readonly offset: number;
}

const FUNCTIONS: ReadonlySet<string> = new Set(["is", "each", "test", "not", "in", "root", "topdown", "recursive"]);

const RELATIONSHIPS: ReadonlySet<string> = new Set([
  "operation", "resource", "collectionOperation", "instanceOperation", "bound", "put", "create", "read",
  "update", "delete", "list", "identifier", "property", "input", "output", "error", "member", "trait", "mixin",
]);

export function selectorWarnings(sequence: SelectorSequence): SelectorWarning[] {
  const out: SelectorWarning[] = [];
  const visit = (seq: SelectorSequence): void => {
    for (const step of seq.steps) expression(step);
  };
  const expression = (expr: SelectorExpression): void => {
    switch (expr.kind) {
      case "function":
        if (!FUNCTIONS.has(expr.name)) {
          out.push({ message: `Unknown selector function \`:${expr.name}\`; it matches no shapes`, offset: expr.offset });
        } else if (expr.name === "each") {
          out.push({ message: "The `:each` selector function has been renamed to `:is`", offset: expr.offset });
        }
        expr.args.forEach(visit);
        break;
      case "neighbor":
        for (const rel of expr.relationships ?? []) {
          if (!RELATIONSHIPS.has(rel)) {
            out.push({ message: `Unknown relationship type \`${rel}\`; it matches no shapes`, offset: expr.offset });
          }
        }
        break;
      case "variableSet":
        visit(expr.selector);
        break;
      default:
        break;
    }
  };
  visit(sequence);
  return out;
}
