// Predicate-driven removal used by the include/exclude transforms. Top-level shapes and the
// members of structures, unions and enums are candidates (list and map members are part of
// their container's shape and are never removed on their own); prelude shapes never are.
import type { Model } from "../../model/model.js";
import { isPreludeId } from "../../model/shape-id.js";
import type { AnyShape } from "../../model/shape.js";
import { removeShapes } from "./remove-shapes.js";

const NAMED_MEMBER_CONTAINERS = new Set(["structure", "union", "enum", "intEnum"]);

export function removeShapesWhere(model: Model, remove: (shape: AnyShape) => boolean): Model {
  const ids: string[] = [];
  for (const shape of model.shapes()) {
    if (isPreludeId(shape.id)) continue;
    if (remove(shape)) {
      ids.push(shape.id);
      continue;
    }
    if (!NAMED_MEMBER_CONTAINERS.has(shape.type)) continue;
    for (const m of shape.members.values()) if (remove(m)) ids.push(m.id);
  }
  return removeShapes(model, ids);
}

/** Keeps the shapes (and named members) that satisfy `keep`; removes the rest. */
export function filterShapes(model: Model, keep: (shape: AnyShape) => boolean): Model {
  return removeShapesWhere(model, (s) => !keep(s));
}
