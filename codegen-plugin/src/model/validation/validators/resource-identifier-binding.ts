// ResourceIdentifierBinding: instance operations must bind every identifier of their
// resource (and of its parents), collection operations must not bind them all, and
// @resourceIdentifier bindings must not conflict.
import type { ValidationEvent } from "../../events.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import { IdentifierBindingIndex } from "../indexes/identifier-bindings.js";
import { resourceOperationIds } from "../indexes/top-down.js";
import type { Validator } from "../validator.js";

const ID = "ResourceIdentifierBinding";
const RESOURCE_IDENTIFIER = "smithy.api#resourceIdentifier";

export const resourceIdentifierBindingValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    yield* identifierTraits(ctx);
    const index = IdentifierBindingIndex.of(ctx);
    for (const resource of ctx.model.shapesOfType("resource")) {
      for (const childId of resource.resources) {
        const child = ctx.shapeOfType(childId, "resource");
        if (!child) continue;
        for (const opId of unique(resourceOperationIds(child))) {
          const op = ctx.shapeOfType(opId, "operation");
          const bindings = index.bindings(child, opId);
          if (!op || bindings.type === "none") continue;
          const missing = [...resource.identifiers.keys()].filter((name) => !bindings.input.has(name));
          if (missing.length > 0) {
            yield shapeEvent(
              ID,
              "ERROR",
              op,
              `This operation is bound to the \`${child.id}\` resource, which is a child of the \`${resource.id}\` resource, ` +
                `and it is missing the following resource identifier bindings of \`${resource.id}\`: [${tickedList(missing)}]`,
            );
          }
        }
      }
      for (const opId of unique(resourceOperationIds(resource))) {
        const op = ctx.shapeOfType(opId, "operation");
        if (!op) continue;
        const bindings = index.bindings(resource, opId);
        if (bindings.type === "collection" && allIdentifiersBound(ctx, resource, op, bindings.input)) {
          yield shapeEvent(
            ID,
            "ERROR",
            op,
            `This operation is bound as a collection operation on the \`${resource.id}\` resource, but it improperly ` +
              "binds all of the identifiers of the resource to members of the operation input.",
          );
        } else if (bindings.type === "instance" && !allIdentifiersBound(ctx, resource, op, bindings.input)) {
          yield shapeEvent(
            ID,
            "ERROR",
            op,
            `This operation does not form a valid instance operation when bound to resource \`${resource.id}\`. All of ` +
              "the identifiers of the resource were not implicitly or explicitly bound to the input of the operation. " +
              `Expected the following identifier bindings: [${bindingList(resource.identifiers)}]. Found the following ` +
              `identifier bindings: [${bindingList(bindings.input)}]`,
          );
        }
      }
    }
  },
};

function* identifierTraits(ctx: ValidationContext): Iterable<ValidationEvent> {
  const containers = new Set<string>();
  for (const member of ctx.shapesWithTrait(RESOURCE_IDENTIFIER)) if (member.type === "member") containers.add(member.container);
  for (const id of containers) {
    const structure = ctx.model.getTopLevel(id);
    if (!structure) continue;
    const potential = new Map<string, string[]>();
    const explicit = new Map<string, string[]>();
    for (const member of structure.members.values()) {
      const name = member.traits.get(RESOURCE_IDENTIFIER);
      const binding = typeof name === "string" ? name : member.memberName;
      push(potential, binding, member.memberName);
      if (typeof name === "string") push(explicit, name, member.memberName);
    }
    for (const [binding, members] of potential) {
      if (members.length > 1 && members.includes(binding)) {
        const overriding = members.filter((m) => m !== binding).sort();
        yield shapeEvent(
          ID,
          "WARNING",
          structure,
          `Implicit resource identifier for '${binding}' is overridden by \`resourceIdentifier\` trait on members: '${overriding.join("', '")}'`,
        );
      }
    }
    for (const [binding, members] of explicit) {
      if (members.length > 1) {
        yield shapeEvent(
          ID,
          "ERROR",
          structure,
          `Conflicting resource identifier member bindings found for identifier '${binding}' between members: '${[...members].sort().join("', '")}'`,
        );
      }
    }
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function allIdentifiersBound(ctx: ValidationContext, resource: Shape, op: Shape, bindings: ReadonlyMap<string, string>): boolean {
  const input = ctx.inputOf(op);
  for (const [name, target] of resource.identifiers) {
    const memberName = bindings.get(name);
    if (memberName === undefined) return false;
    if (input?.members.get(memberName)?.target !== target) return false;
  }
  return true;
}

function bindingList(bindings: ReadonlyMap<string, string>): string {
  return [...bindings].map(([k, v]) => `required member named \`${k}\` that targets \`${v}\``).sort().join(", ");
}
