// excludeShapesByTag: removes shapes and members tagged with any of `tags` (never prelude shapes).
import { removeShapesWhere } from "../model-edit/remove-where.js";
import { hasAnyTag } from "./tags.js";
import type { TransformDefinition } from "./transform.js";

export const excludeShapesByTag: TransformDefinition = {
  name: "excludeShapesByTag",
  legacyListArgument: "tags",
  prepare(args) {
    const tags = new Set(args.stringList("tags"));
    return (model) => removeShapesWhere(model, (s) => hasAnyTag(s, tags));
  },
};
