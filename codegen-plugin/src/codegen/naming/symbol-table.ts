// The symbol table: one exported TypeScript name and one file per generated shape, decided
// once for the whole package so every file agrees on them.
//
// Names are allocated in shape-id order, so the same model always yields the same names.
// Export names are unique (case-sensitively, as TypeScript compares them); file names are
// unique case-insensitively, because macOS and Windows file systems fold case.
import { isReservedFileName } from "./reserved-words.js";
import { safeDeclarationName } from "./identifiers.js";

export interface ShapeSymbol {
  /** Absolute shape id. */
  readonly id: string;
  /** The exported TypeScript name. */
  readonly name: string;
  /** Package-relative path of the file that declares it, e.g. "src/types/Foo.ts". */
  readonly file: string;
}

export interface SymbolTableOptions {
  /** The name a shape has in the service (after `rename`), before any escaping. */
  readonly nameOf: (id: string) => string;
  /** The package-relative directory a shape's file goes into, e.g. "src/types". */
  readonly directoryOf: (id: string) => string;
  /** File base names (without extension) the mode uses for its own files, e.g. "index". */
  readonly reservedFileNames?: readonly string[];
}

export class SymbolTable {
  readonly #symbols = new Map<string, ShapeSymbol>();
  readonly #exportNames = new Set<string>();
  readonly #derived = new Map<string, string>();
  readonly #derivedNames = new Set<string>();

  /** @param ids the shapes that get a symbol; any order (they are sorted here). */
  constructor(ids: Iterable<string>, options: SymbolTableOptions) {
    const sorted = [...new Set(ids)].sort(compareCodePoints);
    const desired = new Map(sorted.map((id) => [id, safeDeclarationName(options.nameOf(id))]));
    const desiredNames = new Set(desired.values());
    const desiredLower = new Set([...desiredNames].map((n) => n.toLowerCase()));
    const usedFiles = new Set((options.reservedFileNames ?? []).map((n) => n.toLowerCase()));

    for (const id of sorted) {
      const base = desired.get(id)!;
      const name = firstFree(base, (c) => !this.#exportNames.has(c) && (c === base || !desiredNames.has(c)));
      this.#exportNames.add(name);
      const fileBase = firstFree(name, (c) => {
        const lower = c.toLowerCase();
        return !usedFiles.has(lower) && !isReservedFileName(c) && (c === name || !desiredLower.has(lower));
      });
      usedFiles.add(fileBase.toLowerCase());
      this.#symbols.set(id, { id, name, file: `${options.directoryOf(id)}/${fileBase}.ts` });
    }
  }

  has(id: string): boolean {
    return this.#symbols.has(id);
  }

  /** The symbol of a shape; throws when the shape was not part of the table (a generator bug). */
  symbol(id: string): ShapeSymbol {
    const s = this.#symbols.get(id);
    if (!s) throw new Error(`no symbol allocated for shape ${id}`);
    return s;
  }

  /** Every symbol, in shape-id order. */
  symbols(): ShapeSymbol[] {
    return [...this.#symbols.values()];
  }

  /**
   * A second exported name derived from a shape's name, e.g. `derivedName(id, "Schema")` ->
   * "FooSchema". When that would collide with a shape's export name or another derived name,
   * the parts are joined with "$" instead ("Foo$Schema"), which no Smithy identifier contains.
   */
  derivedName(id: string, suffix: string): string {
    const key = `${id}\u0000${suffix}`;
    const known = this.#derived.get(key);
    if (known !== undefined) return known;
    const base = this.symbol(id).name;
    let name = `${base}${suffix}`;
    if (this.#exportNames.has(name) || this.#derivedNames.has(name)) name = `${base}$${suffix}`;
    this.#derived.set(key, name);
    this.#derivedNames.add(name);
    return name;
  }
}

/** `base` if acceptable, else `base_2`, `base_3`, ... */
function firstFree(base: string, acceptable: (candidate: string) => boolean): string {
  if (acceptable(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (acceptable(candidate)) return candidate;
  }
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
