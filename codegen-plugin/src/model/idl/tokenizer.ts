// A lazy tokenizer for the Smithy IDL: `next()` scans exactly one token and exposes it
// through fields, so the parser allocates nothing per token. Whitespace, line breaks,
// commas and comments are real tokens because the grammar is line-sensitive (`br`).
// Lexical problems never throw: they produce an ERROR token carrying a message, which the
// parser reports when it finds the token where something else was expected.
import type { SourceLocation } from "../source-location.js";
import { decodeStringContents, StringContentError } from "./string-contents.js";
import { Tok } from "./tokens.js";

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isIdentifierChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x5f;
}

/** Thrown inside the tokenizer's helpers to abort scanning the current token. */
class LexicalError extends Error {
  override readonly name = "LexicalError";
}

export class Tokenizer {
  readonly text: string;
  readonly filename: string;

  /** Scan position and the line bookkeeping for it. */
  private pos = 0;
  private line = 1;
  private lineStart = 0;

  /** The current token. */
  type: Tok = Tok.EOF;
  start = 0;
  end = 0;
  tokenLine = 1;
  tokenColumn = 1;
  /** Decoded value of a STRING or TEXT_BLOCK token. */
  stringValue = "";
  /** Value of a NUMBER token. */
  numberValue = 0;
  /** Message of an ERROR token. */
  errorMessage = "";
  /** Where inside an ERROR token the problem is, when that differs from the token start (else 0). */
  errorLine = 0;
  errorColumn = 0;

  /** Documentation comment lines seen and not yet claimed by a shape or member. */
  private readonly docLines: string[] = [];
  private docLinesLocation: SourceLocation | undefined;

  constructor(filename: string, text: string) {
    this.filename = filename;
    this.text = text;
    this.next();
  }

  /** The current token kind (a method, so callers' type narrowing does not outlive `next()`). */
  current(): Tok {
    return this.type;
  }

  get lexeme(): string {
    return this.text.slice(this.start, this.end);
  }

  get location(): SourceLocation {
    return { filename: this.filename, line: this.tokenLine, column: this.tokenColumn };
  }

  isLexeme(s: string): boolean {
    return this.end - this.start === s.length && this.text.startsWith(s, this.start);
  }

  /** Advances to the next token and returns its kind. At EOF it stays at EOF. */
  next(): Tok {
    this.stringValue = "";
    this.errorLine = 0;
    this.start = this.pos;
    this.tokenLine = this.line;
    this.tokenColumn = this.pos - this.lineStart + 1;
    const t = this.text;
    if (this.pos >= t.length) return this.finish(Tok.EOF);
    const c = t.charCodeAt(this.pos);
    switch (c) {
      case 0x20: // space
      case 0x09: { // tab
        let p = this.pos + 1;
        while (p < t.length && (t.charCodeAt(p) === 0x20 || t.charCodeAt(p) === 0x09)) p++;
        this.pos = p;
        return this.finish(Tok.SPACE);
      }
      case 0x0a:
        this.pos++;
        this.newLineAt(this.pos);
        return this.finish(Tok.NEWLINE);
      case 0x0d:
        this.pos += t.charCodeAt(this.pos + 1) === 0x0a ? 2 : 1;
        this.newLineAt(this.pos);
        return this.finish(Tok.NEWLINE);
      case 0x2c: return this.single(Tok.COMMA);
      case 0x40: return this.single(Tok.AT);
      case 0x24: return this.single(Tok.DOLLAR);
      case 0x2e: return this.single(Tok.DOT);
      case 0x7b: return this.single(Tok.LBRACE);
      case 0x7d: return this.single(Tok.RBRACE);
      case 0x5b: return this.single(Tok.LBRACKET);
      case 0x5d: return this.single(Tok.RBRACKET);
      case 0x28: return this.single(Tok.LPAREN);
      case 0x29: return this.single(Tok.RPAREN);
      case 0x23: return this.single(Tok.POUND);
      case 0x3d: return this.single(Tok.EQUAL);
      case 0x3a:
        if (t.charCodeAt(this.pos + 1) === 0x3d) {
          this.pos += 2;
          return this.finish(Tok.WALRUS);
        }
        return this.single(Tok.COLON);
      case 0x22: return this.scanString();
      case 0x2f: return this.scanComment();
      default:
        if (c === 0x2d || isDigit(c)) return this.scanNumber();
        if (isLetter(c) || c === 0x5f) return this.scanIdentifier();
        this.errorMessage = `Unexpected character: '${String.fromCodePoint(t.codePointAt(this.pos)!)}'`;
        this.pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        return this.finish(Tok.ERROR);
    }
  }

  // ----- documentation comments -----

  /** Removes and returns the pending documentation text (lines joined by "\n"), if any. */
  takeDocComment(): string | undefined {
    if (this.docLines.length === 0) return undefined;
    const text = this.docLines.join("\n");
    this.docLines.length = 0;
    this.docLinesLocation = undefined;
    return text;
  }

  hasPendingDocComment(): boolean {
    return this.docLines.length > 0;
  }

  get pendingDocLocation(): SourceLocation | undefined {
    return this.docLinesLocation;
  }

  // ----- scanning helpers -----

  private finish(type: Tok): Tok {
    this.end = this.pos;
    this.type = type;
    return type;
  }

  private single(type: Tok): Tok {
    this.pos++;
    return this.finish(type);
  }

  private newLineAt(offset: number): void {
    this.line++;
    this.lineStart = offset;
  }

