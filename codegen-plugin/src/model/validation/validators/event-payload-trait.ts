// EventPayloadTrait: when an event has an @eventPayload member, every other member must be
// an @eventHeader.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const eventPayloadTraitValidator: Validator = {
  id: "EventPayloadTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const member of ctx.shapesWithTrait("smithy.api#eventPayload")) {
      if (member.type !== "member") continue;
      const structure = ctx.shapeOfType(member.container, "structure");
      if (!structure) continue;
      const unmarked = [...structure.members.values()]
        .filter((m) => !m.traits.has("smithy.api#eventHeader") && !m.traits.has("smithy.api#eventPayload"))
        .map((m) => m.memberName);
      if (unmarked.length === 0) continue;
      yield shapeEvent(
        "EventPayloadTrait",
        "ERROR",
        structure,
        "This event structure contains a member marked with the `eventPayload` trait, so all other members must be " +
          "marked with the `eventHeader` trait. However, the following member(s) are not marked with the eventHeader " +
          `trait: ${tickedList(unmarked)}`,
      );
    }
  },
};
