// Shapes referenced from trait values through @idRef (e.g. `@myTrait(target: MyShape)` where
// the trait's member is marked @idRef). Smithy counts these as relationships when deciding
// whether a shape is referenced.
import type { Model } from "../../model.js";
import { isNodeArray, isNodeObject, type NodeValue } from "../../node-value.js";
import type { AnyShape } from "../../shape.js";

const ID_REF = "smithy.api#idRef";

/** Shape id -> ids of the shapes its trait values refer to through @idRef. */
export function idRefRelationships(model: Model): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const mayRefer = new Map<string, boolean>();
  for (const shape of model.allShapes()) {
    for (const [traitId, value] of shape.traits) {
      const traitShape = model.getTopLevel(traitId);
      if (!traitShape || !canContainIdRef(model, traitShape, mayRefer)) continue;
      collect(model, traitShape, value, (id) => {
        if (!model.has(id)) return;
        let set = out.get(shape.id);
        if (!set) out.set(shape.id, (set = new Set()));
        set.add(id);
      }, 0);
    }
  }
  return out;
}

/** Whether any shape reachable from `shape` through members carries @idRef (memoized). */
function canContainIdRef(model: Model, shape: AnyShape, memo: Map<string, boolean>): boolean {
  const known = memo.get(shape.id);
  if (known !== undefined) return known;
  memo.set(shape.id, false);
  let result = shape.traits.has(ID_REF);
  if (!result && shape.type === "member") {
    const target = model.getTopLevel(shape.target);
    result = target !== undefined && canContainIdRef(model, target, memo);
  } else if (!result && shape.type !== "member") {
    for (const member of shape.members.values()) {
      if (canContainIdRef(model, member, memo)) {
        result = true;
        break;
      }
    }
  }
  memo.set(shape.id, result);
  return result;
}

function collect(model: Model, shape: AnyShape, value: NodeValue, found: (id: string) => void, depth: number): void {
  if (depth > 100) return;
  if (typeof value === "string" && shape.traits.has(ID_REF)) found(value);
  if (shape.type === "member") {
    const target = model.getTopLevel(shape.target);
    if (target) collect(model, target, value, found, depth + 1);
    return;
  }
  if (isNodeArray(value)) {
    const member = shape.members.get("member");
    if (member) for (const v of value) collect(model, member, v, found, depth + 1);
  } else if (isNodeObject(value)) {
    if (shape.type === "map") {
      const key = shape.members.get("key");
      const val = shape.members.get("value");
      for (const [k, v] of Object.entries(value)) {
        if (key) collect(model, key, k, found, depth + 1);
        if (val) collect(model, val, v, found, depth + 1);
      }
    } else {
      for (const [k, v] of Object.entries(value)) {
        const member = shape.members.get(k);
        if (member) collect(model, member, v, found, depth + 1);
      }
    }
  }
}
