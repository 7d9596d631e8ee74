/** Where a shape, trait or statement came from. Lines and columns are 1-based. */
export interface SourceLocation {
  readonly filename: string;
  readonly line: number;
  readonly column: number;
}

/** Location for things that have no source (synthesized shapes, programmatic models). */
export const NO_SOURCE: SourceLocation = Object.freeze({ filename: "", line: 0, column: 0 });

export function formatLocation(loc: SourceLocation): string {
  return loc.filename === "" ? "" : `${loc.filename}:${loc.line}:${loc.column}`;
}
