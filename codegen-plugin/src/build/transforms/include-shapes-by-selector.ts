// includeShapesBySelector: keeps only the shapes and members a selector matches (prelude
// shapes always stay).
import { filterShapes } from "../model-edit/remove-where.js";
import { readSelector } from "./selector-argument.js";
import type { TransformDefinition } from "./transform.js";

export const includeShapesBySelector: TransformDefinition = {
  name: "includeShapesBySelector",
  prepare(args) {
    const selector = readSelector(args);
    return (model) => {
      const selected = new Set(selector.select(model).map((s) => s.id));
      return filterShapes(model, (s) => selected.has(s.id));
    };
  },
};
