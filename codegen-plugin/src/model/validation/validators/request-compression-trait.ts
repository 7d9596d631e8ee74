// RequestCompressionTrait: only for operations with input, never with a streaming
// @requiresLength input member, and with at least one supported encoding.
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "RequestCompressionTrait";
const SUPPORTED = new Set(["gzip"]);

export const requestCompressionTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const op of ctx.shapesWithTrait("smithy.api#requestCompression")) {
      if (op.type !== "operation") continue;
      if (op.input === undefined || op.input === "smithy.api#Unit") {
        yield shapeEvent(ID, "ERROR", op, "The `requestCompression` trait can only be applied to operations which have an input shape defined");
      } else {
        for (const member of ctx.inputMembers(op)) {
          const target = ctx.model.getTopLevel(member.target);
          if (target?.traits.has("smithy.api#streaming") && target.traits.has("smithy.api#requiresLength")) {
            yield shapeEvent(
              ID,
              "ERROR",
              op,
              "The `requestCompression` trait can only be applied to operations which do not have input members that " +
                "target shapes with both the `streaming` and `requiresLength` traits applied, but found member " +
                `\`${member.id}\` targeting \`${target.id}\``,
            );
          }
        }
      }
      const trait = op.traits.get("smithy.api#requestCompression");
      const encodings = isNodeObject(trait) && isNodeArray(trait["encodings"]) ? trait["encodings"] : [];
      if (encodings.length === 0) {
        yield shapeEvent(
          ID,
          "ERROR",
          op,
          `There must be at least one compression algorithm in \`encodings\` for the \`requestCompression\` trait applied to \`${op.id}\``,
        );
        continue;
      }
      const invalid = encodings.filter((e): e is string => typeof e === "string" && !SUPPORTED.has(e.toLowerCase()));
      if (invalid.length > 0) {
        yield shapeEvent(
          ID,
          "ERROR",
          op,
          `Invalid compression algorithm${invalid.length === 1 ? "" : "s"} found in \`requestCompression\` trait applied ` +
            `to \`${op.id}\`: ${tickedList(invalid)}`,
        );
      }
    }
  },
};
