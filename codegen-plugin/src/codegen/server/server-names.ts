// Every name and file a server package uses, decided once so all files agree.
//
// Layout:
//   src/index.ts                 re-exports everything below
//   src/service.ts               <Service>Operations (type map), <Service>OperationName,
//                                <Service>Config, <Service>Builder, <Service> (the entry point)
//   src/schema.ts                <Service>Schema (the runtime's ServiceSchema)
//   src/runtime.ts               runtime symbols handler and plugin authors need
//   src/operation/<Op>.ts        <Op>Schema, and the <Op>Operation / <Op>Handler /
//                                <Op>OperationService / <Op>Error types
//   src/types/<Shape>.ts         shapes: type + schema constant
//   src/types/error/<Error>.ts   modeled errors: fields type, error class, schema constant
// Export names come from one SymbolTable over shapes, operations and the service, so no two
// exports of the package collide; companions are derived names ("GetPokemonHandler",
// "PokemonServiceBuilder") that the table keeps apart from shape names.
import { nameOf } from "../../model/shape-id.js";
import type { Shape } from "../../model/shape.js";
import type { GenerationContext } from "../modes/mode.js";
import { SymbolTable } from "../naming/symbol-table.js";
import { camelCase, firstFreeName } from "../shared/names.js";
import { TRAIT } from "../traits.js";
import { TypeDeclarations } from "../types/type-declarations.js";

export const TYPES_DIR = "src/types";
export const ERRORS_DIR = "src/types/error";
export const OPERATIONS_DIR = "src/operation";
export const SERVICE_FILE = "src/service.ts";
export const SERVICE_SCHEMA_FILE = "src/schema.ts";
export const RUNTIME_REEXPORTS_FILE = "src/runtime.ts";

/** File base names the mode writes itself (compared case-insensitively in every directory). */
const OWN_FILES = ["index", "service", "schema", "runtime"];

