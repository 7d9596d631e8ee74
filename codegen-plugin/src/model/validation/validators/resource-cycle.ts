// ResourceCycle: a resource must not (directly or through child resources) contain itself.
import type { ValidationEvent } from "../../events.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const resourceCycleValidator: Validator = {
  id: "ResourceCycle",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const resource of ctx.model.shapesOfType("resource")) {
      const cycle = findCycle(ctx, resource, []);
      if (cycle) {
        yield shapeEvent(
          "ResourceCycle",
          "ERROR",
          cycle.shape,
          `Circular resource hierarchy found: ${cycle.path.join(" -> ")} -> ${cycle.shape.id}`,
        );
      }
    }
  },
};

function findCycle(ctx: ValidationContext, resource: Shape, path: string[]): { shape: Shape; path: string[] } | undefined {
  if (path.includes(resource.id)) return { shape: resource, path };
  if (path.length > 1000) return undefined;
  const next = [...path, resource.id];
  for (const childId of resource.resources) {
    const child = ctx.shapeOfType(childId, "resource");
    if (!child) continue;
    const found = findCycle(ctx, child, next);
    if (found) return found;
  }
  return undefined;
}
