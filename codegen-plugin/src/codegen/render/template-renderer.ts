// The Handlebars environment generated files are rendered with.
//
// Templates are logic-light: view models carry safe identifiers and rendered types. The only
// helpers are those that register imports and return the local name to write
// ({{importType "Foo" from="src/types/Foo.ts"}}, {{importValue "deref" from="@smithy-ts/runtime/codegen-v1"}})
// and `json` for string literals. Helper names shadow view-model fields of the same name in
// Handlebars, hence the distinctive names.
// Templates under "shared/" are partials, named by path without ".hbs" ({{> shared/tsdoc}}).
import Handlebars from "handlebars";
import { ImportScope } from "./imports.js";

/** Template texts keyed by path relative to the templates directory, e.g. "types/structure.hbs". */
export type TemplateSource = Readonly<Record<string, string>>;

type Compiled = (view: object, options: { data: { scope: ImportScope | undefined } }) => string;

/** Compiled templates per source object: compiling is the costly part, and sources are immutable. */
const environments = new WeakMap<TemplateSource, TemplateRenderer>();

export class TemplateRenderer {
  readonly #env = Handlebars.create();
  readonly #templates: TemplateSource;
  readonly #compiled = new Map<string, Compiled>();

  private constructor(templates: TemplateSource) {
    this.#templates = templates;
    for (const [path, text] of Object.entries(templates)) {
      if (path.startsWith("shared/") && path.endsWith(".hbs")) this.#env.registerPartial(path.slice(0, -4), text);
    }
    this.#env.registerHelper("importType", (name: unknown, options: Handlebars.HelperOptions) =>
      scopeOf(options).useType(stringArg(name, "importType"), fromArg(options, "importType")),
    );
    this.#env.registerHelper("importValue", (name: unknown, options: Handlebars.HelperOptions) =>
      scopeOf(options).useValue(stringArg(name, "importValue"), fromArg(options, "importValue")),
    );
    this.#env.registerHelper("json", (value: unknown) => JSON.stringify(value));
  }

  /** The renderer for a template source (cached per source object). */
  static for(templates: TemplateSource): TemplateRenderer {
    let r = environments.get(templates);
    if (!r) {
      r = new TemplateRenderer(templates);
      environments.set(templates, r);
    }
    return r;
  }

  /**
   * Renders template `name` ("types/structure.hbs") with a view model, registering imports in
   * `scope`. Templates of non-TypeScript files (README.md) have no scope and cannot import.
   */
  render(name: string, view: object, scope?: ImportScope): string {
    return this.#compile(name)(view, { data: { scope } });
  }

  #compile(name: string): Compiled {
    const known = this.#compiled.get(name);
    if (known) return known;
    const text = this.#templates[name];
    if (text === undefined) throw new Error(`template not found: ${name} (is the templates directory complete?)`);
    // noEscape: output is TypeScript, not HTML. strict: a view-model field missing by mistake
    // is an error, not silently empty output.
    const compiled: Compiled = this.#env.compile(text, { noEscape: true, strict: true });
    this.#compiled.set(name, compiled);
    return compiled;
  }
}

function scopeOf(options: Handlebars.HelperOptions): ImportScope {
  const data: unknown = options.data;
  const scope = typeof data === "object" && data !== null ? (data as { root?: unknown; scope?: unknown }).scope : undefined;
  if (!(scope instanceof ImportScope)) throw new Error("import helpers can only be used in TypeScript file templates");
  return scope;
}

function stringArg(v: unknown, helper: string): string {
  if (typeof v !== "string" || v === "") throw new Error(`{{${helper}}} needs a symbol name`);
  return v;
}

function fromArg(options: Handlebars.HelperOptions, helper: string): string {
  const from: unknown = (options.hash as Record<string, unknown>)["from"];
  if (typeof from !== "string" || from === "") throw new Error(`{{${helper}}} needs from="<module or src/... file>"`);
  return from;
}
