// includeMetadata: keeps only the listed metadata keys.
import type { TransformDefinition } from "./transform.js";

export const includeMetadata: TransformDefinition = {
  name: "includeMetadata",
  legacyListArgument: "keys",
  prepare(args) {
    const keys = new Set(args.stringList("keys"));
    return (model) => model.withChanges({ metadata: new Map([...model.metadata].filter(([k]) => keys.has(k))) });
  },
};
