// excludeShapesBySelector: removes the shapes and members a selector matches (never prelude shapes).
import { removeShapesWhere } from "../model-edit/remove-where.js";
import { readSelector } from "./selector-argument.js";
import type { TransformDefinition } from "./transform.js";

export const excludeShapesBySelector: TransformDefinition = {
  name: "excludeShapesBySelector",
  prepare(args) {
    const selector = readSelector(args);
    return (model) => {
      const selected = new Set(selector.select(model).map((s) => s.id));
      return removeShapesWhere(model, (s) => selected.has(s.id));
    };
  },
};
