// Recursive-descent parser for the selector language (Smithy spec, "Selectors", Grammar).
//
// Whitespace is insignificant between tokens. Errors carry the offset where parsing stopped
// and use the reference implementation's wording (see syntax-error.ts), so an invalid
// selector in a model produces the same diagnostic text as the official toolchain.
import type {
  Comparator,
  ContextValue,
  FunctionPropertyName,
  LiteralValue,
  PathSegment,
  ScopedAssertion,
  ScopedValue,
  SelectorExpression,
  SelectorSequence,
  ShapeTypeKeyword,
} from "./ast.js";
import { SelectorSyntaxError } from "./syntax-error.js";

const SHAPE_TYPE_KEYWORDS: ReadonlySet<string> = new Set<ShapeTypeKeyword>([
  "blob", "boolean", "string", "timestamp", "byte", "short", "integer", "long", "float",
  "document", "double", "bigDecimal", "bigInteger", "enum", "intEnum", "list", "set", "map",
  "structure", "union", "member", "service", "resource", "operation",
  "number", "simpleType", "collection", "aggregateType", "serviceType", "dataType",
]);

const FUNCTION_PROPERTIES: ReadonlySet<string> = new Set<FunctionPropertyName>(["keys", "values", "length", "first"]);

/** Characters that end a sequence of expressions (a function argument, or the selector). */
const SEQUENCE_END = new Set([",", "]", ")"]);

const ATTRIBUTE_OPERATORS = ["]", "=", "!", "^", "$", "*", "?", ">", "<", "{"] as const;
const COMPARATOR_STARTS = ["=", "!", "^", "$", "*", "?", ">", "<", "{"] as const;

/** Deeper nesting than this is rejected instead of risking the call stack. */
const MAX_NESTING = 100;

/**
 * Evaluation pushes each shape through the chain of expressions with nested calls, so the
 * total number of expressions is capped too (real selectors use a few dozen at most).
 */
const MAX_EXPRESSIONS = 500;

/** Functions whose argument count is fixed. */
const SINGLE_ARGUMENT_FUNCTIONS: ReadonlySet<string> = new Set(["not", "in", "root", "recursive"]);

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isAlpha(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
}

function isIdentifierStart(c: string): boolean {
  return c === "_" || isAlpha(c);
}

function isIdentifierChar(c: string): boolean {
  return c === "_" || isAlpha(c) || isDigit(c);
}

function isWhitespace(c: string): boolean {
  return c === " " || c === "\t" || c === "\r" || c === "\n";
}

/** Parses selector text into a syntax tree; throws SelectorSyntaxError. */
export function parseSelectorSyntax(text: string): SelectorSequence {
  return new SelectorParser(text).parse();
}

class SelectorParser {
  readonly #text: string;
  #pos = 0;
  #depth = 0;
  #expressions = 0;

  constructor(text: string) {
    this.#text = text;
  }

  parse(): SelectorSequence {
    const sequence = this.#sequence();
    this.#ws();
    if (!this.#eof()) throw this.#error(`Unexpected selector character: ${this.#peek()}`);
    return sequence;
  }

  // ---- character cursor ----

  #peek(ahead = 0): string {
    return this.#text.charAt(this.#pos + ahead);
  }

