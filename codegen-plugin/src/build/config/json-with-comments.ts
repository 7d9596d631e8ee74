// JSON as smithy-build.json allows it: standard JSON plus `//` line comments.
// A dedicated parser (rather than JSON.parse) gives line:column positions in errors,
// rejects duplicate keys (which JSON.parse would silently collapse), and builds objects
// with `nodeObject` so a key such as "__proto__" stays an ordinary key.
import { nodeObject, type NodeValue } from "../../model/node-value.js";
import { BuildError } from "../errors.js";

export function parseJsonWithComments(text: string, filename: string): NodeValue {
  const parser = new Parser(text, filename);
  parser.skipTrivia();
  const value = parser.value();
  parser.skipTrivia();
  if (!parser.atEnd()) parser.fail("unexpected content after the end of the JSON value");
  return value;
}

class Parser {
  #pos = 0;

  constructor(
    private readonly text: string,
    private readonly filename: string,
  ) {}

  atEnd(): boolean {
    return this.#pos >= this.text.length;
  }

  fail(message: string): never {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < this.#pos && i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    throw new BuildError(`${this.filename}:${line}:${this.#pos - lineStart + 1}: invalid JSON: ${message}`);
  }

  skipTrivia(): void {
    const t = this.text;
    while (this.#pos < t.length) {
      const c = t[this.#pos]!;
      if (c === " " || c === "\t" || c === "\n" || c === "\r") {
        this.#pos++;
      } else if (c === "/" && t[this.#pos + 1] === "/") {
        while (this.#pos < t.length && t[this.#pos] !== "\n") this.#pos++;
      } else {
        return;
      }
    }
  }

  value(): NodeValue {
    const c = this.text[this.#pos];
    switch (c) {
      case "{":
        return this.object();
      case "[":
        return this.array();
      case '"':
        return this.string();
      case "t":
        return this.keyword("true", true);
      case "f":
        return this.keyword("false", false);
      case "n":
        return this.keyword("null", null);
      case undefined:
        return this.fail("unexpected end of file, expected a value");
      default:
        if (c === "-" || (c >= "0" && c <= "9")) return this.number();
        return this.fail(`unexpected character ${JSON.stringify(c)}, expected a value`);
    }
  }

  private keyword<T extends NodeValue>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.#pos)) this.fail(`unexpected token, expected ${word}`);
    this.#pos += word.length;
    return value;
  }

  private number(): number {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.#pos, this.#pos + 400));
    if (!match) return this.fail("malformed number");
    this.#pos += match[0].length;
    return Number(match[0]);
  }

  private string(): string {
    const t = this.text;
    this.#pos++; // opening quote
    let out = "";
    let runStart = this.#pos;
    while (this.#pos < t.length) {
      const c = t[this.#pos]!;
      if (c === '"') {
        out += t.slice(runStart, this.#pos);
        this.#pos++;
        return out;
      }
      if (c === "\\") {
        out += t.slice(runStart, this.#pos);
        out += this.escape();
        runStart = this.#pos;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) this.fail("control character in string (use an escape such as \\n)");
      this.#pos++;
    }
    return this.fail("unterminated string");
  }

  private escape(): string {
    const e = this.text[this.#pos + 1];
    this.#pos += 2;
    switch (e) {
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "/":
        return "/";
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case "u": {
        const hex = this.text.slice(this.#pos, this.#pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("malformed \\u escape");
        this.#pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        this.#pos -= 2;
        return this.fail(`invalid escape \\${e ?? ""}`);
    }
  }

  private array(): NodeValue[] {
    this.#pos++;
    const items: NodeValue[] = [];
    this.skipTrivia();
    if (this.text[this.#pos] === "]") {
      this.#pos++;
      return items;
    }
    for (;;) {
      this.skipTrivia();
      items.push(this.value());
      this.skipTrivia();
      const c = this.text[this.#pos];
      if (c === ",") {
        this.#pos++;
      } else if (c === "]") {
        this.#pos++;
        return items;
      } else {
        this.fail("expected ',' or ']' in array");
      }
    }
  }

  private object(): NodeValue {
    this.#pos++;
    const entries: [string, NodeValue][] = [];
    const seen = new Set<string>();
    this.skipTrivia();
    if (this.text[this.#pos] === "}") {
      this.#pos++;
      return nodeObject(entries);
    }
    for (;;) {
      this.skipTrivia();
      if (this.text[this.#pos] !== '"') this.fail("expected a property name in double quotes");
      const keyPos = this.#pos;
      const key = this.string();
      if (seen.has(key)) {
        this.#pos = keyPos;
        this.fail(`duplicate key ${JSON.stringify(key)}`);
      }
      seen.add(key);
      this.skipTrivia();
      if (this.text[this.#pos] !== ":") this.fail("expected ':' after the property name");
      this.#pos++;
      this.skipTrivia();
      entries.push([key, this.value()]);
      this.skipTrivia();
      const c = this.text[this.#pos];
      if (c === ",") {
        this.#pos++;
      } else if (c === "}") {
        this.#pos++;
        return nodeObject(entries);
      } else {
        this.fail("expected ',' or '}' in object");
      }
    }
  }
}
