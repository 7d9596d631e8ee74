// DefaultValueInUpdate: update-style operations (a resource's `update`, or names starting
// with "update"/"patch") should not default top-level input members: an omitted member and
// an explicit default would be indistinguishable.
import type { ValidationEvent } from "../../events.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const defaultValueInUpdateValidator: Validator = {
  id: "DefaultValueInUpdate",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const operations = new Map<string, Shape>();
    for (const resource of ctx.model.shapesOfType("resource")) {
      const update = ctx.shapeOfType(resource.update, "operation");
      if (update) operations.set(update.id, update);
    }
    for (const operation of ctx.model.shapesOfType("operation")) {
      const name = operation.id.slice(operation.id.indexOf("#") + 1).toLowerCase();
      if (name.startsWith("update") || name.startsWith("patch")) operations.set(operation.id, operation);
    }
    for (const operation of operations.values()) {
      const defaulted = [...ctx.inputMembers(operation)]
        .filter((m) => m.traits.has("smithy.api#default"))
        .map((m) => m.memberName)
        .sort();
      if (defaulted.length === 0) continue;
      yield shapeEvent(
        "DefaultValueInUpdate",
        "WARNING",
        operation,
        "This update style operation has top-level input members marked with the @default trait. It will be " +
          `impossible to tell if the member was omitted or explicitly provided. Affected members: [${defaulted.join(", ")}]`,
      );
    }
  },
};
