// HttpUriGreedyLabel: a greedy label must be the last label, and there may be only one.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { httpTrait } from "../indexes/http.js";
import type { Validator } from "../validator.js";

export const httpUriGreedyLabelValidator: Validator = {
  id: "HttpUriGreedyLabel",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#http")) {
      if (shape.type !== "operation") continue;
      const http = httpTrait(ctx, shape);
      if (!http) continue;
      const segments = http.uri.segments;
      for (let i = 0; i < segments.length; i++) {
        if (segments[i]!.kind !== "greedy") continue;
        for (const later of segments.slice(i + 1)) {
          if (later.kind === "greedy") {
            yield shapeEvent(
              "HttpUriGreedyLabel.MultipleGreedyLabels",
              "DANGER",
              shape,
              `At most one greedy label segment may exist in a pattern: ${http.uri.text}`,
            );
          }
          if (later.kind !== "literal") {
            yield shapeEvent(
              "HttpUriGreedyLabel.GreedyLabelIsNotLastLabel",
              "DANGER",
              shape,
              `A greedy label must be the last label in its pattern: ${http.uri.text}`,
            );
          }
        }
      }
    }
  },
};
