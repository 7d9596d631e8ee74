// ExclusiveStructureMemberTrait: traits declared `structurallyExclusive: "member"` may be on
// only one member of a structure; with `"target"`, only one member may target a shape with it.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList, traitName } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "ExclusiveStructureMemberTrait";

export const exclusiveStructureMemberTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const byMember: string[] = [];
    const byTarget: string[] = [];
    for (const definition of ctx.traitDefinitions()) {
      const trait = definition.traits.get("smithy.api#trait");
      const exclusive = isNodeObject(trait) ? trait["structurallyExclusive"] : undefined;
      if (exclusive === "target") byTarget.push(definition.id);
      else if (exclusive === "member") byMember.push(definition.id);
    }
    if (byMember.length === 0 && byTarget.length === 0) return;
    for (const shape of ctx.model.shapesOfType("structure")) {
      for (const traitId of byMember) {
        const names = [...shape.members.values()].filter((m) => m.traits.has(traitId)).map((m) => m.memberName);
        if (names.length > 1) {
          yield shapeEvent(
            ID,
            "ERROR",
            shape,
            `The \`${traitName(traitId)}\` trait can be applied to only a single member of a shape, but it was found on ` +
              `the following members: ${tickedList(names)}`,
          );
        }
      }
      for (const traitId of byTarget) {
        const names = [...shape.members.values()]
          .filter((m) => ctx.model.getTopLevel(m.target)?.traits.has(traitId) === true)
          .map((m) => m.memberName);
        if (names.length > 1) {
          yield shapeEvent(
            ID,
            "ERROR",
            shape,
            `Only a single member of a structure can target a shape marked with the \`${traitName(traitId)}\` trait, ` +
              `but it was found on the following members: ${tickedList(names)}`,
          );
        }
      }
    }
  },
};