  #eof(): boolean {
    return this.#pos >= this.#text.length;
  }

  #skip(): void {
    if (this.#pos < this.#text.length) this.#pos++;
  }

  #ws(): void {
    while (isWhitespace(this.#peek())) this.#pos++;
  }

  #peekForMessage(): string {
    return this.#eof() ? "[EOF]" : this.#peek();
  }

  #expect(c: string): void {
    if (this.#peek() !== c) throw this.#error(`Expected: '${c}', but found '${this.#peekForMessage()}'`);
    this.#skip();
  }

  #expectOneOf<const T extends string>(options: readonly T[]): T {
    const c = this.#peek();
    const found = options.find((o) => o === c);
    if (found === undefined) {
      const list = options.map((o) => `'${o}'`).join(" ");
      throw this.#error(`Found '${this.#peekForMessage()}', but expected one of the following tokens: ${list}`);
    }
    this.#skip();
    return found;
  }

  #error(reason: string, at: number = this.#pos): SelectorSyntaxError {
    return new SelectorSyntaxError(reason, this.#text, at);
  }

  #identifier(): string {
    const start = this.#pos;
    let c = this.#peek();
    if (c === "_") {
      while (this.#peek() === "_") this.#pos++;
      c = this.#peek();
      if (!isIdentifierChar(c)) throw this.#invalidIdentifier();
    } else if (!isAlpha(c)) {
      throw this.#invalidIdentifier();
    }
    this.#pos++;
    while (isIdentifierChar(this.#peek())) this.#pos++;
    return this.#text.slice(start, this.#pos);
  }

  #invalidIdentifier(): SelectorSyntaxError {
    return this.#error(`Expected a valid identifier character, but found '${this.#peekForMessage()}'`);
  }

  // ---- selectors ----

  #sequence(): SelectorSequence {
    if (++this.#depth > MAX_NESTING) {
      throw this.#error(`Selector exceeds the maximum allowed nesting depth of ${MAX_NESTING}`);
    }
    this.#ws();
    const offset = this.#pos;
    const steps: SelectorExpression[] = [this.#expression()];
    this.#ws();
    while (!this.#eof() && !SEQUENCE_END.has(this.#peek())) {
      steps.push(this.#expression());
      this.#ws();
    }
    this.#depth--;
    return { kind: "sequence", offset, steps };
  }

  #expression(): SelectorExpression {
    this.#ws();
    const offset = this.#pos;
    if (++this.#expressions > MAX_EXPRESSIONS) {
      throw this.#error(`Selector exceeds the maximum allowed number of expressions (${MAX_EXPRESSIONS})`);
    }
    const c = this.#peek();
    switch (c) {
      case ":":
        this.#skip();
        return this.#function(offset);
      case "[":
        this.#skip();
        if (this.#peek() === "@") {
          this.#skip();
          return this.#scopedAttribute(offset);
        }
        return this.#attribute(offset);
      case ">":
        this.#skip();
        return { kind: "neighbor", offset, direction: "forward" };
      case "<":
        this.#skip();
        if (this.#peek() === "-") {
          this.#skip();
          this.#expect("[");
          const relationships = this.#relationships();
          this.#expect("-");
          return { kind: "neighbor", offset, direction: "reverse", relationships };
        }
        return { kind: "neighbor", offset, direction: "reverse" };
      case "~":
        this.#skip();
        this.#expect(">");
        return { kind: "recursiveNeighbor", offset };
      case "-": {
        this.#skip();
        this.#expect("[");
        const relationships = this.#relationships();
        this.#expect("-");
        this.#expect(">");
        return { kind: "neighbor", offset, direction: "forward", relationships };
      }
      case "*":
        this.#skip();
        return { kind: "any", offset };
      case "$":
        this.#skip();
        return this.#variable(offset);
      default:
        if (isIdentifierStart(c)) {
          const name = this.#identifier();
          if (!SHAPE_TYPE_KEYWORDS.has(name)) throw this.#error(`Unknown shape type: ${name}`);
          return { kind: "shapeType", offset, type: name as ShapeTypeKeyword };
        }
        if (this.#eof()) throw this.#error("Unexpected selector EOF");
        throw this.#error(`Unexpected selector character: ${c}`);
    }
  }

  #variable(offset: number): SelectorExpression {
    this.#ws();
    if (this.#peek() === "{") {
      this.#skip();
      this.#ws();
      const name = this.#identifier();
      this.#ws();
      this.#expect("}");
      return { kind: "variableGet", offset, name };
    }
    const name = this.#identifier();
    this.#ws();
    this.#expect("(");
    const selector = this.#sequence();
    this.#ws();
    this.#expect(")");
    return { kind: "variableSet", offset, name, selector };
  }

  /** `name *("," name) "]"`, after the opening `[`. */
  #relationships(): string[] {
    const names: string[] = [];
    let next: string;
    do {
      this.#ws();
      names.push(this.#identifier());
      this.#ws();
      next = this.#expectOneOf(["]", ","]);
    } while (next !== "]");
    return names;
  }

  #function(offset: number): SelectorExpression {
    const nameOffset = this.#pos;
    const name = this.#identifier();
    this.#ws();
    this.#expect("(");
    const args: SelectorSequence[] = [];
    let next: string;
    do {
      args.push(this.#sequence());
      this.#ws();
      next = this.#expectOneOf([")", ","]);
    } while (next !== ")");

    if (SINGLE_ARGUMENT_FUNCTIONS.has(name) && args.length !== 1) {
      throw this.#error(`The :${name} function requires a single selector argument`, nameOffset);
    }
    if (name === "topdown" && args.length > 2) {
      throw this.#error(`The :topdown function accepts 1 or 2 selectors, but found ${args.length}`, nameOffset);
    }
    return { kind: "function", offset, name, args };
  }

  // ---- attributes ----

  #attribute(offset: number): SelectorExpression {
    this.#ws();
    const path = this.#attributePath();
    this.#ws();
    const op = this.#expectOneOf(ATTRIBUTE_OPERATORS);
    if (op === "]") return { kind: "attribute", offset, path };
    const comparator = this.#comparator(op);
    const values = [this.#literal()];
    this.#ws();
    while (this.#peek() === ",") {
      this.#skip();
      values.push(this.#literal());
      this.#ws();
    }
    const caseInsensitive = this.#caseInsensitive();
    this.#expect("]");
    return { kind: "attribute", offset, path, comparison: { comparator, values, caseInsensitive } };
  }

  /** The rest of a comparator whose first character (already consumed) is `first`. */
  #comparator(first: (typeof COMPARATOR_STARTS)[number]): Comparator {
    let comparator: Comparator;
    switch (first) {
      case "=":
        comparator = "=";
        break;
      case "!":
      case "^":
      case "$":
      case "*":
      case "?":
        this.#expect("=");
        comparator = `${first}=`;
        break;
      case ">":
      case "<":
        if (this.#peek() === "=") {
          this.#skip();
          comparator = `${first}=`;
        } else {
          comparator = first;
        }
        break;
      case "{": {
        const inner = this.#expectOneOf(["<", "=", "!"]);
        if (inner === "<") {
          if (this.#peek() === "<") {
            this.#skip();
            comparator = "{<<}";
          } else {
            comparator = "{<}";
          }
        } else if (inner === "=") {
          comparator = "{=}";
        } else {
          this.#expect("=");
          comparator = "{!=}";
        }
        this.#expect("}");
        break;
      }
    }
    this.#ws();
    return comparator;
  }

  #caseInsensitive(): boolean {
    this.#ws();
    if (this.#peek() !== "i") return false;
    this.#skip();
    this.#ws();
    return true;
  }

  /** `identifier *("|" segment)`, or nothing when the next character is `:` (scoped to the shape). */
  #attributePath(): PathSegment[] {
    this.#ws();
    if (this.#peek() === ":") return [];
    const offset = this.#pos;
    const path: PathSegment[] = [{ kind: "property", name: this.#identifier(), offset }];
    this.#pathRest(path);
    return path;
  }

  /** Appends `*("|" segment)` to a path. */
  #pathRest(path: PathSegment[]): void {
    this.#ws();
    while (this.#peek() === "|") {
      this.#skip();
      path.push(this.#pathSegment());
      this.#ws();
    }
  }

  #pathSegment(): PathSegment {
    this.#ws();
    const offset = this.#pos;
    if (this.#peek() === "(") {
      this.#skip();
      const name = this.#identifier();
      this.#expect(")");
      if (!FUNCTION_PROPERTIES.has(name)) {
        throw this.#error(`Unknown function property: (${name}); expected (keys), (values), (length) or (first)`, offset);
      }
      return { kind: "function", name: name as FunctionPropertyName, offset };
    }
    return { kind: "property", name: this.#literal().text, offset };
  }

  /** Quoted text, a number, or a shape id without member (`ns.foo#Bar`, `Bar`). */
  #literal(): LiteralValue {
    this.#ws();
    const offset = this.#pos;
    const c = this.#peek();
    if (c === "'" || c === '"') return { kind: "literal", text: this.#quoted(c), offset };
    if (c === "-" || isDigit(c)) return { kind: "literal", text: this.#number(), offset };
    return { kind: "literal", text: this.#rootShapeId(), offset };
  }

  #quoted(quote: string): string {
    this.#skip();
    const start = this.#pos;
    const end = this.#text.indexOf(quote, start);
    if (end < 0) {
      this.#pos = this.#text.length;
      throw this.#error(`Expected ${quote} to close ${this.#text.slice(start)}`);
    }
    this.#pos = end + 1;
    this.#ws();
    return this.#text.slice(start, end);
  }

  /** The Smithy number production: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
  #number(): string {
    const start = this.#pos;
    const invalid = (why: string): SelectorSyntaxError =>
      this.#error(`Invalid number '${this.#text.slice(start, this.#pos)}': ${why}`);
    if (this.#peek() === "-") {
      this.#skip();
      if (!isDigit(this.#peek())) throw invalid("'-' must be followed by a digit");
    }
    while (isDigit(this.#peek())) this.#pos++;
    if (this.#peek() === ".") {
      this.#skip();
      if (!isDigit(this.#peek())) throw invalid("'.' must be followed by a digit");
      while (isDigit(this.#peek())) this.#pos++;
    }
    if (this.#peek() === "e" || this.#peek() === "E") {
      this.#skip();
      if (this.#peek() === "+" || this.#peek() === "-") this.#skip();
      if (!isDigit(this.#peek())) throw invalid("'e', '+', and '-' must be followed by a digit");
      while (isDigit(this.#peek())) this.#pos++;
    }
    return this.#text.slice(start, this.#pos);
  }

  #rootShapeId(): string {
    const start = this.#pos;
    this.#identifier();
    while (this.#peek() === ".") {
      this.#skip();
      this.#identifier();
    }
    if (this.#peek() === "#") {
      this.#skip();
      this.#identifier();
    }
    return this.#text.slice(start, this.#pos);
  }

  // ---- scoped attributes ----

  #scopedAttribute(offset: number): SelectorExpression {
    this.#ws();
    const path = this.#attributePath();
    this.#ws();
    this.#expect(":");
    this.#ws();
    const assertions = [this.#assertion()];
    this.#ws();
    while (this.#peek() === "&") {
      this.#expect("&");
      this.#expect("&");
      this.#ws();
      assertions.push(this.#assertion());
    }
    this.#expect("]");
    return { kind: "scopedAttribute", offset, path, assertions };
  }

  #assertion(): ScopedAssertion {
    this.#ws();
    const offset = this.#pos;
    const left = this.#scopedValue();
    const comparator = this.#comparator(this.#expectOneOf(COMPARATOR_STARTS));
    const right = [this.#scopedValue()];
    while (this.#peek() === ",") {
      this.#skip();
      right.push(this.#scopedValue());
    }
    const caseInsensitive = this.#caseInsensitive();
    return { offset, left, comparator, right, caseInsensitive };
  }

  #scopedValue(): ScopedValue {
    this.#ws();
    const value = this.#peek() === "@" ? this.#contextValue() : this.#literal();
    this.#ws();
    return value;
  }

  /** `@{segment *("|" segment)}` */
  #contextValue(): ContextValue {
    const offset = this.#pos;
    this.#expect("@");
    this.#expect("{");
    const path = [this.#pathSegment()];
    this.#pathRest(path);
    this.#expect("}");
    return { kind: "context", path, offset };
  }

  /** Parses a context value (`@{...}`) starting at `offset` and returns it with the offset after it. */
  contextValueAt(offset: number): { value: ContextValue; end: number } {
    this.#pos = offset;
    const value = this.#contextValue();
    return { value, end: this.#pos };
  }
}

/**
 * Parses the `@{path}` that starts at `offset` of `text` (used by message templates, which
 * embed context values in free text). Throws SelectorSyntaxError.
 */
export function parseContextValueAt(text: string, offset: number): { value: ContextValue; end: number } {
  return new SelectorParser(text).contextValueAt(offset);
}
