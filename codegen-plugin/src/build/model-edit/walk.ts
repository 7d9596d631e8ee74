// Closures for the transforms that need one ("shapes connected to a service", "shapes a trait
// definition uses"): the model's relationship graph (members and their targets, mixins,
// operation input/output/errors, service and resource bindings, identifiers, properties) and,
// optionally, the shape ids found in trait values at `@idRef` positions.
import type { Model } from "../../model/model.js";
import { neighborIndex } from "../../model/neighbors.js";
import { isNodeArray, isNodeObject, type NodeValue } from "../../model/node-value.js";
import { withoutMember } from "../../model/shape-id.js";
import type { AnyShape, Shape } from "../../model/shape.js";

const ID_REF_TRAIT = "smithy.api#idRef";

export interface WalkOptions {
  /** Follow shape ids in trait values at `@idRef` positions. */
  readonly idRefs?: boolean;
}

/** Ids of every top-level shape reachable from `roots`, the roots included. */
export function closureOf(model: Model, roots: Iterable<string>, options: WalkOptions = {}): Set<string> {
  const index = neighborIndex(model);
  const seen = new Set<string>();
  const stack: AnyShape[] = [];
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    const shape = model.getShape(id);
    if (shape === undefined) return;
    seen.add(id);
    stack.push(shape);
  };
  for (const r of roots) visit(r);
  while (stack.length > 0) {
    const shape = stack.pop()!;
    for (const rel of index.neighbors(shape)) visit(rel.neighbor.id);
    if (shape.type === "member") visit(shape.container);
    if (options.idRefs) {
      for (const [traitId, value] of shape.traits) {
        for (const id of idRefsInTrait(model, traitId, value)) visit(withoutMember(id));
      }
    }
  }
  return new Set([...seen].filter((id) => !id.includes("$")));
}

/** Strings in a trait value that its definition marks with `@idRef`. */
export function idRefsInTrait(model: Model, traitId: string, value: NodeValue): string[] {
  const out: string[] = [];
  collectIdRefs(model, model.getTopLevel(traitId), false, value, out);
  return out;
}

function collectIdRefs(model: Model, shape: Shape | undefined, markedByMember: boolean, value: NodeValue, out: string[]): void {
  if (shape === undefined) return;
  if (typeof value === "string") {
    if (markedByMember || shape.traits.has(ID_REF_TRAIT)) out.push(value);
    return;
  }
  const step = (memberName: string, v: NodeValue): void => {
    const member = shape.members.get(memberName);
    if (member === undefined) return;
    collectIdRefs(model, model.getTopLevel(member.target), member.traits.has(ID_REF_TRAIT), v, out);
  };
  if (isNodeArray(value)) {
    if (shape.type === "list" || shape.type === "set") for (const v of value) step("member", v);
  } else if (isNodeObject(value)) {
    if (shape.type === "map") {
      for (const [k, v] of Object.entries(value)) {
        step("key", k);
        step("value", v);
      }
    } else if (shape.type === "structure" || shape.type === "union") {
      for (const [k, v] of Object.entries(value)) step(k, v);
    }
  }
}
