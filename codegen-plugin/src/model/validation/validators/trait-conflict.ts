// TraitConflict: a shape must not carry two traits whose definitions declare a conflict.
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject } from "../../node-value.js";
import type { AnyShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, traitName } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const traitConflictValidator: Validator = {
  id: "TraitConflict",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const found = new Map<AnyShape, string[]>();
    for (const definition of ctx.traitDefinitions()) {
      const trait = definition.traits.get("smithy.api#trait");
      const conflicts = isNodeObject(trait) && isNodeArray(trait["conflicts"]) ? trait["conflicts"] : [];
      if (conflicts.length === 0) continue;
      for (const shape of ctx.shapesWithTrait(definition.id)) {
        for (const conflict of conflicts) {
          if (typeof conflict !== "string" || !shape.traits.has(conflict)) continue;
          let lines = found.get(shape);
          if (!lines) found.set(shape, (lines = []));
          lines.push(`\`${traitName(definition.id)}\` conflicts with \`${traitName(conflict)}\``);
        }
      }
    }
    for (const [shape, lines] of found) {
      yield shapeEvent("TraitConflict", "ERROR", shape, `Found conflicting traits on ${shape.type} shape: ${lines.sort().join(", ")}`);
    }
  },
};
