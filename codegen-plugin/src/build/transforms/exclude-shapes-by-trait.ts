// excludeShapesByTrait: removes shapes and members that carry any of `traits`
// (relative trait ids are in smithy.api). Prelude shapes are never removed.
import { removeShapesWhere } from "../model-edit/remove-where.js";
import { absoluteTraitId, type TransformDefinition } from "./transform.js";

export const excludeShapesByTrait: TransformDefinition = {
  name: "excludeShapesByTrait",
  legacyListArgument: "traits",
  prepare(args) {
    const traits = args.stringList("traits").map(absoluteTraitId);
    return (model) => removeShapesWhere(model, (s) => traits.some((t) => s.traits.has(t)));
  },
};
