// IdempotentTrait: `exists` and `notFound` are exclusive, and each must name one of the
// operation's errors.
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject, type NodeValue } from "../../node-value.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "IdempotentTrait";

export const idempotentTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const operation of ctx.shapesWithTrait("smithy.api#idempotent")) {
      if (operation.type !== "operation") continue;
      const trait = operation.traits.get("smithy.api#idempotent");
      if (!isNodeObject(trait)) continue;
      const exists = trait["exists"];
      const notFound = trait["notFound"];
      if (exists !== undefined && notFound !== undefined) {
        yield shapeEvent(
          ID,
          "ERROR",
          operation,
          "The `exists` and `notFound` properties of the `@idempotent` trait are mutually exclusive. Only one may be specified.",
        );
      }
      if (exists !== undefined) yield* checkErrors(operation, exists, "exists");
      if (notFound !== undefined) yield* checkErrors(operation, notFound, "notFound");
    }
  },
};

function* checkErrors(operation: Shape, value: NodeValue, property: string): Iterable<ValidationEvent> {
  if (!isNodeArray(value)) return;
  for (const errorId of value) {
    if (typeof errorId !== "string" || operation.errors.includes(errorId)) continue;
    yield shapeEvent(
      ID,
      "ERROR",
      operation,
      `The \`${property}\` property references error \`${errorId}\`, but it is not in the operation's errors list. ` +
        `Expected one of ${tickedList(new Set(operation.errors))}`,
    );
  }
}
