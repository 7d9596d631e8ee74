// ResourceOperationInputOutput: for resources with properties, members of lifecycle and
// instance operation inputs/outputs must be identifiers or properties (with the property's
// target), no two members may map to one property, and every property must be used.
import type { ValidationEvent } from "../../events.js";
import type { MemberShape, Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { IdentifierBindingIndex } from "../indexes/identifier-bindings.js";
import { PropertyBindingIndex } from "../indexes/property-bindings.js";
import type { Validator } from "../validator.js";

const ID = "ResourceOperationInputOutput";

export const resourceOperationInputOutputValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const resource of ctx.model.shapesOfType("resource")) {
      if (resource.properties.size === 0) continue;
      const properties = PropertyBindingIndex.of(ctx);
      const used = new Set<string>();
      const lifecycle: [string, string | undefined][] = [
        ["put", resource.put],
        ["create", resource.create],
        ["read", resource.read],
        ["update", resource.update],
        ["delete", resource.delete],
        ...resource.operations.map((id): [string, string] => [id.slice(id.indexOf("#") + 1), id]),
      ];
      for (const [name, opId] of lifecycle) {
        const op = ctx.shapeOfType(opId, "operation");
        if (!op) continue;
        const identifierMembers = new Set(IdentifierBindingIndex.of(ctx).bindings(resource, op.id).output.values());
        for (const shape of [properties.inputPropertiesShape(op), properties.outputPropertiesShape(op)]) {
          if (!shape) continue;
          const byProperty = new Map<string, MemberShape[]>();
          for (const member of shape.members.values()) {
            const property = properties.propertyName(member);
            if (property === undefined) continue;
            used.add(property);
            const list = byProperty.get(property);
            if (list) list.push(member);
            else byProperty.set(property, [member]);
            yield* checkMember(resource, member, property, name, identifierMembers);
          }
          yield* conflicts(shape, byProperty);
        }
      }
      for (const property of resource.properties.keys()) {
        if (used.has(property)) continue;
        yield shapeEvent(
          ID,
          "ERROR",
          resource,
          `Resource property \`${property}\` is not used in the input or output of create or an instance operation.`,
        );
      }
    }
  },
};

function* checkMember(
  resource: Shape,
  member: MemberShape,
  property: string,
  operationName: string,
  identifierMembers: ReadonlySet<string>,
): Iterable<ValidationEvent> {
  const expected = resource.properties.get(property);
  if (expected !== undefined) {
    if (expected !== member.target) {
      yield shapeEvent(
        ID,
        "ERROR",
        member,
        `This member must target \`${expected}\`. This member is used as part of the \`${operationName}\` operation of ` +
          `the \`${resource.id}\` resource and conflicts with its \`${property}\` resource property.`,
      );
    }
  } else if (!identifierMembers.has(member.memberName)) {
    yield shapeEvent(
      ID,
      "ERROR",
      member,
      `Member \`${member.memberName}\` does not target a property or identifier for resource \`${resource.id}\`. If it ` +
        "is an identifier, apply the `smithy.api#resourceIdentifier` trait. If it is a property, apply the " +
        "`smithy.api#property` trait. If it is neither, apply the `smithy.api#notProperty` trait.",
    );
  }
}

function* conflicts(shape: Shape, byProperty: ReadonlyMap<string, MemberShape[]>): Iterable<ValidationEvent> {
  for (const property of [...byProperty.keys()].sort()) {
    const members = byProperty.get(property)!;
    if (members.length < 2) continue;
    const names = members.map((m) => m.id).sort().map((id) => id.slice(id.indexOf("$") + 1));
    yield shapeEvent(
      ID,
      "ERROR",
      shape,
      `This shape contains members with conflicting resource property names that resolve to '${property}': ${names.join(", ")}`,
    );
  }
}
