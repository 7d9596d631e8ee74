// MemberShouldReferenceResource: a string member named and typed like a resource identifier
// probably refers to that resource and should say so with @references (unless the member is
// already within that resource's bindings).
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject } from "../../node-value.js";
import type { AnyShape, MemberShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const memberShouldReferenceResourceValidator: Validator = {
  id: "MemberShouldReferenceResource",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    // identifier name -> identifier target -> resources
    const byIdentifier = new Map<string, Map<string, Set<string>>>();
    for (const resource of ctx.model.shapesOfType("resource")) {
      for (const [name, target] of resource.identifiers) {
        let byTarget = byIdentifier.get(name);
        if (!byTarget) byIdentifier.set(name, (byTarget = new Map()));
        let resources = byTarget.get(target);
        if (!resources) byTarget.set(target, (resources = new Set()));
        resources.add(resource.id);
      }
    }
    if (byIdentifier.size === 0) return;
    for (const shape of ctx.model.allShapes()) {
      if (shape.type !== "member") continue;
      const candidates = byIdentifier.get(shape.memberName)?.get(shape.target);
      if (!candidates) continue;
      const target = ctx.model.getTopLevel(shape.target);
      if (target?.type !== "string" && target?.type !== "enum") continue;
      const ignore = new Set<string>();
      referencedResources(shape, ignore);
      const container = ctx.model.getTopLevel(shape.container);
      if (container) referencedResources(container, ignore);
      const unresolved = new Set([...candidates].filter((id) => !ignore.has(id)));
      if (unresolved.size > 0) {
        for (const resourceId of bindingResources(ctx, shape, unresolved)) {
          ignore.add(resourceId);
          for (const child of ctx.model.getTopLevel(resourceId)?.resources ?? []) ignore.add(child);
        }
      }
      const potential = [...candidates].filter((id) => !ignore.has(id));
      if (potential.length === 0) continue;
      yield shapeEvent(
        "MemberShouldReferenceResource",
        "WARNING",
        shape,
        `This member appears to reference the following resources without being included in a \`@references\` trait: [${tickedList(potential)}]`,
      );
    }
  },
};

function referencedResources(shape: AnyShape, out: Set<string>): void {
  const trait = shape.traits.get("smithy.api#references");
  if (!isNodeArray(trait)) return;
  for (const ref of trait) if (isNodeObject(ref) && typeof ref["resource"] === "string") out.add(ref["resource"]);
}

/**
 * Resources from which the member can be reached (walking relationships backwards).
 * The walk stops as soon as every candidate is accounted for (reached, or a child of a reached
 * resource): only those answers matter, and a full reverse walk per member would make the
 * validator quadratic on large models whose shapes chain into each other.
 */
function bindingResources(ctx: ValidationContext, member: MemberShape, candidates: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const pending = new Set(candidates);
  const visited = new Set<string>([member.id]);
  const stack: AnyShape[] = [member];
  while (stack.length > 0 && pending.size > 0) {
    const current = stack.pop()!;
    for (const rel of ctx.reverseRelationships(current.id)) {
      if (rel.kind === "MEMBER_CONTAINER" || visited.has(rel.shape.id)) continue;
      visited.add(rel.shape.id);
      if (rel.shape.type === "resource") {
        found.add(rel.shape.id);
        pending.delete(rel.shape.id);
        for (const child of rel.shape.resources) pending.delete(child);
      }
      stack.push(rel.shape);
    }
  }
  return found;
}
