// Every name and file a client package uses, decided once so all files agree.
//
// Layout (DESIGN.md section 5, operation-first):
//   src/types/<Shape>.ts            shared shapes: type + schema constant
//   src/types/error/<Error>.ts      modeled errors: fields type, error class, schema constant
//   src/operation/<op>/             the operation's own input/output structures (when no other
//                                   operation or member uses them), error union, request
//                                   builder (+ paginator), operation schema
// Export names come from one SymbolTable over shapes, operations and the service, so no two
// exports of the package collide; companions are derived names ("GetForecastRequest",
// "GetForecastSchema", "WeatherClient"), which the table keeps apart from shape names.
import { nameOf } from "../../model/shape-id.js";
import type { Shape } from "../../model/shape.js";
import type { GenerationContext } from "../modes/mode.js";
import { kebabCase } from "../generate.js";
import { SymbolTable } from "../naming/symbol-table.js";
import { TypeDeclarations } from "../types/type-declarations.js";
import { TRAIT } from "../traits.js";
import { camelCase, firstFreeName } from "./member-names.js";

export const TYPES_DIR = "src/types";
export const ERRORS_DIR = "src/types/error";
export const OPERATIONS_DIR = "src/operation";

/** File names the mode writes itself inside operation directories (compared case-insensitively). */
const OPERATION_FILES = ["index", "error", "request", "schema"];

/** Names a Client subclass must not use for operation methods (see the runtime's Client). */
const RESERVED_CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  "config", "send", "destroy", "constructor", "then",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

export interface OperationNames {
  readonly id: string;
  /** The operation's name in the service (after `rename`). */
  readonly name: string;
  /** Package-relative directory, e.g. "src/operation/get-forecast". */
  readonly dir: string;
  /** The client method, e.g. "getForecast". */
  readonly method: string;
  /** The fluent request builder class, e.g. "GetForecastRequest". */
  readonly request: string;
  /** The OperationSchema constant, e.g. "GetForecastSchema". */
  readonly schema: string;
  /** The union of the operation's modeled errors, e.g. "GetForecastError". */
  readonly error: string;
}

export interface ServiceNames {
  /** The client class, e.g. "WeatherClient". */
  readonly client: string;
  /** The client config type, e.g. "WeatherClientConfig". */
  readonly config: string;
  /** The ServiceSchema constant, e.g. "WeatherSchema". */
  readonly schema: string;
  /** The union of every modeled error, e.g. "WeatherError". */
  readonly error: string;
  /** The package metadata constant, e.g. "WeatherMeta". */
  readonly meta: string;
}

export class ClientNames {
  readonly symbols: SymbolTable;
  readonly service: ServiceNames;
  /** Operations the client exposes, by shape id order. */
  readonly operations: readonly OperationNames[];
  /** Operations left out (event streams), with the reason. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  readonly #operations = new Map<string, OperationNames>();
  readonly #errorFields = new Map<string, string>();
  readonly #errors: ReadonlySet<string>;

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

    const operationDirs = new Map<string, string>();
    const usedDirs = new Set<string>();
    for (const op of included) {
      const dir = firstFreeName(kebabCase(renamed(op.id)) || "operation", (c) => !usedDirs.has(c.toLowerCase()), "-");
      usedDirs.add(dir.toLowerCase());
      operationDirs.set(op.id, `${OPERATIONS_DIR}/${dir}`);
    }
    // Structures of left-out operations go to src/types, where they are still exported.
    const owners = operationOwnedStructures(ctx, allOperations, included, this.#errors);

    const declared = ctx.shapes.filter(TypeDeclarations.declares);
    const ids = [...declared.map((s) => s.id), ...allOperations.map((s) => s.id), ctx.service.id];
    this.symbols = new SymbolTable(ids, {
      nameOf: renamed,
      directoryOf: (id) => {
        if (id === ctx.service.id) return "src";
        const opDir = operationDirs.get(id) ?? operationDirs.get(owners.get(id) ?? "");
        if (opDir !== undefined) return opDir;
        return this.#errors.has(id) ? ERRORS_DIR : TYPES_DIR;
      },
      reservedFileNames: OPERATION_FILES,
    });

    // Derived names are allocated in a fixed order (service, then operations and errors by
    // shape id) so that a clash always resolves the same way.
    const derive = (id: string, suffix: string) => this.symbols.derivedName(id, suffix);
    this.service = {
      client: derive(ctx.service.id, "Client"),
      config: derive(ctx.service.id, "ClientConfig"),
      schema: derive(ctx.service.id, "Schema"),
      error: derive(ctx.service.id, "Error"),
      meta: derive(ctx.service.id, "Meta"),
    };
    const methods = new Set<string>();
    for (const op of included) {
      const name = renamed(op.id);
      const base = camelCase(name);
      const method = firstFreeName(RESERVED_CLIENT_MEMBERS.has(base) ? `${base}Operation` : base, (c) => !methods.has(c) && !RESERVED_CLIENT_MEMBERS.has(c));
      methods.add(method);
      const names: OperationNames = {
        id: op.id,
        name,
        dir: operationDirs.get(op.id)!,
        method,
        request: derive(op.id, "Request"),
        schema: derive(op.id, "Schema"),
        error: derive(op.id, "Error"),
      };
      this.#operations.set(op.id, names);
    }
    this.operations = [...this.#operations.values()];
    for (const id of [...this.#errors].sort()) this.#errorFields.set(id, derive(id, "Fields"));
  }

  operation(id: string): OperationNames {
    const names = this.#operations.get(id);
    if (!names) throw new Error(`operation ${id} is not part of the client`);
    return names;
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

  /** Every name the package root exports (to keep runtime re-exports from clashing). */
  exportedNames(): Set<string> {
    const names = new Set(this.symbols.symbols().map((s) => s.name));
    for (const v of Object.values(this.service)) names.add(v);
    for (const op of this.operations) for (const n of [op.request, op.schema, op.error]) names.add(n);
    for (const n of this.#errorFields.values()) names.add(n);
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

/**
 * Structures that belong in one operation's directory: the input or output of exactly one
 * operation (one the client includes), not an error, and not the target of any member.
 */
function operationOwnedStructures(
  ctx: GenerationContext,
  operations: readonly Shape[],
  included: readonly Shape[],
  errors: ReadonlySet<string>,
): Map<string, string> {
  const uses = new Map<string, Set<string>>();
  for (const op of operations) {
    for (const io of [op.input, op.output]) {
      if (io === undefined || errors.has(io)) continue;
      const set = uses.get(io) ?? new Set<string>();
      set.add(op.id);
      uses.set(io, set);
    }
  }
  const targeted = new Set<string>();
  for (const s of ctx.shapes) for (const m of s.members.values()) targeted.add(m.target);
  const owners = new Map<string, string>();
  const includedIds = new Set(included.map((op) => op.id));
  for (const [id, ops] of uses) {
    const owner = [...ops][0]!;
    if (ops.size === 1 && includedIds.has(owner) && !targeted.has(id) && ctx.model.getTopLevel(id)?.type === "structure") owners.set(id, owner);
  }
  return owners;
}
