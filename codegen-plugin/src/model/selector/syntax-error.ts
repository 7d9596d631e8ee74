// The error a malformed selector raises. Its message follows the reference implementation's
// wording ("Syntax error at line L column C, near `rest`: reason; expression: text") because
// validation events quote it and conformance tests compare those events verbatim.

export class SelectorSyntaxError extends Error {
  override readonly name = "SelectorSyntaxError";
  /** What is wrong, without position or expression ("Unexpected selector EOF"). */
  readonly reason: string;
  /** The complete selector text. */
  readonly expression: string;
  /** 0-based offset into the expression (UTF-16 code units). */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;

  constructor(reason: string, expression: string, offset: number) {
    const { line, column } = lineAndColumn(expression, offset);
    const near = offset <= expression.length ? `, near \`${expression.slice(offset)}\`` : "";
    super(`Syntax error at line ${line} column ${column}${near}: ${reason}; expression: ${expression}`);
    this.reason = reason;
    this.expression = expression;
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}

/** 1-based line and column of an offset; "\r\n", "\n" and "\r" each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