  /** Line and column of a text offset at or after the current token start (for nested errors). */
  private positionOf(offset: number): { line: number; column: number } {
    let line = this.tokenLine;
    let lineStart = this.start - (this.tokenColumn - 1);
    for (let i = this.start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && this.text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  }

  /** Accounts for the line breaks inside a multi-line token that ends at `end`. */
  private advanceOver(end: number): void {
    const t = this.text;
    for (let i = this.pos; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x0a) this.newLineAt(i + 1);
      else if (c === 0x0d && t.charCodeAt(i + 1) !== 0x0a) this.newLineAt(i + 1);
    }
    this.pos = end;
  }

  private syntaxAt(offset: number, message: string): LexicalError {
    const { line, column } = this.positionOf(offset);
    return new LexicalError(`Syntax error at line ${line}, column ${column}: ${message}`);
  }

  private scanComment(): Tok {
    const t = this.text;
    if (t.charCodeAt(this.pos + 1) !== 0x2f) {
      this.errorMessage = "Expected a '/' to follow '/' to form a comment.";
      return this.single(Tok.ERROR);
    }
    const isDoc = t.charCodeAt(this.pos + 2) === 0x2f;
    let p = this.pos + (isDoc ? 3 : 2);
    while (p < t.length) {
      const c = t.charCodeAt(p);
      if (c === 0x0a || c === 0x0d) break;
      p++;
    }
    const textEnd = p;
    // The comment token includes its line break.
    if (p < t.length) p += t.charCodeAt(p) === 0x0d && t.charCodeAt(p + 1) === 0x0a ? 2 : 1;
    const hadBreak = p > textEnd;
    this.pos = p;
    if (hadBreak) this.newLineAt(p);
    if (isDoc) {
      let docStart = this.start + 3;
      if (docStart < textEnd && t.charCodeAt(docStart) === 0x20) docStart++;
      if (this.docLines.length === 0) this.docLinesLocation = { filename: this.filename, line: this.tokenLine, column: this.tokenColumn };
      this.docLines.push(t.slice(docStart, textEnd));
    }
    return this.finish(isDoc ? Tok.DOC_COMMENT : Tok.COMMENT);
  }

  private scanIdentifier(): Tok {
    const t = this.text;
    let p = this.pos;
    if (t.charCodeAt(p) === 0x5f) {
      while (p < t.length && t.charCodeAt(p) === 0x5f) p++;
      if (p >= t.length || !isIdentifierChar(t.charCodeAt(p))) {
        const found = p >= t.length ? "[EOF]" : t.charAt(p);
        const at = this.positionOf(p);
        this.errorLine = at.line;
        this.errorColumn = at.column;
        this.pos = p;
        this.errorMessage = `Expected a valid identifier character, but found '${found}'`;
        return this.finish(Tok.ERROR);
      }
    }
    p++;
    while (p < t.length && isIdentifierChar(t.charCodeAt(p))) p++;
    this.pos = p;
    return this.finish(Tok.IDENTIFIER);
  }

  private scanNumber(): Tok {
    const t = this.text;
    const begin = this.pos;
    let p = begin;
    const invalid = (why: string): Tok => {
      this.pos = p;
      this.errorMessage = `Invalid number '${t.slice(begin, p)}': ${why}`;
      return this.finish(Tok.ERROR);
    };
    if (t.charCodeAt(p) === 0x2d) {
      p++;
      if (!isDigit(t.charCodeAt(p))) return invalid("'-' must be followed by a digit");
    }
    while (isDigit(t.charCodeAt(p))) p++;
    if (t.charCodeAt(p) === 0x2e) {
      p++;
      const digits = p;
      while (isDigit(t.charCodeAt(p))) p++;
      if (p === digits) return invalid("'.' must be followed by a digit");
    }
    const e = t.charCodeAt(p);
    if (e === 0x65 || e === 0x45) {
      p++;
      const s = t.charCodeAt(p);
      if (s === 0x2b || s === 0x2d) p++;
      const digits = p;
      while (isDigit(t.charCodeAt(p))) p++;
      if (p === digits) return invalid("'e', '+', and '-' must be followed by a digit");
    }
    this.pos = p;
    this.numberValue = Number(t.slice(begin, p));
    return this.finish(Tok.NUMBER);
  }

  private scanString(): Tok {
    const t = this.text;
    const open = this.pos;
    if (t.charCodeAt(open + 1) === 0x22) {
      if (t.charCodeAt(open + 2) === 0x22) return this.scanQuoted(open + 3, true);
      this.pos = open + 2;
      this.stringValue = "";
      return this.finish(Tok.STRING);
    }
    return this.scanQuoted(open + 1, false);
  }

  /** Scans quoted text or a text block whose contents start at `bodyStart`. */
  private scanQuoted(bodyStart: number, textBlock: boolean): Tok {
    const t = this.text;
    let p = bodyStart;
    let closed = false;
    while (p < t.length) {
      const c = t.charCodeAt(p);
      if (c === 0x22 && (!textBlock || (t.charCodeAt(p + 1) === 0x22 && t.charCodeAt(p + 2) === 0x22))) {
        closed = true;
        break;
      }
      p += c === 0x5c ? 2 : 1;
    }
    if (p > t.length) p = t.length;
    const what = textBlock ? "Error parsing text block: " : "Error parsing quoted string: ";
    if (!closed) {
      const err = this.syntaxAt(p, `Expected: '"', but found '[EOF]'`);
      this.advanceOver(p);
      this.errorMessage = what + err.message;
      return this.finish(Tok.ERROR);
    }
    const raw = t.slice(bodyStart, p);
    this.advanceOver(p + (textBlock ? 3 : 1));
    try {
      this.stringValue = decodeStringContents(raw, textBlock);
    } catch (e) {
      if (!(e instanceof StringContentError)) throw e;
      this.errorMessage = what + e.message;
      return this.finish(Tok.ERROR);
    }
    return this.finish(textBlock ? Tok.TEXT_BLOCK : Tok.STRING);
  }
}
