// HttpPayload: when a member is the @httpPayload, every other member must be bound
// elsewhere in the HTTP message.
import type { ValidationEvent } from "../../events.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import { structureBindings } from "../indexes/http.js";
import type { Validator } from "../validator.js";

export const httpPayloadValidator: Validator = {
  id: "HttpPayload",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    if (ctx.shapesWithTrait("smithy.api#httpPayload").length === 0) return;
    for (const operation of ctx.shapesWithTrait("smithy.api#http")) {
      if (operation.type !== "operation") continue;
      yield* check(ctx.inputOf(operation), true);
      yield* check(ctx.outputOf(operation), false);
    }
    for (const error of ctx.shapesWithTrait("smithy.api#error")) {
      if (error.type === "structure") yield* check(error, false);
    }
  },
};

function* check(structure: Shape | undefined, isRequest: boolean): Iterable<ValidationEvent> {
  if (!structure) return;
  const unbound = structureBindings(structure, isRequest).filter((b) => b.location === "unbound").map((b) => b.member.memberName);
  if (unbound.length === 0) return;
  yield shapeEvent(
    "HttpPayload",
    "ERROR",
    structure,
    "A member of this structure is marked with the `httpPayload` trait, but the following structure members are not " +
      `explicitly bound to the HTTP message: ${tickedList(unbound)}`,
  );
}
