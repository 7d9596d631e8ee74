// Turns the raw text between the quotes of an IDL string or text block into its value:
// line endings normalized to "\n", text blocks stripped of incidental whitespace, then
// escapes decoded. Problems are reported by throwing StringContentError with a short
// message; the tokenizer turns that into an ERROR token.

export class StringContentError extends Error {
  override readonly name = "StringContentError";
}

const BACKSLASH = 0x5c;

function normalizeLineEndings(raw: string): string {
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}

/** Characters allowed unescaped: tab, CR, LF, and everything from space up except `"` and `\`. */
function isAllowedRaw(c: number, textBlock: boolean): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20 || c === 0x21 || (textBlock && c === 0x22) ||
    (c >= 0x23 && c <= 0x5b) || c >= 0x5d;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * Removes the incidental indentation of a text block: the smallest indentation of its
 * non-blank lines (and of the closing line) is cut from every line, trailing spaces are
 * dropped, and the line break that must follow the opening quotes is not part of the value.
 */
function stripIncidentalWhitespace(body: string): string {
  if (body.length === 0) throw new StringContentError("Text block is empty");
  if (body.charCodeAt(0) !== 0x0a) throw new StringContentError("Text block must start with a new line");
  const lines = body.split("\n");
  const lastLine = lines.length - 1;
  let indent = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i <= lastLine; i++) {
    const line = lines[i]!;
    let n = 0;
    while (n < line.length && line.charCodeAt(n) === 0x20) n++;
    // Blank lines do not count, except the closing line, whose position sets the margin.
    if (n === line.length && i !== lastLine) continue;
    if (n < indent) indent = n;
  }
  const out: string[] = [];
  for (let i = 1; i <= lastLine; i++) {
    const line = lines[i]!;
    // Trailing spaces go, but the first character of a line is never treated as trailing.
    let last = line.length - 1;
    while (last > 0 && line.charCodeAt(last) === 0x20) last--;
    const start = Math.min(indent, line.length);
    out.push(last >= start ? line.slice(start, last + 1) : "");
  }
  return out.join("\n");
}

/** Decodes the raw contents of a quoted string (`textBlock` false) or text block. */
export function decodeStringContents(raw: string, textBlock: boolean): string {
  let text = normalizeLineEndings(raw);
  if (textBlock) text = stripIncidentalWhitespace(text);
  // Fast path: nothing to decode, only validate.
  if (text.indexOf("\\") < 0) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isAllowedRaw(c, textBlock)) throw new StringContentError(`Invalid string character: \`${text.charAt(i)}\``);
    }
    return text;
  }
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== BACKSLASH) {
      if (!isAllowedRaw(c, textBlock)) throw new StringContentError(`Invalid string character: \`${text.charAt(i)}\``);
      i++;
      continue;
    }
    if (i > runStart) parts.push(text.slice(runStart, i));
    const e = text.charAt(i + 1);
    i += 2;
    switch (e) {
      case '"': parts.push('"'); break;
      case "\\": parts.push("\\"); break;
      case "/": parts.push("/"); break;
      case "b": parts.push("\b"); break;
      case "f": parts.push("\f"); break;
      case "n": parts.push("\n"); break;
      case "r": parts.push("\r"); break;
      case "t": parts.push("\t"); break;
      case "\n": break; // an escaped line break continues the line
      case "u": {
        let code = 0;
        for (let k = 0; k < 4; k++) {
          if (i + k >= text.length) throw new StringContentError("Invalid unclosed unicode escape found in string");
          const h = hexValue(text.charCodeAt(i + k));
          if (h < 0) throw new StringContentError(`Invalid unicode escape character: \`${text.charAt(i + k)}\``);
          code = code * 16 + h;
        }
        i += 4;
        parts.push(String.fromCharCode(code));
        break;
      }
      default:
        throw new StringContentError(`Invalid escape found in string: \`\\${e}\``);
    }
    runStart = i;
  }
  if (runStart < text.length) parts.push(text.slice(runStart));
  return parts.join("");
}
