// PatternTrait: patterns should be anchored with ^ and $ (Smithy patterns match anywhere).
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const patternTraitValidator: Validator = {
  id: "PatternTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#pattern")) {
      const pattern = shape.traits.get("smithy.api#pattern");
      if (typeof pattern !== "string") continue;
      const missing: string[] = [];
      if (!pattern.startsWith("^")) missing.push("leading '^'");
      if (!pattern.endsWith("$")) missing.push("trailing '$'");
      if (missing.length === 0) continue;
      yield shapeEvent(
        "PatternTrait",
        "WARNING",
        shape,
        `A pattern trait is applied without a ${missing.join(" and ")}, meaning only part of the string must match the ` +
          "regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive " +
          "by default and does not require modelers to understand that Smithy patterns are not automatically anchored.",
      );
    }
  },
};
