// ResourceIdentifier: identifiers cannot also be properties, and a child resource must
// repeat its parent's identifiers with the same targets.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "ResourceIdentifier";

export const resourceIdentifierValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const resource of ctx.model.shapesOfType("resource")) {
      if (resource.properties.size > 0) {
        const properties = new Set([...resource.properties.keys()].map((p) => p.toLowerCase()));
        for (const identifier of resource.identifiers.keys()) {
          if (properties.has(identifier.toLowerCase())) {
            yield shapeEvent(ID, "ERROR", resource, `Resource identifier \`${identifier}\` cannot also be a resource property`);
          }
        }
      }
      for (const childId of resource.resources) {
        const child = ctx.shapeOfType(childId, "resource");
        if (!child) continue;
        const missing = [...resource.identifiers.keys()].filter((k) => !child.identifiers.has(k)).sort();
        if (missing.length > 0) {
          yield shapeEvent(
            ID,
            "ERROR",
            child,
            `This resource is bound as a child of \`${resource.id}\`, but it is invalid because its \`identifiers\` ` +
              `property is missing the following identifiers that are defined in \`${resource.id}\`: [${missing.join(", ")}]`,
          );
        }
        const mismatched = [...resource.identifiers]
          .filter(([k, v]) => child.identifiers.has(k) && child.identifiers.get(k) !== v)
          .map(([k, v]) => `expected the \`${k}\` member to target \`${v}\`, but found a target of \`${child.identifiers.get(k)!}\``)
          .sort();
        if (mismatched.length > 0) {
          yield shapeEvent(
            ID,
            "ERROR",
            child,
            `The \`identifiers\` property of this resource is incompatible with its binding to \`${resource.id}\`: ${mismatched.join("; ")}`,
          );
        }
      }
    }
  },
};
