// ServiceBoundResourceOperation: an operation bound directly to a service whose input or
// output members match a contained resource's identifiers may belong on that resource.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import { isImplicitIdentifierBinding } from "../indexes/identifier-bindings.js";
import type { Validator } from "../validator.js";

export const serviceBoundResourceOperationValidator: Validator = {
  id: "ServiceBoundResourceOperation",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const service of ctx.model.shapesOfType("service")) {
      const resources = ctx.topDown.contained(service.id).resources;
      if (resources.length === 0) continue;
      for (const opId of service.operations) {
        const op = ctx.shapeOfType(opId, "operation");
        if (!op) continue;
        const members = [...ctx.inputMembers(op), ...ctx.outputMembers(op)];
        const matches = new Set<string>();
        for (const resource of resources) {
          if (members.some((m) => isImplicitIdentifierBinding(m, resource))) matches.add(resource.id);
        }
        if (matches.size === 0) continue;
        yield shapeEvent(
          `ServiceBoundResourceOperation.${service.id}.${op.id.slice(op.id.indexOf("#") + 1)}`,
          "WARNING",
          op,
          `The \`${op.id}\` operation is bound to the \`${service.id}\` service but has members that match identifiers ` +
            `of the following resource shapes: [${tickedList(matches)}]. It may be more accurately bound to one of them ` +
            "than directly to the service.",
        );
      }
    }
  },
};
