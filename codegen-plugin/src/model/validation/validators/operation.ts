// Operation input/output rules: structures marked @input (@output) are used only as the
// input (output) of one operation, are not targeted by members, and should be named after
// that operation; shapes named like another operation's input/output are ambiguous.
import type { ValidationEvent } from "../../events.js";
import { nameOf, namespaceOf } from "../../shape-id.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

const MISUSE = "OperationInputOutputMisuse";
const UNIT = "smithy.api#Unit";

export const operationValidator: Validator = {
  id: "Operation",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    yield* inputOutput(ctx, "input", "output");
    yield* inputOutput(ctx, "output", "input");
    for (const op of ctx.model.shapesOfType("operation")) {
      const ns = namespaceOf(op.id);
      const name = nameOf(op.id);
      const checks: [string, readonly string[], string][] = [
        ["input", ["Input", "Request"], op.input ?? UNIT],
        ["output", ["Output", "Response"], op.output ?? UNIT],
      ];
      for (const [descriptor, suffixes, actual] of checks) {
        for (const suffix of suffixes) {
          const candidate = `${ns}#${name}${suffix}`;
          if (candidate === actual) continue;
          const shape = ctx.model.getTopLevel(candidate);
          if (!shape) continue;
          yield shapeEvent(
            "OperationNameAmbiguity",
            "WARNING",
            shape,
            `The name of this shape implies that it is the ${descriptor} of ${op.id}, but that operation uses ${actual} ` +
              `for ${descriptor}. This kind of ambiguity can confuse developers calling this operation and can cause ` +
              `issues in code generators that use similar naming conventions to generate ${descriptor} types.`,
          );
        }
      }
    }
  },
};

function* inputOutput(ctx: ValidationContext, descriptor: "input" | "output", invalid: "input" | "output"): Iterable<ValidationEvent> {
  for (const shape of ctx.shapesWithTrait(`smithy.api#${descriptor}`)) {
    const operations = new Set<string>();
    for (const rel of ctx.reverseRelationships(shape.id)) {
      const label = rel.kind.toLowerCase();
      if (label === descriptor) {
        operations.add(rel.shape.id);
        if (!nameOf(shape.id).startsWith(nameOf(rel.shape.id))) {
          yield shapeEvent(
            `OperationInputOutputName.${descriptor}`,
            "WARNING",
            rel.shape,
            `The ${descriptor} of this operation should target a shape that starts with the operation's name, ` +
              `'${nameOf(rel.shape.id)}', but the targeted shape is \`${shape.id}\``,
          );
        }
      } else if (label === invalid) {
        yield shapeEvent(MISUSE, "ERROR", rel.shape, `Operation \`${invalid}\` cannot target structures marked with the \`@${descriptor}\` trait: \`${shape.id}\``);
      } else if (rel.kind === "MEMBER_TARGET" && rel.shape.type === "member") {
        yield shapeEvent(MISUSE, "ERROR", rel.shape, `Members cannot target structures marked with the @${descriptor} trait: ${rel.shape.target}`);
      }
    }
    if (operations.size > 1) {
      yield shapeEvent(
        MISUSE,
        "ERROR",
        shape,
        `Shapes marked with the @${descriptor} trait cannot be used as ${descriptor} by multiple operations: ${tickedList(operations)}`,
      );
    }
  }
}
