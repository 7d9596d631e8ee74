// The lossless JSON reader: numbers keep their exact source text (as JsonNumberText), so
// bigInteger and bigDecimal values are never rounded through a double.
//
// Codecs use the native JSON.parse unless a schema reaches a bigInteger or bigDecimal, and only
// protocols built with this reader (generated code passes it in when its service's shapes need
// it) can read such schemas, so bundles of every other service leave this module out. Longs
// need no lossless reading: a JSON number beyond 2^53 parses to a double outside the safe
// integer range, which the codec rejects after the fact. The reader is hardened for untrusted
// input: nesting depth is bounded and keys such as "__proto__" become ordinary own properties.
import { JsonNumberText, setOwn, type LosslessJsonValue } from "./lossless-json.js";
import { SerdeError } from "./serde-error.js";

/** Parses JSON text, keeping numbers as JsonNumberText; nesting deeper than `maxDepth` fails. */
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
