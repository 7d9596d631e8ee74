// XmlFlattenedTrait: on a flattened list member the list member's @xmlName has no effect.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const xmlFlattenedTraitValidator: Validator = {
  id: "XmlFlattenedTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const member of ctx.shapesWithTrait("smithy.api#xmlFlattened")) {
      if (member.type !== "member" || member.traits.has("smithy.api#xmlName")) continue;
      const target = ctx.model.getTopLevel(member.target);
      const listMember = target?.type === "list" ? target.members.get("member") : undefined;
      const xmlName = listMember?.traits.get("smithy.api#xmlName");
      if (!listMember || typeof xmlName !== "string" || xmlName === member.memberName) continue;
      yield shapeEvent(
        "XmlFlattenedTrait",
        "WARNING",
        member,
        `Member is \`@xmlFlattened\`, so \`@xmlName\` of target's member (\`${listMember.id}\`) has no effect. The ` +
          `flattened list elements will have the name of this member - \`${member.memberName}\`. If this is unintended, ` +
          `you can add \`@xmlName("${xmlName}")\` to this member.`,
      );
    }
  },
};
