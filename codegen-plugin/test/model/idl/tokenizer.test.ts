import { describe, expect, test } from "vitest";
import { decodeStringContents, StringContentError } from "../../../src/model/idl/string-contents.js";
import { Tokenizer } from "../../../src/model/idl/tokenizer.js";
import { describeToken, Tok } from "../../../src/model/idl/tokens.js";

function tokens(text: string): string[] {
  const t = new Tokenizer("t.smithy", text);
  const out: string[] = [];
  for (;;) {
    out.push(`${t.tokenLine}:${t.tokenColumn} ${describeToken(t.current(), t.lexeme)}`);
    if (t.current() === Tok.EOF) return out;
    t.next();
  }
}

describe("tokenizer", () => {
  test("tokens carry kinds, lexemes and 1-based positions", () => {
    expect(tokens('@foo(bar: "x")\n$v := 1.5e3')).toEqual([
      "1:1 AT('@')",
      "1:2 IDENTIFIER('foo')",
      "1:5 LPAREN('(')",
      "1:6 IDENTIFIER('bar')",
      "1:9 COLON(':')",
      "1:10 SPACE(' ')",
      "1:11 STRING('\"x\"')",
      "1:14 RPAREN(')')",
      "1:15 NEWLINE('\\n')",
      "2:1 DOLLAR('$')",
      "2:2 IDENTIFIER('v')",
      "2:3 SPACE(' ')",
      "2:4 WALRUS(':=')",
      "2:6 SPACE(' ')",
      "2:7 NUMBER('1.5e3')",
      "2:12 EOF",
    ]);
  });

  test("CRLF and CR count as one line break; comments include their line break", () => {
    expect(tokens("a\r\nb\rc // note\r\nd")).toEqual([
      "1:1 IDENTIFIER('a')",
      "1:2 NEWLINE('\\r\\n')",
      "2:1 IDENTIFIER('b')",
      "2:2 NEWLINE('\\r')",
      "3:1 IDENTIFIER('c')",
      "3:2 SPACE(' ')",
      "3:3 COMMENT('// note\\r\\n')",
      "4:1 IDENTIFIER('d')",
      "4:2 EOF",
    ]);
  });

  test("positions after a multi-line text block stay right", () => {
    const out = tokens('x = """\n    a\n    """ y');
    expect(out.at(-3)).toBe("3:8 SPACE(' ')");
    expect(out.at(-2)).toBe("3:9 IDENTIFIER('y')");
  });

  test("doc comments are collected until taken", () => {
    const t = new Tokenizer("t.smithy", "/// one\n///two\n///\nfoo");
    while (t.current() !== Tok.IDENTIFIER) t.next();
    expect(t.takeDocComment()).toBe("one\ntwo\n");
    expect(t.takeDocComment()).toBeUndefined();
  });

  test("lexical problems become ERROR tokens with a message", () => {
    const cases: [string, string][] = [
      ["!", "Unexpected character: '!'"],
      ["/x", "Expected a '/' to follow '/' to form a comment."],
      ["-x", "Invalid number '-': '-' must be followed by a digit"],
      ["1.", "Invalid number '1.': '.' must be followed by a digit"],
      ["1e+", "Invalid number '1e+': 'e', '+', and '-' must be followed by a digit"],
      ["__ ", "Expected a valid identifier character, but found ' '"],
      ['"abc', "Error parsing quoted string: Syntax error at line 1, column 5: Expected: '\"', but found '[EOF]'"],
      ['"\\q"', "Error parsing quoted string: Invalid escape found in string: `\\q`"],
      ['"""x"""', "Error parsing text block: Text block must start with a new line"],
    ];
    for (const [text, message] of cases) {
      const t = new Tokenizer("t.smithy", text);
      expect([t.current(), t.errorMessage], text).toEqual([Tok.ERROR, message]);
    }
  });
});

describe("string contents", () => {
  test("escapes", () => {
    expect(decodeStringContents('a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9', false)).toBe('a"b\\c/d\b\f\n\r\té');
    expect(decodeStringContents("line\\\nnext", false)).toBe("linenext");
    expect(() => decodeStringContents("\\u12", false)).toThrow(new StringContentError("Invalid unclosed unicode escape found in string"));
    expect(() => decodeStringContents("\\u12x4", false)).toThrow("Invalid unicode escape character: `x`");
  });

  test("text blocks lose the opening line break and incidental indentation", () => {
    expect(decodeStringContents("\n    Hello\n      indented\n    ", true)).toBe("Hello\n  indented\n");
    expect(decodeStringContents("\n    Hello\n    there", true)).toBe("Hello\nthere");
    // Blank lines do not count towards the margin; trailing spaces are removed.
    expect(decodeStringContents("\n    a  \n\n    b\n    ", true)).toBe("a\n\nb\n");
    // A closing line further right than the text is discarded.
    expect(decodeStringContents("\n  a\n      ", true)).toBe("a\n");
    // Quotes are allowed in text blocks, and escapes are decoded after the margin is removed.
    expect(decodeStringContents('\n    "q" \\n', true)).toBe('"q" \n');
    expect(decodeStringContents("\r\n  a\r\n  ", true)).toBe("a\n");
  });

  test("raw control characters are rejected", () => {
    expect(() => decodeStringContents("a\u0001b", false)).toThrow("Invalid string character");
  });
});
