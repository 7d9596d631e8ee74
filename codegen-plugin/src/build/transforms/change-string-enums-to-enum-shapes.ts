// changeStringEnumsToEnumShapes: string shapes with an `@enum` trait become enum shapes,
// where every definition has (or, with `synthesizeNames`, can be given) a member name.
// Strings that cannot be converted are left as they are.
import type { Shape } from "../../model/shape.js";
import { ENUM_TRAIT, enumConversionProblem, stringToEnum } from "./enum-conversion.js";
import type { TransformDefinition } from "./transform.js";

export const changeStringEnumsToEnumShapes: TransformDefinition = {
  name: "changeStringEnumsToEnumShapes",
  prepare(args) {
    const synthesizeNames = args.boolean("synthesizeNames", false);
    return (model) => {
      const changed: Shape[] = [];
      for (const shape of model.shapes()) {
        if (shape.type === "string" && shape.traits.has(ENUM_TRAIT) && enumConversionProblem(shape, synthesizeNames) === undefined) {
          changed.push(stringToEnum(shape, synthesizeNames));
        }
      }
      return changed.length === 0 ? model : model.withChanges({ put: changed });
    };
  },
};
