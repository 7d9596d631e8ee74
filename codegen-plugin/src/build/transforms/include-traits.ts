// includeTraits: removes every trait definition not listed ("ns#" for a whole namespace; relative
// ids are in smithy.api), with every application of them. `smithy.api#trait` is always kept.
import { matchesTrait, removeTraitsAndApplications, TRAIT_TRAIT, traitDefinitions, traitMatcher } from "./trait-definitions.js";
import type { TransformDefinition } from "./transform.js";

export const includeTraits: TransformDefinition = {
  name: "includeTraits",
  legacyListArgument: "traits",
  prepare(args) {
    const matcher = traitMatcher(args.stringList("traits"));
    return (model) =>
      removeTraitsAndApplications(
        model,
        traitDefinitions(model).filter((t) => t.id !== TRAIT_TRAIT && !matchesTrait(matcher, t.id)).map((t) => t.id),
      );
  },
};
