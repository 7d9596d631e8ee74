// excludeTraits: removes the listed trait definitions ("ns#" for a whole namespace; relative ids
// are in smithy.api) and every application of them. Shapes used only by a removed definition
// stay until removeUnusedShapes runs.
import { matchesTrait, removeTraitsAndApplications, traitDefinitions, traitMatcher } from "./trait-definitions.js";
import type { TransformDefinition } from "./transform.js";

export const excludeTraits: TransformDefinition = {
  name: "excludeTraits",
  legacyListArgument: "traits",
  prepare(args) {
    const matcher = traitMatcher(args.stringList("traits"));
    return (model) =>
      removeTraitsAndApplications(
        model,
        traitDefinitions(model).filter((t) => matchesTrait(matcher, t.id)).map((t) => t.id),
      );
  },
};
