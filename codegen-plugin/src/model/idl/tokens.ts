// Token kinds of the Smithy IDL. The names are the ones Smithy's own diagnostics use
// ("Expected RBRACE('}') but found EOF"), so messages read the same as the reference tools'.

export const Tok = {
  SPACE: 0,
  NEWLINE: 1,
  COMMA: 2,
  COMMENT: 3,
  DOC_COMMENT: 4,
  AT: 5,
  STRING: 6,
  TEXT_BLOCK: 7,
  COLON: 8,
  WALRUS: 9,
  IDENTIFIER: 10,
  DOT: 11,
  POUND: 12,
  DOLLAR: 13,
  NUMBER: 14,
  LBRACE: 15,
  RBRACE: 16,
  LBRACKET: 17,
  RBRACKET: 18,
  LPAREN: 19,
  RPAREN: 20,
  EQUAL: 21,
  EOF: 22,
  ERROR: 23,
} as const;

export type Tok = (typeof Tok)[keyof typeof Tok];

const NAMES: readonly string[] = [
  "SPACE", "NEWLINE", "COMMA", "COMMENT", "DOC_COMMENT", "AT", "STRING", "TEXT_BLOCK", "COLON", "WALRUS",
  "IDENTIFIER", "DOT", "POUND", "DOLLAR", "NUMBER", "LBRACE", "RBRACE", "LBRACKET", "RBRACKET", "LPAREN",
  "RPAREN", "EQUAL", "EOF", "ERROR",
];

/** A typical lexeme per kind, shown when a kind is what was *expected*; empty when there is none. */
const SAMPLES: readonly string[] = [
  " ", "\\n", ",", "//", "///", "@", '"', '"""', ":", ":=",
  "", ".", "#", "$", "", "{", "}", "[", "]", "(",
  ")", "=", "", "",
];

/** Whitespace tokens: spaces, newlines, commas and ordinary comments (not doc comments). */
export function isWhitespaceToken(t: Tok): boolean {
  return t <= Tok.COMMENT;
}

/** `KIND('lexeme')`, or just `KIND` when the lexeme is empty. Line breaks are shown as `\n`. */
export function describeToken(t: Tok, lexeme: string): string {
  if (lexeme.length === 0) return NAMES[t]!;
  const shown = lexeme.indexOf("\n") < 0 && lexeme.indexOf("\r") < 0 ? lexeme : lexeme.replace(/\r/g, "\\r").replace(/\n/g, "\\n");
  return `${NAMES[t]}('${shown}')`;
}

/** How an expected token kind is described: `RBRACE('}')`, `IDENTIFIER`. */
export function describeExpected(t: Tok): string {
  return describeToken(t, SAMPLES[t]!);
}
