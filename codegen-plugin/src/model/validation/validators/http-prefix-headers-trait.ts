// HttpPrefixHeadersTrait: no @httpHeader of the same structure may start with the prefix
// (an ERROR; only a NOTE for the empty prefix, which matches every header).
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const httpPrefixHeadersTraitValidator: Validator = {
  id: "HttpPrefixHeadersTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const member of ctx.shapesWithTrait("smithy.api#httpPrefixHeaders")) {
      if (member.type !== "member") continue;
      const structure = ctx.shapeOfType(member.container, "structure");
      const value = member.traits.get("smithy.api#httpPrefixHeaders");
      if (!structure || typeof value !== "string") continue;
      const prefix = value.toLowerCase();
      const empty = prefix === "";
      const detail = empty
        ? `The service will not be able to disambiguate between header parameters intended for the \`${member.id}\` ` +
          "member and those explicitly bound to the `httpHeader` members."
        : "`httpHeader` bindings must not case-insensitively start with any `httpPrefixHeaders` bindings.";
      for (const other of structure.members.values()) {
        const header = other.traits.get("smithy.api#httpHeader");
        if (typeof header !== "string") continue;
        const lower = header.toLowerCase();
        if (!lower.startsWith(prefix)) continue;
        yield shapeEvent(
          "HttpPrefixHeadersTrait",
          empty ? "NOTE" : "ERROR",
          other,
          `\`httpHeader\` binding of \`${lower}\` conflicts with the \`httpPrefixHeaders\` binding of \`${member.id}\` ` +
            `to \`${prefix}\`. ${detail}`,
        );
      }
    }
  },
};
