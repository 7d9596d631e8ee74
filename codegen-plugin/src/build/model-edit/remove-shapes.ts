// Removes shapes from a model and cleans up what referred to them, as Smithy's model
// transformer does: members go with their container; structure and union members that target
// a removed shape are removed; operation input/output/errors, service and resource bindings,
// service renames, `@references`, and the trait lists of `@authDefinition`/`@protocolDefinition`
// forget removed shapes; applications of removed trait definitions disappear from every shape;
// shapes built from a removed mixin lose it, with the members and traits they inherited from it.
// (Services' `errors` are cleaned too, which Smithy leaves dangling.)
import type { Model } from "../../model/model.js";
import { isNodeArray, isNodeObject, nodeObject, type NodeValue } from "../../model/node-value.js";
import type { MemberShape, Shape } from "../../model/shape.js";
import { mapTraits } from "./map-traits.js";
import { MIXIN_TRAIT, refreshMixinUsers } from "./mixins.js";

const TRAIT_TRAIT = "smithy.api#trait";
const REFERENCES_TRAIT = "smithy.api#references";
const TRAIT_LIST_TRAITS = ["smithy.api#authDefinition", "smithy.api#protocolDefinition"];
/** Containers whose members may be removed individually; list and map members are structural. */
const NAMED_MEMBER_CONTAINERS = new Set(["structure", "union", "enum", "intEnum"]);

/**
 * @param ids top-level shape ids and/or member ids. Prelude shapes are never removed
 *   by the callers in this package; this function does not second-guess them.
 */
export function removeShapes(model: Model, ids: Iterable<string>): Model {
  const removedTop = new Set<string>();
  const removedMembers = new Set<string>();
  for (const id of ids) {
    const shape = model.getShape(id);
    if (shape === undefined) continue;
    if (shape.type === "member") {
      const container = model.getTopLevel(shape.container);
      if (container !== undefined && NAMED_MEMBER_CONTAINERS.has(container.type)) removedMembers.add(id);
    } else {
      removedTop.add(id);
    }
  }
  if (removedTop.size === 0 && removedMembers.size === 0) return model;

  const removedTraitDefs = new Set<string>();
  const removedMixins = new Set<string>();
  for (const id of removedTop) {
    const s = model.getTopLevel(id)!;
    if (s.traits.has(TRAIT_TRAIT)) removedTraitDefs.add(id);
    if (s.traits.has(MIXIN_TRAIT)) removedMixins.add(id);
  }

  const changed: Shape[] = [];
  for (const shape of model.shapes()) {
    if (removedTop.has(shape.id)) continue;
    const next = cleanReferences(shape, removedTop, removedMembers);
    if (next !== shape) changed.push(next);
  }
  let result = model.withChanges({ put: changed, remove: removedTop });

  if (removedTraitDefs.size > 0) {
    result = mapTraits(result, (_shape, traitId, value) => (removedTraitDefs.has(traitId) ? undefined : value));
  }
  if (removedMixins.size > 0) result = refreshMixinUsers(result, removedMixins);
  return result;
}

