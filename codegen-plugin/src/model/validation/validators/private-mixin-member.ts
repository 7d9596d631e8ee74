// PrivateMixinMember: @private on a mixin's member does not restrict its use.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const privateMixinMemberValidator: Validator = {
  id: "PrivateMixinMember",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const member of ctx.shapesWithTrait("smithy.api#private")) {
      if (member.type !== "member") continue;
      if (ctx.model.getTopLevel(member.container)?.traits.has("smithy.api#mixin") !== true) continue;
      yield shapeEvent(
        "PrivateMixinMember",
        "WARNING",
        member,
        "The `@private` trait does not prevent a mixin member from being inherited by shapes in other namespaces, nor " +
          "does it prevent new traits from being added to the inherited member. Apply `@private` to the mixin shape or " +
          "target shape instead if cross-namespace access should be restricted.",
      );
    }
  },
};
