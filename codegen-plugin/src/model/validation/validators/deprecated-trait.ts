// DeprecatedTrait: applying a trait whose definition is @deprecated warns (the legacy @enum
// trait is reported as a ModelDeprecation by the loader instead).
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import { isPreludeId } from "../../shape-id.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const deprecatedTraitValidator: Validator = {
  id: "DeprecatedTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const definition of ctx.traitDefinitions()) {
      const deprecated = definition.traits.get("smithy.api#deprecated");
      if (deprecated === undefined || definition.id === "smithy.api#enum") continue;
      let text = definition.id;
      if (isNodeObject(deprecated) && typeof deprecated["message"] === "string") text += `, ${deprecated["message"]}`;
      for (const shape of ctx.shapesWithTrait(definition.id)) {
        if (isPreludeId(shape.id)) continue;
        yield shapeEvent("DeprecatedTrait", "WARNING", shape, `This shape applies a trait that is deprecated: ${text}`);
      }
    }
  },
};
