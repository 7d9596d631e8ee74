// HttpQueryParamsTrait: a note when @httpQueryParams shares a structure with @httpQuery
// members (a server cannot tell which parameters belong to which).
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const httpQueryParamsTraitValidator: Validator = {
  id: "HttpQueryParamsTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const member of ctx.shapesWithTrait("smithy.api#httpQueryParams")) {
      if (member.type !== "member") continue;
      const structure = ctx.shapeOfType(member.container, "structure");
      if (!structure) continue;
      const queries = [...structure.members.values()].filter((m) => m.traits.has("smithy.api#httpQuery")).map((m) => m.memberName);
      if (queries.length === 0) continue;
      yield shapeEvent(
        "HttpQueryParamsTrait",
        "NOTE",
        structure,
        `Structure member \`${member.memberName}\` is marked with the \`httpQueryParams\` trait, and \`httpQuery\` traits ` +
          `are applied to the following members: ${tickedList(queries)}. The service will not be able to disambiguate ` +
          `between query string parameters intended for the \`${member.memberName}\` member and those explicitly bound to ` +
          "the `httpQuery` members.",
      );
    }
  },
};
