// SingleOperationBinding and SingleResourceBinding: within one service closure, an operation
// or a resource may be bound by only one service or resource.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { describeShape, shapeEvent } from "../event-builder.js";
import { resourceOperationIds } from "../indexes/top-down.js";
import type { Validator } from "../validator.js";

export const singleOperationBindingValidator: Validator = {
  id: "SingleOperationBinding",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const service of ctx.model.shapesOfType("service")) {
      const contained = ctx.topDown.contained(service.id);
      const resourceOps = contained.resources.map((r) => ({ id: r.id, ops: new Set(resourceOperationIds(r)) }));
      for (const operation of contained.operations) {
        const containers: string[] = [];
        if (service.operations.includes(operation.id)) containers.push(service.id);
        for (const r of resourceOps) if (r.ops.has(operation.id)) containers.push(r.id);
        const unique = [...new Set(containers)];
        if (unique.length > 1) {
          yield shapeEvent(
            "SingleOperationBinding",
            "ERROR",
            operation,
            "An operation can appear only once in an entire service closure. This operation is illegally bound into " +
              `the \`${service.id}\` service closure from multiple shapes: ${unique.map((id) => describeShape(ctx.model.getTopLevel(id)!)).sort().join(", ")}`,
          );
        }
      }
    }
  },
};

export const singleResourceBindingValidator: Validator = {
  id: "SingleResourceBinding",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const service of ctx.model.shapesOfType("service")) {
      const contained = ctx.topDown.contained(service.id);
      for (const resource of contained.resources) {
        const containers = new Set<string>();
        if (service.resources.includes(resource.id)) containers.add(service.id);
        for (const other of contained.resources) if (other.resources.includes(resource.id)) containers.add(other.id);
        if (containers.size > 1) {
          yield shapeEvent(
            "SingleResourceBinding",
            "ERROR",
            resource,
            "A resource can appear only once in an entire service closure. This resource is illegally bound into " +
              `the \`${service.id}\` service closure from multiple shapes: [${[...containers].sort().map((c) => `\`${c}\``).join(", ")}]`,
          );
        }
      }
    }
  },
};
