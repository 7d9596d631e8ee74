// Rewrites trait applications across a whole model. A mapping is applied to both a shape's
// effective traits and the traits it introduces itself, so shapes built from mixins stay
// consistent (an inherited trait that is dropped is dropped everywhere it appears).
import type { Model } from "../../model/model.js";
import type { NodeValue } from "../../model/node-value.js";
import type { AnyShape, MemberShape, Shape, Traits } from "../../model/shape.js";

/** Returns the new value of a trait, `undefined` to remove it, or `value` itself to keep it. */
export type TraitMapper = (shape: AnyShape, traitId: string, value: NodeValue) => NodeValue | undefined;

export function mapTraits(model: Model, mapper: TraitMapper): Model {
  const changed: Shape[] = [];
  for (const shape of model.shapes()) {
    const next = mapShapeTraits(shape, mapper);
    if (next !== shape) changed.push(next);
  }
  return changed.length === 0 ? model : model.withChanges({ put: changed });
}

function mapShapeTraits(shape: Shape, mapper: TraitMapper): Shape {
  let members: Map<string, MemberShape> | undefined;
  for (const [name, member] of shape.members) {
    const traits = mapMap(member, member.traits, mapper);
    const introducedTraits = mapMap(member, member.introducedTraits, mapper);
    if (traits !== member.traits || introducedTraits !== member.introducedTraits) {
      members ??= new Map(shape.members);
      members.set(name, { ...member, traits, introducedTraits });
    }
  }
  const traits = mapMap(shape, shape.traits, mapper);
  const introducedTraits = mapMap(shape, shape.introducedTraits, mapper);
  if (members === undefined && traits === shape.traits && introducedTraits === shape.introducedTraits) return shape;
  return { ...shape, traits, introducedTraits, members: members ?? shape.members };
}

function mapMap(shape: AnyShape, traits: Traits, mapper: TraitMapper): Traits {
  let out: Map<string, NodeValue> | undefined;
  for (const [id, value] of traits) {
    const next = mapper(shape, id, value);
    if (next === value) continue;
    out ??= new Map(traits);
    if (next === undefined) out.delete(id);
    else out.set(id, next);
  }
  return out ?? traits;
}

/** Puts a trait on one shape or member, as a trait the shape declares itself. */
export function putTrait(model: Model, shapeId: string, traitId: string, value: NodeValue): Model {
  const target = model.getShape(shapeId);
  if (target === undefined) return model;
  const withTrait = <S extends AnyShape>(s: S): S => ({
    ...s,
    traits: new Map(s.traits).set(traitId, value),
    introducedTraits: new Map(s.introducedTraits).set(traitId, value),
  });
  if (target.type !== "member") return model.withChanges({ put: [withTrait(target)] });
  const container = model.getTopLevel(target.container);
  if (container === undefined) return model;
  const members = new Map(container.members).set(target.memberName, withTrait(target));
  return model.withChanges({ put: [{ ...container, members }] });
}
