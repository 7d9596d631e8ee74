// Mixin bookkeeping for model edits. A shape built from mixins stores its effective traits and
// the members it inherited; when a mixin changes or disappears, the shapes using it are rebuilt
// from what remains (inherited members of a removed mixin go away with it).
import type { Model } from "../../model/model.js";
import { isNodeArray, isNodeObject, type NodeValue } from "../../model/node-value.js";
import { withoutMember } from "../../model/shape-id.js";
import type { MemberShape, Shape } from "../../model/shape.js";

export const MIXIN_TRAIT = "smithy.api#mixin";

/** The traits a mixin passes on: all but `@mixin` itself and the ones its `localTraits` keeps. */
export function inheritableTraits(mixin: Shape): Map<string, NodeValue> {
  const mixinTrait = mixin.traits.get(MIXIN_TRAIT);
  const local = new Set<string>();
  if (isNodeObject(mixinTrait) && isNodeArray(mixinTrait["localTraits"])) {
    for (const t of mixinTrait["localTraits"]) if (typeof t === "string") local.add(t);
  }
  const out = new Map<string, NodeValue>();
  for (const [id, value] of mixin.traits) if (id !== MIXIN_TRAIT && !local.has(id)) out.set(id, value);
  return out;
}

/**
 * Recomputes a shape's effective traits and inherited members from its mixins as they are now.
 * Mixins that no longer exist are dropped, together with the members inherited from them.
 */
export function rebuildFromMixins(shape: Shape, lookup: (id: string) => Shape | undefined): Shape {
  const mixins = shape.mixins.filter((id) => lookup(id) !== undefined);
  const traits = new Map<string, NodeValue>();
  for (const id of mixins) for (const [t, v] of inheritableTraits(lookup(id)!)) traits.set(t, v);
  for (const [t, v] of shape.introducedTraits) traits.set(t, v);

  const members = new Map<string, MemberShape>();
  for (const [name, member] of shape.members) {
    const source = member.mixins[0];
    if (source === undefined) {
      members.set(name, member);
      continue;
    }
    const mixinId = withoutMember(source);
    const sourceMember = mixins.includes(mixinId) ? lookup(mixinId)?.members.get(name) : undefined;
    if (sourceMember === undefined) continue;
    const memberTraits = new Map(sourceMember.traits);
    for (const [t, v] of member.introducedTraits) memberTraits.set(t, v);
    members.set(name, { ...member, traits: memberTraits });
  }
  const rebuilt: Shape = { ...shape, mixins, traits, members };
  const introduced = shape.introduced;
  if (introduced !== undefined) {
    // Entity properties: what the shape declares plus what its remaining mixins bring.
    const remaining = mixins.map((id) => lookup(id)!);
    const union = (own: readonly string[], pick: (m: Shape) => readonly string[]): string[] => [...new Set([...own, ...remaining.flatMap(pick)])];
    const rename = new Map<string, string>();
    for (const m of remaining) for (const [k, v] of m.rename) rename.set(k, v);
    for (const [k, v] of introduced.rename) rename.set(k, v);
    return {
      ...rebuilt,
      operations: union(introduced.operations, (m) => m.operations),
      resources: union(introduced.resources, (m) => m.resources),
      errors: union(introduced.errors, (m) => m.errors),
      rename,
    };
  }
  return rebuilt;
}

/** Rebuilds every shape that uses (directly or through other mixins) one of `changed`. */
export function refreshMixinUsers(model: Model, changed: Iterable<string>): Model {
  const users = new Map<string, string[]>();
  for (const s of model.shapes()) {
    for (const m of s.mixins) {
      const list = users.get(m);
      if (list) list.push(s.id);
      else users.set(m, [s.id]);
    }
  }
  const affected = new Set<string>();
  const queue = [...changed];
  while (queue.length > 0) {
    for (const user of users.get(queue.pop()!) ?? []) {
      if (!affected.has(user)) {
        affected.add(user);
        queue.push(user);
      }
    }
  }
  if (affected.size === 0) return model;

  // Rebuild mixins before the shapes that use them.
  const rebuilt = new Map<string, Shape>();
  const lookup = (id: string): Shape | undefined => rebuilt.get(id) ?? model.getTopLevel(id);
  const visiting = new Set<string>();
  const visit = (id: string): void => {
    if (rebuilt.has(id) || visiting.has(id)) return; // a mixin cycle is a model error reported elsewhere
    visiting.add(id);
    const shape = model.getTopLevel(id);
    if (shape !== undefined) {
      for (const m of shape.mixins) if (affected.has(m)) visit(m);
      rebuilt.set(id, rebuildFromMixins(shape, lookup));
    }
    visiting.delete(id);
  };
  for (const id of affected) visit(id);
  return model.withChanges({ put: rebuilt.values() });
}

/** The shape with its mixins folded in: inherited members and traits become its own. */
export function flattenMixins(shape: Shape): Shape {
  if (shape.mixins.length === 0) return shape;
  const members = new Map<string, MemberShape>();
  for (const [name, m] of shape.members) members.set(name, { ...m, mixins: [], introducedTraits: m.traits });
  const flat: Shape = { ...shape, mixins: [], introducedTraits: shape.traits, members };
  // Without mixins everything is declared by the shape itself.
  Reflect.deleteProperty(flat, "introduced");
  return flat;
}
