// DefaultTrait: a @default value must be valid for its shape; collections, maps and
// documents only allow empty defaults; null only on members; and a structure member that
// targets a shape with a default must repeat that default (or set null).
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject, nodeEquals } from "../../node-value.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { printNode, validateNodeValue } from "../node-validator.js";
import type { Validator } from "../validator.js";

const ID = "DefaultTrait";
const DEFAULT = "smithy.api#default";

export const defaultTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait(DEFAULT)) {
      const value = shape.traits.get(DEFAULT)!;
      const target = ctx.target(shape);
      if (value === null) {
        if (shape.type !== "member") yield shapeEvent(ID, "ERROR", shape, "The @default trait can be set to null only on members");
      } else {
        yield* validateNodeValue(ctx, shape, value, {
          eventId: ID,
          shapeId: shape.id,
          context: "Error validating @default trait",
          source: shape.source,
          rangeZeroValueWarning: true,
        });
        switch (target?.type) {
          case "blob":
            if (typeof value === "string" && !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
              yield shapeEvent(ID, "WARNING", shape, "The @default value of a blob should be a valid base64 string.");
            }
            break;
          case "map":
            if (isNodeObject(value) && Object.keys(value).length > 0) {
              yield shapeEvent(ID, "ERROR", shape, "The @default value of a map must be an empty map");
            }
            break;
          case "list":
          case "set":
            if (isNodeArray(value) && value.length > 0) {
              yield shapeEvent(ID, "ERROR", shape, "The @default value of a list must be an empty list");
            }
            break;
          case "document":
            if (isNodeArray(value) && value.length > 0) {
              yield shapeEvent(ID, "ERROR", shape, "The @default value of a document cannot be a non-empty array");
            }
            if (isNodeObject(value) && Object.keys(value).length > 0) {
              yield shapeEvent(ID, "ERROR", shape, "The @default value of a document cannot be a non-empty object");
            }
            break;
          default:
            break;
        }
      }
      if (shape.type === "member") continue;
      for (const rel of ctx.neighbors.reverse(shape)) {
        if (rel.kind !== "memberTarget" || rel.shape.type !== "member") continue;
        const member = rel.shape;
        if (ctx.model.getTopLevel(member.container)?.type !== "structure") continue;
        const memberDefault = member.traits.get(DEFAULT);
        if (memberDefault === undefined) {
          yield shapeEvent(
            ID,
            "ERROR",
            member,
            `Member targets ${shape.id}, which requires that the member defines the same default of \`${printNode(value)}\` or \`null\``,
          );
        } else if (memberDefault !== null && !nodeEquals(value, memberDefault)) {
          yield shapeEvent(
            ID,
            "ERROR",
            member,
            `Member defines a default value that differs from the default value of the target shape, ${shape.id}. ` +
              `The member has a default of \`${printNodeRaw(memberDefault)}\`, but the target has a default of \`${printNode(value)}\`.`,
          );
        }
      }
    }
  },
};

/** Smithy's plain rendering of a node: strings without quotes, everything else as JSON. */
function printNodeRaw(value: Parameters<typeof printNode>[0]): string {
  return typeof value === "string" ? value : printNode(value);
}
