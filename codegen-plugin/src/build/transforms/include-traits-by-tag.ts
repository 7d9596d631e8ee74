// includeTraitsByTag: removes trait definitions (prelude ones excepted) not tagged with any of
// `tags`, and every application of them.
import { isPreludeId } from "../../model/shape-id.js";
import { hasAnyTag } from "./tags.js";
import { removeTraitsAndApplications, traitDefinitions } from "./trait-definitions.js";
import type { TransformDefinition } from "./transform.js";

export const includeTraitsByTag: TransformDefinition = {
  name: "includeTraitsByTag",
  legacyListArgument: "tags",
  prepare(args) {
    const tags = new Set(args.stringList("tags"));
    return (model) =>
      removeTraitsAndApplications(
        model,
        traitDefinitions(model).filter((t) => !isPreludeId(t.id) && !hasAnyTag(t, tags)).map((t) => t.id),
      );
  },
};
