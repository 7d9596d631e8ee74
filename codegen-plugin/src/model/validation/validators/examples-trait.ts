// ExamplesTrait: each example's input, output or error must be valid for the operation's
// input, output or a bound error (constraint violations only warn when the example expects
// an error with allowConstraintErrors).
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject, type NodeObject } from "../../node-value.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { validateNodeValue } from "../node-validator.js";
import type { Validator } from "../validator.js";

const ID = "ExamplesTrait";
const UNIT = "smithy.api#Unit";

export const examplesTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const op of ctx.shapesWithTrait("smithy.api#examples")) {
      if (op.type !== "operation") continue;
      const trait = op.traits.get("smithy.api#examples");
      if (!isNodeArray(trait)) continue;
      for (const example of trait) if (isNodeObject(example)) yield* checkExample(ctx, op, example);
    }
  },
};

function* checkExample(ctx: ValidationContext, op: Shape, example: NodeObject): Iterable<ValidationEvent> {
  const title = typeof example["title"] === "string" ? example["title"] : "";
  const allowConstraintErrors = example["allowConstraintErrors"] === true;
  const output = example["output"];
  const error = example["error"];
  const validate = (name: string, shape: Shape, value: NodeObject): ValidationEvent[] =>
    validateNodeValue(ctx, shape, value, {
      eventId: ID,
      shapeId: op.id,
      context: `Example ${name} of \`${title}\``,
      source: op.source,
      allowConstraintErrors,
    });
  const input = ctx.model.getTopLevel(op.input ?? UNIT);
  if (input) {
    if (allowConstraintErrors && error === undefined) {
      yield shapeEvent(ID, "ERROR", op, `Example: \`${title}\` has allowConstraintErrors enabled, so error must be defined.`);
    }
    yield* validate("input", input, isNodeObject(example["input"]) ? example["input"] : {});
  }
  if (output !== undefined && error !== undefined) {
    yield shapeEvent(ID, "ERROR", op, `Example: \`${title}\` has both output and error defined, only one should be present.`);
  } else if (output !== undefined) {
    const outputShape = ctx.model.getTopLevel(op.output ?? UNIT);
    if (outputShape && isNodeObject(output)) yield* validate("output", outputShape, output);
  } else if (isNodeObject(error)) {
    const errorId = typeof error["shapeId"] === "string" ? error["shapeId"] : "";
    const errorShape = ctx.model.getTopLevel(errorId);
    if (errorShape && (op.errors.includes(errorId) || servicesContainError(ctx, op, errorId))) {
      yield* validate("error", errorShape, isNodeObject(error["content"]) ? error["content"] : {});
    } else {
      yield shapeEvent(ID, "ERROR", op, `Error parameters provided for operation without the \`${errorId}\` error: \`${title}\``);
    }
  }
}

/** Whether every service that contains the operation binds the error (and there is one). */
function servicesContainError(ctx: ValidationContext, op: Shape, errorId: string): boolean {
  const services = [...ctx.model.shapesOfType("service")];
  if (services.length === 0) return false;
  for (const service of services) {
    if (!ctx.topDown.contained(service.id).operations.includes(op)) continue;
    if (!service.errors.includes(errorId)) return false;
  }
  return true;
}
