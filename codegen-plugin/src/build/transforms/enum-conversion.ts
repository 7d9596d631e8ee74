// Conversions between a string shape carrying the deprecated `@enum` trait and an enum shape,
// shared by `changeStringEnumsToEnumShapes` and `changeTypes`.
//
// Each enum definition becomes a member targeting smithy.api#Unit with `@enumValue`; its
// documentation, tags and deprecation carry over, and the "internal" tag adds `@internal`.
// Without a `name`, a member name can be synthesized from the value when asked to (runs of
// "-", ".", ":", "/" and whitespace become "_"), provided the result is a valid identifier.
import { isNodeArray, isNodeObject, type NodeObject, type NodeValue } from "../../model/node-value.js";
import { isIdentifier } from "../../model/shape-id.js";
import { makeMember, type MemberShape, type Shape } from "../../model/shape.js";

export const ENUM_TRAIT = "smithy.api#enum";
const ENUM_VALUE_TRAIT = "smithy.api#enumValue";
const UNIT = "smithy.api#Unit";

/** Values that may have a name synthesized: they start with a letter or separator. */
const SYNTHESIZABLE_VALUE = /^[a-zA-Z\-_.:/\s]+[a-zA-Z_0-9\-.:/\s]*$/;

/** Why a string shape cannot become an enum, or undefined when it can. */
export function enumConversionProblem(shape: Shape, synthesizeNames: boolean): string | undefined {
  const trait = shape.traits.get(ENUM_TRAIT);
  if (trait === undefined) return "it has no @enum trait";
  if (!isNodeArray(trait)) return "its @enum trait is not a list of enum definitions";
  for (const def of trait) {
    if (!isNodeObject(def) || typeof def["value"] !== "string") return "its @enum trait has a definition without a string value";
    if (memberNameFor(def, synthesizeNames) === undefined) {
      return typeof def["name"] === "string"
        ? `the enum name "${def["name"]}" is not a valid member name`
        : `the enum value "${def["value"]}" has no name${synthesizeNames ? " and none can be synthesized from it" : " (set synthesizeNames to derive names from values)"}`;
    }
  }
  return undefined;
}

function memberNameFor(def: NodeObject, synthesizeNames: boolean): string | undefined {
  const name = def["name"];
  if (typeof name === "string") return isIdentifier(name) ? name : undefined;
  const value = def["value"];
  if (!synthesizeNames || typeof value !== "string" || !SYNTHESIZABLE_VALUE.test(value)) return undefined;
  const synthesized = value.replace(/[-.:/\s]+/g, "_");
  return isIdentifier(synthesized) ? synthesized : undefined;
}

/** The enum shape for a string shape that passed `enumConversionProblem`. */
export function stringToEnum(shape: Shape, synthesizeNames: boolean): Shape {
  const defs = shape.traits.get(ENUM_TRAIT) as readonly NodeObject[];
  const members = new Map<string, MemberShape>();
  for (const def of defs) {
    const name = memberNameFor(def, synthesizeNames)!;
    const traits = new Map<string, NodeValue>([[ENUM_VALUE_TRAIT, def["value"]!]]);
    if (typeof def["documentation"] === "string") traits.set("smithy.api#documentation", def["documentation"]);
    const tags = isNodeArray(def["tags"]) ? def["tags"].filter((t) => typeof t === "string") : [];
    if (tags.length > 0) traits.set("smithy.api#tags", tags);
    if (def["deprecated"] === true) traits.set("smithy.api#deprecated", {});
    if (tags.includes("internal")) traits.set("smithy.api#internal", {});
    members.set(name, makeMember({ container: shape.id, memberName: name, target: UNIT, source: shape.source, traits }));
  }
  const withoutEnum = (t: ReadonlyMap<string, NodeValue>): Map<string, NodeValue> => {
    const out = new Map(t);
    out.delete(ENUM_TRAIT);
    return out;
  };
  return { ...shape, type: "enum", members, traits: withoutEnum(shape.traits), introducedTraits: withoutEnum(shape.introducedTraits) };
}

/** The `@enum` trait value equivalent to an enum shape's members. */
export function enumTraitFromMembers(shape: Shape): NodeValue {
  const defs: NodeValue[] = [];
  for (const member of shape.members.values()) {
    const value = member.traits.get(ENUM_VALUE_TRAIT);
    const def: Record<string, NodeValue> = { value: typeof value === "string" ? value : member.memberName, name: member.memberName };
    const docs = member.traits.get("smithy.api#documentation");
    if (typeof docs === "string") def["documentation"] = docs;
    const tagsValue = member.traits.get("smithy.api#tags");
    const tags = isNodeArray(tagsValue) ? tagsValue.filter((t): t is string => typeof t === "string") : [];
    if (member.traits.has("smithy.api#internal") && !tags.includes("internal")) tags.push("internal");
    if (tags.length > 0) def["tags"] = tags;
    if (member.traits.has("smithy.api#deprecated")) def["deprecated"] = true;
    defs.push(def);
  }
  return defs;
}

