// IdempotencyTokenIgnored: @idempotencyToken only matters on a top-level operation input
// member; elsewhere (a structure targeted by members, used as output, ...) it is ignored.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { formatRelationshipGroups, type DeclaredKind } from "../indexes/relationships.js";
import type { Validator } from "../validator.js";


export const idempotencyTokenIgnoredValidator: Validator = {
  id: "IdempotencyTokenIgnored",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const member of ctx.shapesWithTrait("smithy.api#idempotencyToken")) {
      if (member.type !== "member") continue;
      const container = ctx.model.getTopLevel(member.container);
      if (container?.type !== "structure" || container.traits.has("smithy.api#mixin")) continue;
      const ignored = new Map<DeclaredKind, Set<string>>();
      for (const rel of ctx.reverseRelationships(container.id)) {
        if (rel.kind === "MEMBER_CONTAINER" || rel.kind === "INPUT") continue;
        let set = ignored.get(rel.kind);
        if (!set) ignored.set(rel.kind, (set = new Set()));
        set.add(rel.shape.id);
      }
      if (ignored.size === 0) continue;
      yield shapeEvent(
        "IdempotencyTokenIgnored",
        "WARNING",
        member,
        "The `idempotencyToken` trait only has an effect when applied to a top-level operation input member, but it " +
          `was applied and ignored in the following contexts: ${formatRelationshipGroups(ignored)}`,
      );
    }
  },
};
