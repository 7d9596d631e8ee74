// includeNamespaces: removes shapes outside the listed namespaces (prelude shapes stay;
// trait applications are not filtered).
import { namespaceOf } from "../../model/shape-id.js";
import { filterShapes } from "../model-edit/remove-where.js";
import type { TransformDefinition } from "./transform.js";

export const includeNamespaces: TransformDefinition = {
  name: "includeNamespaces",
  legacyListArgument: "namespaces",
  prepare(args) {
    const namespaces = new Set(args.stringList("namespaces"));
    return (model) => filterShapes(model, (s) => namespaces.has(namespaceOf(s.id)));
  },
};
