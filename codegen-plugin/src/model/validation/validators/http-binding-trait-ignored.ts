// HttpBindingTraitIgnored: HTTP binding traits only apply to top-level members of operation
// input (labels, query) or output (response code), or of any operation input/output/error
// (headers, payload); elsewhere they are silently ignored, which deserves a warning.
import type { ValidationEvent } from "../../events.js";
import { traitName, shapeEvent } from "../event-builder.js";
import type { ValidationContext } from "../context.js";
import { formatRelationshipGroups, type DeclaredKind } from "../indexes/relationships.js";
import type { Validator } from "../validator.js";

const IGNORED_OUTSIDE_INPUT = ["smithy.api#httpLabel", "smithy.api#httpQueryParams", "smithy.api#httpQuery"];
const IGNORED_OUTSIDE_OUTPUT = ["smithy.api#httpResponseCode"];
const BINDING_TRAITS = [
  "smithy.api#httpHeader", "smithy.api#httpLabel", "smithy.api#httpPayload", "smithy.api#httpPrefixHeaders",
  "smithy.api#httpQueryParams", "smithy.api#httpQuery", "smithy.api#httpResponseCode",
];

export const httpBindingTraitIgnoredValidator: Validator = {
  id: "HttpBindingTraitIgnored",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const members = new Set<string>();
    for (const traitId of BINDING_TRAITS) for (const s of ctx.shapesWithTrait(traitId)) if (s.type === "member") members.add(s.id);
    for (const id of members) {
      const member = ctx.model.getMember(id);
      if (!member) continue;
      const container = ctx.model.getTopLevel(member.container);
      if (container?.type !== "structure" || container.traits.has("smithy.api#mixin")) continue;
      const traits = BINDING_TRAITS.filter((t) => member.traits.has(t));
      const outsideInput = traits.filter((t) => IGNORED_OUTSIDE_INPUT.includes(t));
      const outsideOutput = traits.filter((t) => IGNORED_OUTSIDE_OUTPUT.includes(t));
      const ignored = new Map<DeclaredKind, Set<string>>();
      const relationships = ctx.reverseRelationships(container.id);
      let checked = relationships.length;
      const ignore = (kind: DeclaredKind, shapeId: string): void => {
        let set = ignored.get(kind);
        if (!set) ignored.set(kind, (set = new Set()));
        set.add(shapeId);
      };
      for (const rel of relationships) {
        if (rel.kind === "MEMBER_CONTAINER") {
          checked--;
          continue;
        }
        if (rel.kind !== "INPUT" && outsideInput.length > 0) ignore(rel.kind, rel.shape.id);
        else if (rel.kind !== "OUTPUT" && outsideOutput.length > 0) ignore(rel.kind, rel.shape.id);
        else if (rel.kind !== "INPUT" && rel.kind !== "OUTPUT" && rel.kind !== "ERROR") ignore(rel.kind, rel.shape.id);
      }
      if (ignored.size === 0) continue;
      const [type, trait] =
        outsideInput.length > 0 ? ["Input", outsideInput[0]!] : outsideOutput.length > 0 ? ["Output", outsideOutput[0]!] : ["TopLevel", traits[0]!];
      const mixedIn = member.mixins.length > 0 ? " mixed in" : "";
      let message = `The \`${traitName(trait)}\` trait applied to this${mixedIn} member is `;
      if (checked === ignored.size) {
        message += "ignored in all contexts.";
      } else {
        message += `ignored in some contexts: ${formatRelationshipGroups(ignored)}`;
      }
      yield shapeEvent(`HttpBindingTraitIgnored.${type}`, "WARNING", member, message);
    }
  },
};
