// includeTags: removes every tag not listed from the `@tags` trait of every shape and member.
import { isNodeArray } from "../../model/node-value.js";
import { mapTraits } from "../model-edit/map-traits.js";
import { TAGS_TRAIT } from "./tags.js";
import type { TransformDefinition } from "./transform.js";

export const includeTags: TransformDefinition = {
  name: "includeTags",
  legacyListArgument: "tags",
  prepare(args) {
    const tags = new Set(args.stringList("tags"));
    return (model) =>
      mapTraits(model, (_shape, traitId, value) => {
        if (traitId !== TAGS_TRAIT || !isNodeArray(value)) return value;
        const kept = value.filter((t) => typeof t === "string" && tags.has(t));
        return kept.length === value.length ? value : kept;
      });
  },
};
