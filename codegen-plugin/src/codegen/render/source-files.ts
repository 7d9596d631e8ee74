// Collects the files of one generated package.
import type { GeneratedFile } from "../options.js";
import { isGeneratedFile, ImportScope } from "./imports.js";
import { assembleSourceFile } from "./source-file.js";
import { compareCodePoints } from "../naming/symbol-table.js";

export class SourceFiles {
  readonly #header: string;
  readonly #files = new Map<string, string>();
  /** Lower-cased paths: two files differing only in case would overwrite each other on macOS and Windows. */
  readonly #folded = new Map<string, string>();
  readonly #packages = new Set<string>();

  /** @param header the first line of every TypeScript file */
  constructor(header: string) {
    this.#header = header;
  }

  /**
   * Adds a TypeScript file: `locals` are the names it declares (so imports that clash are
   * aliased), `body` renders its declarations, registering imports in the scope it is given.
   */
  addTypeScript(path: string, locals: readonly string[], body: (scope: ImportScope) => string): void {
    const scope = new ImportScope(path);
    for (const l of locals) scope.declareLocal(l);
    const text = body(scope);
    for (const m of scope.importedModules()) if (!isGeneratedFile(m)) this.#packages.add(packageOf(m));
    this.#add(path, assembleSourceFile(this.#header, scope, text));
  }

  /** Adds a non-TypeScript file verbatim (package.json, README.md, ...). */
  addText(path: string, contents: string): void {
    this.#add(path, contents);
  }

  /** Packages (not subpaths) imported by any TypeScript file so far, e.g. "@smithy-ts/runtime". */
  importedPackages(): string[] {
    return [...this.#packages].sort(compareCodePoints);
  }

  /** Every file, sorted by path. */
  files(): GeneratedFile[] {
    return [...this.#files.entries()]
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([path, contents]) => ({ path, contents }));
  }

  #add(path: string, contents: string): void {
    const existing = this.#folded.get(path.toLowerCase());
    if (existing !== undefined) throw new Error(`two generated files map to the same path: ${existing} and ${path}`);
    this.#folded.set(path.toLowerCase(), path);
    this.#files.set(path, contents);
  }
}

/** "@scope/name/sub" -> "@scope/name"; "name/sub" -> "name". */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}
