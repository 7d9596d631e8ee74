// ShapeIdConflict: shape ids (members included) must be unique ignoring case.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const shapeIdConflictValidator: Validator = {
  id: "ShapeIdConflict",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const byLowerCase = new Map<string, string[]>();
    for (const shape of ctx.model.allShapes()) {
      const key = shape.id.toLowerCase();
      const ids = byLowerCase.get(key);
      if (ids) ids.push(shape.id);
      else byLowerCase.set(key, [shape.id]);
    }
    for (const ids of byLowerCase.values()) {
      if (ids.length < 2) continue;
      for (const id of ids) {
        const others = ids.filter((other) => other !== id).sort().map((other) => `\`${other}\``).join(", ");
        yield shapeEvent(
          "ShapeIdConflict",
          "ERROR",
          ctx.model.expectShape(id),
          `Shape ID \`${id}\` conflicts with other shape IDs in the model: [${others}]`,
        );
      }
    }
  },
};
