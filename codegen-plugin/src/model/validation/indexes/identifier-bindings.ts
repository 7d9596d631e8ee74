// Which input/output members of a resource's operations carry its identifiers (explicitly
// with @resourceIdentifier, or implicitly: a required member named and typed like the
// identifier), and whether each operation is an instance or a collection operation.
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { resourceOperationIds } from "./top-down.js";

export type BindingType = "instance" | "collection" | "none";

export interface OperationBindings {
  readonly type: BindingType;
  /** identifier name -> input member name */
  readonly input: ReadonlyMap<string, string>;
  /** identifier name -> output member name */
  readonly output: ReadonlyMap<string, string>;
}

const NONE: OperationBindings = { type: "none", input: new Map(), output: new Map() };

export class IdentifierBindingIndex {
  readonly #ctx: ValidationContext;
  readonly #cache = new Map<string, Map<string, OperationBindings>>();

  constructor(ctx: ValidationContext) {
    this.#ctx = ctx;
  }

  static of(ctx: ValidationContext): IdentifierBindingIndex {
    return ctx.memo("identifierBindings", () => new IdentifierBindingIndex(ctx));
  }

  bindings(resource: Shape, operationId: string): OperationBindings {
    let byOperation = this.#cache.get(resource.id);
    if (!byOperation) {
      byOperation = new Map();
      for (const id of resourceOperationIds(resource)) {
        const operation = this.#ctx.shapeOfType(id, "operation");
        if (!operation || byOperation.has(id)) continue;
        byOperation.set(id, {
          type: isCollection(resource, id) ? "collection" : "instance",
          input: computeBindings(resource, this.#ctx.inputOf(operation)),
          output: computeBindings(resource, this.#ctx.outputOf(operation)),
        });
      }
      this.#cache.set(resource.id, byOperation);
    }
    return byOperation.get(operationId) ?? NONE;
  }
}

function isCollection(resource: Shape, operationId: string): boolean {
  return resource.collectionOperations.includes(operationId) || resource.create === operationId || resource.list === operationId;
}

/** Whether a member implicitly binds one of the resource's identifiers. */
export function isImplicitIdentifierBinding(member: { memberName: string; target: string; traits: ReadonlyMap<string, unknown> }, resource: Shape): boolean {
  return resource.identifiers.get(member.memberName) === member.target && member.traits.has("smithy.api#required");
}

function computeBindings(resource: Shape, structure: Shape | undefined): Map<string, string> {
  const bindings = new Map<string, string>();
  if (!structure) return bindings;
  for (const member of structure.members.values()) {
    const explicit = member.traits.get("smithy.api#resourceIdentifier");
    if (typeof explicit === "string") bindings.set(explicit, member.memberName);
    else if (isImplicitIdentifierBinding(member, resource) && !bindings.has(member.memberName)) {
      bindings.set(member.memberName, member.memberName);
    }
  }
  return bindings;
}
