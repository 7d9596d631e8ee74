// HttpLabelTrait: every URI label needs an input member marked @httpLabel, every @httpLabel
// member needs a label, and greedy labels must bind strings.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { describeShape, shapeEvent, tickedList } from "../event-builder.js";
import { httpTrait } from "../indexes/http.js";
import { findLabel } from "../indexes/uri-pattern.js";
import type { Validator } from "../validator.js";

const ID = "HttpLabelTrait";

export const httpLabelTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const operation of ctx.shapesWithTrait("smithy.api#http")) {
      if (operation.type !== "operation") continue;
      const http = httpTrait(ctx, operation);
      if (!http) continue;
      const labels = new Set(http.uri.segments.filter((s) => s.kind !== "literal").map((s) => s.content));
      for (const member of ctx.inputMembers(operation)) {
        if (!member.traits.has("smithy.api#httpLabel")) continue;
        labels.delete(member.memberName);
        const label = findLabel(http.uri, member.memberName);
        if (!label) {
          yield shapeEvent(
            ID,
            "ERROR",
            member,
            `This \`${member.memberName}\` structure member is marked with the \`httpLabel\` trait, but no corresponding ` +
              `\`http\` URI label could be found when used as the input of the \`${operation.id}\` operation.`,
          );
        } else if (label.kind === "greedy") {
          const target = ctx.model.getTopLevel(member.target);
          if (target && target.type !== "string" && target.type !== "enum") {
            yield shapeEvent(
              ID,
              "ERROR",
              member,
              `The \`${member.memberName}\` structure member corresponds to a greedy label when used as the input of ` +
                `the \`${operation.id}\` operation. This member targets ${describeShape(target)}, but greedy labels must ` +
                "target string shapes.",
            );
          }
        }
      }
      if (labels.size > 0) {
        yield shapeEvent(
          ID,
          "ERROR",
          operation,
          `This operation uses \`${operation.input ?? "smithy.api#Unit"}\` as input, but the following URI labels found ` +
            "in the operation's `http` trait do not have a corresponding member marked with the `httpLabel` trait: " +
            tickedList(labels),
        );
      }
    }
  },
};
