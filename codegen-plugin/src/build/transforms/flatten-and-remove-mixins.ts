// flattenAndRemoveMixins: every shape built from mixins gets their members and traits as its
// own, then the mixin shapes are removed. (No reference cleanup is needed: after flattening,
// nothing refers to a mixin any more.)
import type { Shape } from "../../model/shape.js";
import { flattenMixins, MIXIN_TRAIT } from "../model-edit/mixins.js";
import type { TransformDefinition } from "./transform.js";

export const flattenAndRemoveMixins: TransformDefinition = {
  name: "flattenAndRemoveMixins",
  prepare() {
    return (model) => {
      const put: Shape[] = [];
      const remove: string[] = [];
      for (const shape of model.shapes()) {
        if (shape.traits.has(MIXIN_TRAIT)) remove.push(shape.id);
        else if (shape.mixins.length > 0) put.push(flattenMixins(shape));
      }
      return put.length === 0 && remove.length === 0 ? model : model.withChanges({ put, remove });
    };
  },
};
