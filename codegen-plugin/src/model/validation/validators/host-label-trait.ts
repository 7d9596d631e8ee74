// HostLabelTrait: @endpoint host prefixes must expand to valid hosts and should end with a
// period when they contain labels; every host label needs an input member marked
// @hostLabel and vice versa.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import { findLabel, parseHostPrefix } from "../indexes/uri-pattern.js";
import type { Validator } from "../validator.js";

const ID = "HostLabelTrait";
const EXPANDED = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}(?:\.[a-zA-Z0-9-]{1,63})*\.?$/;

export const hostLabelTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const op of ctx.shapesWithTrait("smithy.api#endpoint")) {
      if (op.type !== "operation") continue;
      const trait = op.traits.get("smithy.api#endpoint");
      if (!isNodeObject(trait) || typeof trait["hostPrefix"] !== "string") continue;
      const parsed = parseHostPrefix(trait["hostPrefix"]);
      if (!("pattern" in parsed)) continue;
      const prefix = parsed.pattern;
      const stub = prefix.segments.map((s) => (s.kind === "literal" ? s.content : "foo")).join("");
      if (!EXPANDED.test(stub)) {
        yield shapeEvent(
          ID,
          "ERROR",
          op,
          `The \`endpoint\` trait hostPrefix, ${prefix.text}, could not expand in to a valid RFC 3986 host: ${stub}`,
        );
      }
      const labels = new Set(prefix.segments.filter((s) => s.kind !== "literal").map((s) => s.content));
      if (!prefix.text.endsWith(".") && labels.size > 0) {
        yield shapeEvent(
          ID,
          "DANGER",
          op,
          "`endpoint` trait hostPrefix contains host labels and does not end in a period (`.`). This can result in " +
            "clients inadvertently sending data to domains you do not control.",
        );
      }
      const inputId = op.input ?? "smithy.api#Unit";
      if (ctx.model.getTopLevel(inputId)?.type !== "structure") continue;
      for (const member of ctx.inputMembers(op)) {
        if (!member.traits.has("smithy.api#hostLabel")) continue;
        labels.delete(member.memberName);
        if (!findLabel(prefix, member.memberName)) {
          yield shapeEvent(
            ID,
            "ERROR",
            member,
            `This \`${member.memberName}\` structure member is marked with the \`hostLabel\` trait, but no corresponding ` +
              `\`endpoint\` label could be found when used as the input of the \`${op.id}\` operation.`,
          );
        }
      }
      if (labels.size > 0) {
        yield shapeEvent(
          ID,
          "ERROR",
          op,
          `This operation uses ${inputId} as input, but the following host labels found in the operation's \`endpoint\` ` +
            `trait do not have a corresponding member marked with the \`hostLabel\` trait: ${tickedList(labels)}`,
        );
      }
    }
  },
};
