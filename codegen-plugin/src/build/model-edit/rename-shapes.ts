// Renames top-level shapes and every reference to them. Like Smithy (which renames by rewriting
// the JSON AST), any string in a trait value or in metadata that equals a renamed shape id is
// rewritten as well, and trait applications follow a renamed trait definition.
import { Model } from "../../model/model.js";
import { isNodeArray, isNodeObject, nodeObject, type NodeValue } from "../../model/node-value.js";
import { isPreludeId, memberId, parseShapeId, withoutMember } from "../../model/shape-id.js";
import type { MemberShape, Shape, Traits } from "../../model/shape.js";
import { BuildError } from "../errors.js";

/** Checks a rename map against the model; throws BuildError describing the first problem. */
export function checkRenames(model: Model, renames: ReadonlyMap<string, string>): void {
  const targets = new Map<string, string>();
  for (const [from, to] of renames) {
    for (const id of [from, to]) {
      const parsed = parseShapeId(id);
      if (parsed === undefined) throw new BuildError(`"${id}" is not an absolute shape id (namespace#Name)`);
      if (parsed.member !== undefined) throw new BuildError(`"${id}" is a member id; only top-level shapes can be renamed`);
    }
    if (model.getTopLevel(from) === undefined) throw new BuildError(`cannot rename "${from}": no such shape in the model`);
    if (isPreludeId(from) || isPreludeId(to)) throw new BuildError(`cannot rename "${from}" to "${to}": prelude shapes (smithy.api) cannot be renamed`);
    const other = targets.get(to);
    if (other !== undefined) throw new BuildError(`"${other}" and "${from}" would both be renamed to "${to}"`);
    targets.set(to, from);
    if (model.getTopLevel(to) !== undefined && !renames.has(to)) {
      throw new BuildError(`cannot rename "${from}" to "${to}": a shape with that id already exists`);
    }
  }
}

/** Applies renames that passed `checkRenames`. Identity renames are ignored. */
export function renameShapes(model: Model, renames: ReadonlyMap<string, string>): Model {
  const map = new Map([...renames].filter(([from, to]) => from !== to));
  if (map.size === 0) return model;
  const id = (s: string): string => map.get(s) ?? s;
  const ids = (list: readonly string[]): readonly string[] => (list.some((s) => map.has(s)) ? list.map(id) : list);
  const memberRef = (s: string): string => {
    const top = withoutMember(s);
    const renamed = map.get(top);
    return renamed === undefined ? s : renamed + s.slice(top.length);
  };
  const traits = (t: Traits): Traits => {
    const out = new Map<string, NodeValue>();
    for (const [k, v] of t) out.set(id(k), renameInValue(v, map));
    return out;
  };
  const valueMap = (m: ReadonlyMap<string, string>): ReadonlyMap<string, string> => new Map([...m].map(([k, v]) => [k, id(v)]));

  const shapes: Shape[] = [];
  for (const s of model.shapes()) {
    const newId = id(s.id);
    const members = new Map<string, MemberShape>();
    for (const [name, m] of s.members) {
      members.set(name, {
        ...m,
        id: memberId(newId, name),
        container: newId,
        target: id(m.target),
        mixins: m.mixins.map(memberRef),
        traits: traits(m.traits),
        introducedTraits: traits(m.introducedTraits),
      });
    }
    let next: Shape = {
      ...s,
      id: newId,
      members,
      traits: traits(s.traits),
      introducedTraits: traits(s.introducedTraits),
      mixins: ids(s.mixins),
      operations: ids(s.operations),
      resources: ids(s.resources),
      errors: ids(s.errors),
      collectionOperations: ids(s.collectionOperations),
      identifiers: valueMap(s.identifiers),
      properties: valueMap(s.properties),
      rename: new Map([...s.rename].map(([k, v]) => [id(k), v])),
    };
    if (s.introduced !== undefined) {
      next = {
        ...next,
        introduced: {
          ...s.introduced,
          operations: ids(s.introduced.operations),
          resources: ids(s.introduced.resources),
          errors: ids(s.introduced.errors),
          rename: new Map([...s.introduced.rename].map(([k, v]) => [id(k), v])),
        },
      };
    }
    for (const key of ["input", "output", "create", "put", "read", "update", "delete", "list"] as const) {
      const ref = s[key];
      if (ref !== undefined && map.has(ref)) next = { ...next, [key]: id(ref) };
    }
    shapes.push(next);
  }
  const metadata = new Map([...model.metadata].map(([k, v]) => [k, renameInValue(v, map)]));
  return new Model(shapes, metadata);
}

function renameInValue(value: NodeValue, map: ReadonlyMap<string, string>): NodeValue {
  if (typeof value === "string") return map.get(value) ?? value;
  if (isNodeArray(value)) return value.map((v) => renameInValue(v, map));
  if (isNodeObject(value)) {
    return nodeObject(Object.entries(value).map(([k, v]) => [map.get(k) ?? k, renameInValue(v, map)]));
  }
  return value;
}
