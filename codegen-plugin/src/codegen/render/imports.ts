// Imports of one generated file. Templates and view-model builders never write import lines:
// they ask the file's ImportScope for a symbol and get back the local name to write. After
// rendering, the scope produces the import block: deduplicated, `import type` where every use
// is a type, aliased where a name clashes with a local declaration or another import, with
// relative paths between generated files, sorted.

/**
 * Where a symbol comes from: a package-relative generated file ("src/types/Foo.ts") or a bare
 * module specifier ("@smithy-ts/runtime/codegen-v1").
 */
export type ModuleRef = string;

interface ImportedSymbol {
  readonly module: ModuleRef;
  readonly name: string;
  readonly local: string;
  /** Whether any use is a value (not only a type). */
  valueUse: boolean;
}

export class ImportScope {
  /** Package-relative path of the file being generated. */
  readonly file: string;
  readonly #locals = new Set<string>();
  readonly #bySource = new Map<string, ImportedSymbol>();
  readonly #byLocal = new Map<string, ImportedSymbol>();

  constructor(file: string) {
    this.file = file;
  }

  /**
   * Declares a name the file itself defines. Declare every local before importing anything,
   * so an import with the same name is aliased rather than the local.
   */
  declareLocal(name: string): void {
    const clash = this.#byLocal.get(name);
    if (clash) {
      throw new Error(`${this.file}: local "${name}" declared after an import already took that name (from ${clash.module})`);
    }
    this.#locals.add(name);
  }

  isLocal(name: string): boolean {
    return this.#locals.has(name);
  }

  /** Uses a symbol in type positions only; returns the name to write. */
  useType(name: string, from: ModuleRef): string {
    return this.#use(name, from, false);
  }

  /** Uses a symbol as a value (possibly also as a type); returns the name to write. */
  useValue(name: string, from: ModuleRef): string {
    return this.#use(name, from, true);
  }

  #use(name: string, from: ModuleRef, valueUse: boolean): string {
    if (from === this.file) {
      if (!this.#locals.has(name)) throw new Error(`${this.file}: "${name}" is used as a local but never declared`);
      return name;
    }
    const key = `${from}\u0000${name}`;
    const known = this.#bySource.get(key);
    if (known) {
      known.valueUse ||= valueUse;
      return known.local;
    }
    let local = name;
    for (let n = 1; this.#locals.has(local) || this.#byLocal.has(local); n++) local = `${name}$${n}`;
    const entry: ImportedSymbol = { module: from, name, local, valueUse };
    this.#bySource.set(key, entry);
    this.#byLocal.set(local, entry);
    return local;
  }

  /** The modules this file imports from, as registered (generated files and packages). */
  importedModules(): ModuleRef[] {
    return [...new Set([...this.#bySource.values()].map((s) => s.module))];
  }

  /** The import block (without a trailing blank line), or "" when nothing is imported. */
  renderImports(): string {
    const byModule = new Map<string, ImportedSymbol[]>();
    for (const s of this.#bySource.values()) {
      const specifier = moduleSpecifier(this.file, s.module);
      const list = byModule.get(specifier);
      if (list) list.push(s);
      else byModule.set(specifier, [s]);
    }
    const specifiers = [...byModule.keys()].sort(compareSpecifiers);
    return specifiers
      .map((specifier) => {
        const symbols = byModule.get(specifier)!.sort((a, b) => compare(a.name, b.name) || compare(a.local, b.local));
        const typeOnly = symbols.every((s) => !s.valueUse);
        const parts = symbols.map((s) => {
          const binding = s.local === s.name ? s.name : `${s.name} as ${s.local}`;
          return typeOnly || s.valueUse ? binding : `type ${binding}`;
        });
        return `import ${typeOnly ? "type " : ""}{ ${parts.join(", ")} } from ${JSON.stringify(specifier)};`;
      })
      .join("\n");
  }
}

/** Package modules first, then relative ones; each group in code-point order. */
function compareSpecifiers(a: string, b: string): number {
  const ra = a.startsWith(".") ? 1 : 0;
  const rb = b.startsWith(".") ? 1 : 0;
  return ra - rb || compare(a, b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a module reference names a generated file rather than a package. */
export function isGeneratedFile(ref: ModuleRef): boolean {
  return ref.endsWith(".ts");
}

/** The specifier `fromFile` uses to import `target` (".ts" files become relative ".js" paths). */
export function moduleSpecifier(fromFile: string, target: ModuleRef): string {
  if (!isGeneratedFile(target)) return target;
  return relativePath(fromFile, `${target.slice(0, -3)}.js`);
}

/** Relative POSIX path from the directory of `fromFile` to `toFile`, always starting with ".". */
export function relativePath(fromFile: string, toFile: string): string {
  const from = fromFile.split("/").slice(0, -1);
  const to = toFile.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join("/");
  return up === 0 ? `./${rest}` : `${"../".repeat(up)}${rest}`;
}
