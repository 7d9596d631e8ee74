// A JSON reader and writer that keep numbers as their exact source text.
//
// Native JSON.parse turns every number into a double, which silently corrupts bigInteger and
// bigDecimal values (and JSON.stringify cannot emit a number longer than a double). Codecs use
// the native functions whenever a schema has no such members and switch to this module only
// when it does. The reader is also hardened for untrusted input: nesting depth is bounded and
// keys such as "__proto__" become ordinary own properties.
import { SerdeError } from "./serde-error.js";

/** A JSON number kept as its source text. */
export class JsonNumberText {
  constructor(readonly text: string) {}
  toNumber(): number {
    return Number(this.text);
  }
}

export type LosslessJsonValue = null | boolean | string | JsonNumberText | LosslessJsonValue[] | { [key: string]: LosslessJsonValue };

/** Assigns a property so that even "__proto__" becomes plain data instead of a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function parseLosslessJson(text: string, maxDepth: number): LosslessJsonValue {
  const parser = new Parser(text, maxDepth);
  parser.skipWhitespace();
  const value = parser.value(0);
  parser.skipWhitespace();
  if (parser.pos < text.length) parser.fail("unexpected text after the JSON value");
  return value;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Parser {
  pos = 0;
  constructor(
    readonly text: string,
    readonly maxDepth: number,
  ) {}

  fail(why: string): never {
    throw new SerdeError(`invalid JSON at offset ${this.pos}: ${why}`);
  }

  skipWhitespace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  value(depth: number): LosslessJsonValue {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (c === 123 /* { */) return this.object(depth + 1);
    if (c === 91 /* [ */) return this.array(depth + 1);
    if (c === 34 /* " */) return this.string();
    if (t.startsWith("true", this.pos)) return this.literal(4, true);
    if (t.startsWith("false", this.pos)) return this.literal(5, false);
    if (t.startsWith("null", this.pos)) return this.literal(4, null);
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(t);
    if (m === null) this.fail(this.pos >= t.length ? "unexpected end of input" : "unexpected character");
    this.pos += m[0].length;
    return new JsonNumberText(m[0]);
  }

  literal<V>(length: number, value: V): V {
    this.pos += length;
    return value;
  }

  object(depth: number): { [key: string]: LosslessJsonValue } {
    if (depth > this.maxDepth) this.fail(`nesting deeper than ${this.maxDepth}`);
    const out: { [key: string]: LosslessJsonValue } = {};
    this.pos++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 125 /* } */) {
      this.pos++;
      return out;
    }
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 34) this.fail("expected a property name");
      const key = this.string();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 58 /* : */) this.fail('expected ":"');
      this.pos++;
      this.skipWhitespace();
      setOwn(out, key, this.value(depth));
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos++);
      if (c === 125) return out;
      if (c !== 44 /* , */) this.fail('expected "," or "}"');
      this.skipWhitespace();
    }
  }

  array(depth: number): LosslessJsonValue[] {
    if (depth > this.maxDepth) this.fail(`nesting deeper than ${this.maxDepth}`);
    const out: LosslessJsonValue[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 93 /* ] */) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth));
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos++);
      if (c === 93) return out;
      if (c !== 44) this.fail('expected "," or "]"');
      this.skipWhitespace();
    }
  }

  string(): string {
    const t = this.text;
    const start = ++this.pos;
    // Fast path: no escapes before the closing quote.
    for (let i = start; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return t.slice(start, i);
      }
      if (c === 92 || c < 32) break;
    }
    let out = "";
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        this.pos++;
        return out;
      }
      if (c < 32) this.fail("control character in string");
      if (c !== 92) {
        out += t[this.pos++];
        continue;
      }
      const e = t[this.pos + 1];
      this.pos += 2;
      switch (e) {
        case '"':
        case "\\":
        case "/":
          out += e;
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "\t";
          break;
        case "u": {
          const hex = t.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("invalid \\u escape");
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        default:
          this.fail("invalid escape");
      }
    }
    this.fail("unterminated string");
  }
}

/**
 * JSON.stringify that writes JsonNumberText values as raw numbers. Used only for bodies whose
 * schema has bigInteger or bigDecimal members; everything else goes through JSON.stringify.
 */
export function stringifyLosslessJson(value: unknown): string {
  if (value instanceof JsonNumberText) return value.text;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ",";
      const item: unknown = value[i];
      out += item === undefined ? "null" : stringifyLosslessJson(item);
    }
    return out + "]";
  }
  let out = "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    if (!first) out += ",";
    first = false;
    out += `${JSON.stringify(key)}:${stringifyLosslessJson(item)}`;
  }
  return out + "}";
}
