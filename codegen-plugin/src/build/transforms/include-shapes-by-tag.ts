// includeShapesByTag: removes shapes and members not tagged with at least one of `tags`
// (prelude shapes stay). As in Smithy, an untagged member of a kept structure is removed too.
import { filterShapes } from "../model-edit/remove-where.js";
import { hasAnyTag } from "./tags.js";
import type { TransformDefinition } from "./transform.js";

export const includeShapesByTag: TransformDefinition = {
  name: "includeShapesByTag",
  legacyListArgument: "tags",
  prepare(args) {
    const tags = new Set(args.stringList("tags"));
    return (model) => filterShapes(model, (s) => hasAnyTag(s, tags));
  },
};