/** Names the generated builder class has already, so operation setters must avoid them. */
const RESERVED_BUILDER_MEMBERS: ReadonlySet<string> = new Set([
  "build", "buildUnchecked", "constructor", "then",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

export interface ServerOperationNames {
  readonly id: string;
  /** The operation's name in the service (after `rename`): the runtime's operation name. */
  readonly name: string;
  /** Package-relative file, e.g. "src/operation/GetPokemon.ts". */
  readonly file: string;
  /** Builder setters: handler function, operation service object, raw HTTP service. */
  readonly handlerMethod: string;
  readonly serviceMethod: string;
  readonly customMethod: string;
  /** The OperationSchema constant, e.g. "GetPokemonSchema". */
  readonly schema: string;
  /** The OperationShape type (input, output, errors), e.g. "GetPokemonOperation". */
  readonly operation: string;
  /** The handler function type, e.g. "GetPokemonHandler". */
  readonly handler: string;
  /** The operation service object type, e.g. "GetPokemonOperationService". */
  readonly operationService: string;
  /** The union of the modeled errors a handler may throw, e.g. "GetPokemonError". */
  readonly error: string;
}

export interface ServerServiceNames {
  /** The entry point, `<Service>.builder(config)`: the service shape's own name. */
  readonly service: string;
  readonly builder: string;
  readonly config: string;
  /** The type map operation name -> { input, output, errors }. */
  readonly operations: string;
  readonly operationName: string;
  readonly schema: string;
}

export class ServerNames {
  readonly symbols: SymbolTable;
  readonly service: ServerServiceNames;
  /** Operations the server implements, by shape id order. */
  readonly operations: readonly ServerOperationNames[];
  /** Operations left out (event streams), with the reason. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  readonly #errors: ReadonlySet<string>;
  readonly #errorFields = new Map<string, string>();
  readonly #schemas = new Map<string, string>();

  constructor(ctx: GenerationContext) {
    const renamed = (id: string): string => ctx.service.rename.get(id) ?? nameOf(id);
    const allOperations = ctx.shapes.filter((s) => s.type === "operation");
    const included: Shape[] = [];
    const skipped: { id: string; reason: string }[] = [];
    for (const op of allOperations) {
      const stream = eventStreamMember(ctx, op);
      if (stream === undefined) included.push(op);
      else skipped.push({ id: op.id, reason: `event streams are not supported yet (member ${stream})` });
    }
    this.skipped = skipped;
    this.#errors = new Set(ctx.shapes.filter((s) => s.type === "structure" && s.traits.has(TRAIT.error)).map((s) => s.id));

    const declared = ctx.shapes.filter(TypeDeclarations.declares);
    const operationIds = new Set(allOperations.map((s) => s.id));
    this.symbols = new SymbolTable([...declared.map((s) => s.id), ...allOperations.map((s) => s.id), ctx.service.id], {
      nameOf: renamed,
      directoryOf: (id) => (id === ctx.service.id ? "src" : operationIds.has(id) ? OPERATIONS_DIR : this.#errors.has(id) ? ERRORS_DIR : TYPES_DIR),
      reservedFileNames: OWN_FILES,
    });

    // Derived names are allocated in a fixed order (service, operations by shape id, errors by
    // shape id) so that a clash always resolves the same way.
    const derive = (id: string, suffix: string): string => this.symbols.derivedName(id, suffix);
    this.service = {
      service: this.symbols.symbol(ctx.service.id).name,
      builder: derive(ctx.service.id, "Builder"),
      config: derive(ctx.service.id, "Config"),
      operations: derive(ctx.service.id, "Operations"),
      operationName: derive(ctx.service.id, "OperationName"),
      schema: derive(ctx.service.id, "Schema"),
    };

    // Setter names: every operation's plain name first, then its "Service" and "Custom"
    // variants. A variant whose name an operation already took (`Get` and `GetService` both
    // want `getService`) is spelled with a "$" (`get$Service`), which no Smithy name contains.
    const methods = new Set<string>();
    const free = (c: string): boolean => !methods.has(c) && !RESERVED_BUILDER_MEMBERS.has(c);
    const take = (name: string): string => {
      methods.add(name);
      return name;
    };
    const bases = included.map((op) => {
      const base = camelCase(renamed(op.id));
      return take(firstFreeName(RESERVED_BUILDER_MEMBERS.has(base) ? `${base}Operation` : base, free));
    });
    const variant = (base: string, suffix: string): string =>
      take(free(`${base}${suffix}`) ? `${base}${suffix}` : firstFreeName(`${base}$${suffix}`, free));
    const services = bases.map((base) => variant(base, "Service"));
    const customs = bases.map((base) => variant(base, "Custom"));
    this.operations = included.map((op, i) => ({
      id: op.id,
      name: renamed(op.id),
      file: this.symbols.symbol(op.id).file,
      handlerMethod: bases[i]!,
      serviceMethod: services[i]!,
      customMethod: customs[i]!,
      schema: derive(op.id, "Schema"),
      operation: derive(op.id, "Operation"),
      handler: derive(op.id, "Handler"),
      operationService: derive(op.id, "OperationService"),
      error: derive(op.id, "Error"),
    }));
    for (const id of [...this.#errors].sort()) this.#errorFields.set(id, derive(id, "Fields"));
    for (const s of declared) this.#schemas.set(s.id, derive(s.id, "Schema"));
  }

  /** The schema constant of a declared shape, e.g. "PokemonSchema". */
  schemaName(id: string): string {
    const name = this.#schemas.get(id);
    if (name === undefined) throw new Error(`no schema constant allocated for ${id}`);
    return name;
  }

  isError(id: string): boolean {
    return this.#errors.has(id);
  }

  /** The interface of an error structure's members (the class takes the shape's name). */
  errorFields(id: string): string {
    const name = this.#errorFields.get(id);
    if (name === undefined) throw new Error(`${id} is not an error structure of the service`);
    return name;
  }

  /** Every name the package root exports (runtime re-exports must not clash with them). */
  exportedNames(): Set<string> {
    const names = new Set(this.symbols.symbols().map((s) => s.name));
    for (const v of Object.values(this.service)) names.add(v);
    for (const op of this.operations) for (const n of [op.schema, op.operation, op.handler, op.operationService, op.error]) names.add(n);
    for (const n of this.#errorFields.values()) names.add(n);
    for (const n of this.#schemas.values()) names.add(n);
    return names;
  }
}

/** The input or output member of `op` that is an event stream, if any. */
function eventStreamMember(ctx: GenerationContext, op: Shape): string | undefined {
  for (const io of [op.input, op.output]) {
    const structure = io === undefined ? undefined : ctx.model.getTopLevel(io);
    for (const m of structure?.members.values() ?? []) {
      const target = ctx.model.getTopLevel(m.target);
      if (target?.type === "union" && target.traits.has(TRAIT.streaming)) return m.id;
    }
  }
  return undefined;
}
