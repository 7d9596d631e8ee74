// ReferencesTrait: each reference must name a resource; on a string shape the resource must
// have exactly one identifier and no `ids`; on a structure the (explicit or implicit) ids
// must be required string members and match the resource's identifiers.
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject, nodeObject, type NodeObject, type NodeValue } from "../../node-value.js";
import type { AnyShape, Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "ReferencesTrait";

export const referencesTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.shapesWithTrait("smithy.api#references")) {
      const trait = shape.traits.get("smithy.api#references");
      if (!isNodeArray(trait)) continue;
      for (const reference of trait) {
        if (!isNodeObject(reference) || typeof reference["resource"] !== "string") continue;
        const ids = readIds(reference["ids"]);
        const printed = printReference(reference, ids);
        if (shape.type === "string" && ids.size > 0) {
          yield shapeEvent(ID, "ERROR", shape, `References applied to string shapes cannot contain 'ids': ${printed}`);
        }
        const target = ctx.model.getTopLevel(reference["resource"]);
        if (!target) continue;
        if (target.type !== "resource") {
          yield shapeEvent(ID, "ERROR", shape, `\`references\` trait reference targets a ${target.type} shape not a resource: ${printed}`);
        } else if (shape.type === "structure") {
          yield* structureReference(ctx, shape, target, ids, printed);
        } else if (shape.type === "string" && target.identifiers.size !== 1) {
          yield shapeEvent(
            ID,
            "ERROR",
            shape,
            `This string shape contains an invalid reference to ${target.id}: ${printed}. References on a string shape ` +
              "can only refer to resource shapes with exactly one entry in its identifiers property, but this shape has " +
              `the following identifiers: [${tickedList(target.identifiers.keys())}]`,
          );
        }
      }
    }
  },
};

function readIds(value: NodeValue | undefined): Map<string, string> {
  const ids = new Map<string, string>();
  if (isNodeObject(value)) for (const [k, v] of Object.entries(value)) if (typeof v === "string") ids.set(k, v);
  return ids;
}

/** Smithy's rendering of a reference: Reference{"resource":...,"ids":{...},"service":...,"rel":...}. */
function printReference(reference: NodeObject, ids: ReadonlyMap<string, string>): string {
  const entries: [string, NodeValue][] = [["resource", reference["resource"]!]];
  if (ids.size > 0) entries.push(["ids", nodeObject([...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]);
  if (typeof reference["service"] === "string") entries.push(["service", reference["service"]]);
  if (typeof reference["rel"] === "string") entries.push(["rel", reference["rel"]]);
  return `Reference${JSON.stringify(nodeObject(entries))}`;
}

function* structureReference(
  ctx: ValidationContext,
  shape: AnyShape & Shape,
  resource: Shape,
  ids: ReadonlyMap<string, string>,
  printed: string,
): Iterable<ValidationEvent> {
  const implicit = ids.size === 0 && resource.identifiers.size > 0;
  const resolved = ids.size > 0 ? ids : new Map([...resource.identifiers.keys()].map((k) => [k, k]));
  if (!implicit) {
    if (resolved.size !== resource.identifiers.size) {
      const prefix = resource.identifiers.size < ids.size ? "Too many identifiers" : "Not enough identifiers";
      yield shapeEvent(
        ID,
        "ERROR",
        shape,
        `${prefix} were provided in the \`ids\` properties of ${printed}. Expected ${resource.identifiers.size} ` +
          `identifiers(s), but found ${ids.size}. This resource requires bindings for the following identifiers: ` +
          `[${tickedList(resource.identifiers.keys())}].`,
      );
    }
    const extraneous = [...resolved.keys()].filter((k) => !resource.identifiers.has(k));
    if (extraneous.length > 0) {
      yield shapeEvent(
        ID,
        "ERROR",
        shape,
        `\`references\` trait ${printed} contains extraneous resource identifier bindings, [${tickedList(extraneous)}], ` +
          `that are not actually identifier names of the resource, \`${resource.id}\`. This resource has the following ` +
          `identifier names: [${tickedList(resource.identifiers.keys())}]`,
      );
    }
  }
  const reasons: string[] = [];
  for (const memberName of new Set(resolved.values())) {
    const member = shape.members.get(memberName);
    if (!member) {
      reasons.push(
        implicit
          ? `implicit binding of \`${memberName}\` is not part of the structure (set "rel" to "collection" to create a collection binding)`
          : `\`${memberName}\` refers to a member that is not part of the structure`,
      );
    } else {
      const target = ctx.model.getTopLevel(member.target);
      if (target?.type !== "string" && target?.type !== "enum") {
        reasons.push(`\`${memberName}\` refers to a member that does not target a string shape`);
      }
    }
  }
  if (reasons.length > 0) {
    yield shapeEvent(ID, "ERROR", shape, `\`references\` trait ${printed} is invalid for the following reasons: ${reasons.sort().join("; ")}`);
  }
}
