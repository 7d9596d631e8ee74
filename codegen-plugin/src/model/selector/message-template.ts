// Message templates of the EmitEachSelector validator: free text in which `@{path}` is
// replaced by an attribute of the matched shape (with the variables captured when it
// matched), and `@@` stands for a literal `@`.
import type { PathSegment } from "./ast.js";
import { ShapeAttribute, type SelectorVariables } from "./attribute-values.js";
import { parseContextValueAt } from "./parser.js";
import { checkPath } from "./path-check.js";
import { SelectorSyntaxError } from "./syntax-error.js";
import type { AnyShape } from "../shape.js";

type Part = string | readonly PathSegment[];

export interface MessageTemplate {
  readonly text: string;
  /** The message for one match. */
  expand(shape: AnyShape, vars: SelectorVariables): string;
}

/**
 * Parses a message template. Throws SelectorSyntaxError (its `reason`, `line` and `column`
 * locate the problem in the template) for a malformed `@{...}` or a lone `@`.
 */
export function parseMessageTemplate(text: string): MessageTemplate {
  const parts: Part[] = [];
  let literal = "";
  let pos = 0;
  while (pos < text.length) {
    const at = text.indexOf("@", pos);
    if (at < 0) {
      literal += text.slice(pos);
      break;
    }
    literal += text.slice(pos, at);
    if (text.charAt(at + 1) === "@") {
      literal += "@";
      pos = at + 2;
      continue;
    }
    const { value, end } = parseContextValueAt(text, at);
    const kind = checkPath(value.path);
    if ("reason" in kind) throw new SelectorSyntaxError(kind.reason, text, kind.offset);
    if (literal) parts.push(literal);
    literal = "";
    parts.push(value.path);
    pos = end;
  }
  if (literal) parts.push(literal);
  return {
    text,
    expand(shape, vars) {
      const root = new ShapeAttribute(shape, vars);
      return parts.map((p) => (typeof p === "string" ? p : root.path(p).messageString())).join("");
    },
  };
}
