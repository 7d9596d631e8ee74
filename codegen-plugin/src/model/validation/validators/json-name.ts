// JsonName: members of one structure or union must not resolve to the same JSON name.
import type { ValidationEvent } from "../../events.js";
import type { MemberShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const JSON_NAME = "smithy.api#jsonName";

export const jsonNameValidator: Validator = {
  id: "JsonName",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const visited = new Set<string>();
    for (const shape of ctx.shapesWithTrait(JSON_NAME)) {
      if (shape.type !== "member" || visited.has(shape.container)) continue;
      visited.add(shape.container);
      const container = ctx.model.getTopLevel(shape.container);
      if (!container) continue;
      const byName = new Map<string, MemberShape[]>();
      for (const member of container.members.values()) {
        const value = member.traits.get(JSON_NAME);
        const name = typeof value === "string" ? value : member.memberName;
        const list = byName.get(name);
        if (list) list.push(member);
        else byName.set(name, [member]);
      }
      for (const name of [...byName.keys()].sort()) {
        const members = byName.get(name)!;
        if (members.length < 2) continue;
        const names = members.map((m) => m.id).sort().map((id) => id.slice(id.indexOf("$") + 1));
        yield shapeEvent(
          "JsonName",
          "ERROR",
          container,
          `This shape contains members with conflicting JSON names that resolve to '${name}': ${names.join(", ")}`,
        );
      }
    }
  },
};
