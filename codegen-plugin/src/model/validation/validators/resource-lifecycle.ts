// ResourceLifecycle: read/list operations must be @readonly, put/create/update/delete must
// not be; put and delete must be @idempotent.
import type { ValidationEvent } from "../../events.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "ResourceLifecycle";

export const resourceLifecycleValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const resource of ctx.model.shapesOfType("resource")) {
      const op = (id: string | undefined): Shape | undefined => ctx.shapeOfType(id, "operation");
      const put = op(resource.put);
      if (put) {
        yield* readonly(resource, put, "put", false);
        yield* idempotent(resource, put, "put");
      }
      const create = op(resource.create);
      if (create) yield* readonly(resource, create, "create", false);
      const read = op(resource.read);
      if (read) yield* readonly(resource, read, "read", true);
      const update = op(resource.update);
      if (update) yield* readonly(resource, update, "update", false);
      const del = op(resource.delete);
      if (del) {
        yield* readonly(resource, del, "delete", false);
        yield* idempotent(resource, del, "delete");
      }
      const list = op(resource.list);
      if (list) yield* readonly(resource, list, "list", true);
    }
  },
};

function* readonly(resource: Shape, operation: Shape, lifecycle: string, required: boolean): Iterable<ValidationEvent> {
  if (required === operation.traits.has("smithy.api#readonly")) return;
  yield shapeEvent(
    ID,
    "ERROR",
    resource,
    `The \`${lifecycle}\` lifecycle operation of this resource targets an invalid operation, \`${operation.id}\`. The ` +
      `targeted operation ${required ? "must" : "must not"} be marked with the readonly trait.`,
  );
}

function* idempotent(resource: Shape, operation: Shape, lifecycle: string): Iterable<ValidationEvent> {
  if (operation.traits.has("smithy.api#idempotent")) return;
  yield shapeEvent(
    ID,
    "ERROR",
    resource,
    `The \`${lifecycle}\` lifecycle operation of this resource targets an invalid operation, \`${operation.id}\`. The ` +
      "targeted operation must be marked as idempotent.",
  );
}
