// renameShapes: renames shapes (absolute ids, top-level shapes) and updates every reference.
import { checkRenames, renameShapes as rename } from "../model-edit/rename-shapes.js";
import type { TransformDefinition } from "./transform.js";

export const renameShapes: TransformDefinition = {
  name: "renameShapes",
  prepare(args) {
    const renamed = args.optionalStringMap("renamed");
    if (renamed === undefined || renamed.size === 0) throw args.error("renamed", "must map at least one shape id to its new id");
    return (model) => {
      checkRenames(model, renamed);
      return rename(model, renamed);
    };
  },
};
