// removeTraitDefinitions: removes trait definitions (except prelude ones and those tagged with
// one of `exportTagged`) and the shapes only they used, but keeps every application of the
// traits on other shapes.
import type { Shape } from "../../model/shape.js";
import { neighborIndex } from "../../model/neighbors.js";
import { isPreludeId, withoutMember } from "../../model/shape-id.js";
import { hasAnyTag } from "./tags.js";
import { traitDefinitions } from "./trait-definitions.js";
import type { TransformDefinition } from "./transform.js";

export const removeTraitDefinitions: TransformDefinition = {
  name: "removeTraitDefinitions",
  prepare(args) {
    const exportTagged = new Set(args.stringList("exportTagged"));
    return (model) => {
      const marked = new Set(traitDefinitions(model).filter((t) => !isPreludeId(t.id) && !hasAnyTag(t, exportTagged)).map((t) => t.id));
      if (marked.size === 0) return model;
      // Mark and sweep: a shape referred to only by marked shapes is marked too. Edges from a
      // shape's own members (containment, and members targeting their own container) do not
      // keep it alive.
      const index = neighborIndex(model);
      const referrers = (shape: Shape): Set<string> => {
        const out = new Set<string>();
        for (const rel of index.reverse(shape)) {
          if (rel.kind === "member") continue;
          const from = withoutMember(rel.shape.id);
          if (from !== shape.id) out.add(from);
        }
        return out;
      };
      let grew = true;
      while (grew) {
        grew = false;
        for (const shape of model.shapes()) {
          if (marked.has(shape.id) || isPreludeId(shape.id)) continue;
          const from = referrers(shape);
          if (from.size > 0 && [...from].every((r) => marked.has(r))) {
            marked.add(shape.id);
            grew = true;
          }
        }
      }
      return model.withChanges({ remove: marked });
    };
  },
};
