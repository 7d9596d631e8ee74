// RangeTrait: `min` must not exceed `max`, and integral shapes cannot have decimal bounds.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { AnyShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { formatNumber } from "../node-validator.js";
import type { Validator } from "../validator.js";

const ID = "RangeTrait";
const DECIMAL_TYPES = new Set(["float", "double", "bigDecimal"]);

export const rangeTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#range")) {
      const trait = shape.traits.get("smithy.api#range");
      if (!isNodeObject(trait)) continue;
      const min = typeof trait["min"] === "number" ? trait["min"] : undefined;
      const max = typeof trait["max"] === "number" ? trait["max"] : undefined;
      if (min !== undefined) yield* decimalBound(ctx, shape, min, "min");
      if (max !== undefined) yield* decimalBound(ctx, shape, max, "max");
      if (min !== undefined && max !== undefined && min > max) {
        yield shapeEvent(ID, "ERROR", shape, "A range trait is applied with a `min` value greater than its `max` value.");
      }
    }
  },
};

function* decimalBound(ctx: ValidationContext, shape: AnyShape, value: number, name: string): Iterable<ValidationEvent> {
  if (Number.isInteger(value)) return;
  if (shape.type === "member") {
    const target = ctx.model.getTopLevel(shape.target);
    if (target && !DECIMAL_TYPES.has(target.type)) {
      yield shapeEvent(
        ID,
        "ERROR",
        shape,
        `Member \`${shape.id}\` is marked with the \`range\` trait, but its \`${name}\` property is a decimal ` +
          `(${formatNumber(value)}) when its target (\`${target.id}\`) does not support decimals.`,
      );
    }
  } else if (!DECIMAL_TYPES.has(shape.type)) {
    yield shapeEvent(
      ID,
      "ERROR",
      shape,
      `Shape \`${shape.id}\` is marked with the \`range\` trait, but its \`${name}\` property is a decimal ` +
        `(${formatNumber(value)}) when its shape (\`${shape.type}\`) does not support decimals.`,
    );
  }
}