function cleanReferences(shape: Shape, removed: ReadonlySet<string>, removedMembers: ReadonlySet<string>): Shape {
  let next = shape;
  const update = (fields: Partial<Shape>): void => {
    next = { ...next, ...fields };
  };
  // With exactOptionalPropertyTypes an absent reference must be a missing key, not `undefined`.
  const clear = (key: "input" | "output" | "create" | "put" | "read" | "update" | "delete" | "list"): void => {
    const copy = { ...next };
    Reflect.deleteProperty(copy, key);
    next = copy;
  };

  if (shape.members.size > 0) {
    const dropTargets = shape.type === "structure" || shape.type === "union";
    let members: Map<string, MemberShape> | undefined;
    for (const [name, m] of shape.members) {
      if (removedMembers.has(m.id) || (dropTargets && removed.has(m.target))) {
        members ??= new Map(shape.members);
        members.delete(name);
      }
    }
    if (members) update({ members });
  }

  const filterIds = (list: readonly string[]): readonly string[] | undefined =>
    list.some((id) => removed.has(id)) ? list.filter((id) => !removed.has(id)) : undefined;

  switch (shape.type) {
    case "operation": {
      if (shape.input !== undefined && removed.has(shape.input)) clear("input");
      if (shape.output !== undefined && removed.has(shape.output)) clear("output");
      const errors = filterIds(shape.errors);
      if (errors) update({ errors });
      break;
    }
    case "service": {
      const operations = filterIds(shape.operations);
      if (operations) update({ operations });
      const resources = filterIds(shape.resources);
      if (resources) update({ resources });
      const errors = filterIds(shape.errors);
      if (errors) update({ errors });
      if ([...shape.rename.keys()].some((id) => removed.has(id))) {
        update({ rename: new Map([...shape.rename].filter(([id]) => !removed.has(id))) });
      }
      break;
    }
    case "resource": {
      const operations = filterIds(shape.operations);
      if (operations) update({ operations });
      const resources = filterIds(shape.resources);
      if (resources) update({ resources });
      const collectionOperations = filterIds(shape.collectionOperations);
      if (collectionOperations) update({ collectionOperations });
      for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
        const op = shape[key];
        if (op !== undefined && removed.has(op)) clear(key);
      }
      break;
    }
    default:
      break;
  }
  // A shape built from mixins also records what it declares itself; keep that in step.
  const introduced = next.introduced;
  if (introduced !== undefined) {
    const operations = filterIds(introduced.operations);
    const resources = filterIds(introduced.resources);
    const errors = filterIds(introduced.errors);
    const renameChanged = [...introduced.rename.keys()].some((id) => removed.has(id));
    if (operations || resources || errors || renameChanged) {
      update({
        introduced: {
          ...introduced,
          operations: operations ?? introduced.operations,
          resources: resources ?? introduced.resources,
          errors: errors ?? introduced.errors,
          rename: renameChanged ? new Map([...introduced.rename].filter(([id]) => !removed.has(id))) : introduced.rename,
        },
      });
    }
  }

  const traits = cleanTraitValues(next, removed);
  if (traits) update(traits);
  return next;
}

/** `@references` and the trait lists of auth/protocol definitions name shapes by id. */
function cleanTraitValues(shape: Shape, removed: ReadonlySet<string>): Pick<Shape, "traits" | "introducedTraits"> | undefined {
  const fix = (traitId: string, value: NodeValue): NodeValue => {
    if (traitId === REFERENCES_TRAIT && isNodeArray(value)) {
      const kept = value.filter((ref) => !(isNodeObject(ref) && typeof ref["resource"] === "string" && removed.has(ref["resource"])));
      return kept.length === value.length ? value : kept;
    }
    if (TRAIT_LIST_TRAITS.includes(traitId) && isNodeObject(value) && isNodeArray(value["traits"])) {
      const list = value["traits"];
      const kept = list.filter((t) => !(typeof t === "string" && removed.has(t)));
      if (kept.length === list.length) return value;
      return nodeObject(Object.entries(value).map(([k, v]) => [k, k === "traits" ? kept : v]));
    }
    return value;
  };
  let changed = false;
  const mapAll = (traits: ReadonlyMap<string, NodeValue>): ReadonlyMap<string, NodeValue> => {
    let out: Map<string, NodeValue> | undefined;
    for (const [id, v] of traits) {
      const n = fix(id, v);
      if (n !== v) {
        out ??= new Map(traits);
        out.set(id, n);
        changed = true;
      }
    }
    return out ?? traits;
  };
  const traits = mapAll(shape.traits);
  const introducedTraits = mapAll(shape.introducedTraits);
  return changed ? { traits, introducedTraits } : undefined;
}
