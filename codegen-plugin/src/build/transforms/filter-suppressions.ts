// filterSuppressions: edits `@suppress` traits and the `suppressions` metadata so a published
// model does not leak what it suppressed: drop suppressions that suppressed nothing
// (`removeUnused`), drop metadata `reason`s (`removeReasons`), and keep only allowed event ids
// and namespaces (allow or deny lists, not both). "Suppressed nothing" is judged by the
// SUPPRESSED events of the projection's original model, ignoring events of validators that
// earlier transforms removed from the `validators` metadata.
import { eventIdContains, type ValidationEvent } from "../../model/events.js";
import type { Model } from "../../model/model.js";
import { isNodeArray, isNodeObject, nodeEquals, nodeObject, type NodeObject, type NodeValue } from "../../model/node-value.js";
import { namespaceOf } from "../../model/shape-id.js";
import type { AnyShape } from "../../model/shape.js";
import { mapTraits } from "../model-edit/map-traits.js";
import type { TransformDefinition } from "./transform.js";

const SUPPRESS_TRAIT = "smithy.api#suppress";

export const filterSuppressions: TransformDefinition = {
  name: "filterSuppressions",
  prepare(args) {
    const removeUnused = args.boolean("removeUnused", false);
    const removeReasons = args.boolean("removeReasons", false);
    const eventIdAllowList = args.stringList("eventIdAllowList");
    const eventIdDenyList = args.stringList("eventIdDenyList");
    const namespaceAllowList = args.stringList("namespaceAllowList");
    const namespaceDenyList = args.stringList("namespaceDenyList");
    if (eventIdAllowList.length > 0 && eventIdDenyList.length > 0) {
      throw args.error("eventIdAllowList", "cannot be combined with eventIdDenyList; use one or the other");
    }
    if (namespaceAllowList.length > 0 && namespaceDenyList.length > 0) {
      throw args.error("namespaceAllowList", "cannot be combined with namespaceDenyList; use one or the other");
    }
    const eventIdAllowed = allowed(eventIdAllowList, eventIdDenyList);
    const namespaceAllowed = allowed(namespaceAllowList, namespaceDenyList);

    return (model, context) => {
      const removedValidators = new Set(validatorNames(context.originalModel));
      for (const name of validatorNames(model)) removedValidators.delete(name);
      const suppressed = context.originalEvents.filter((e) => e.severity === "SUPPRESSED" && !removedValidators.has(e.id));

      const withTraits = mapTraits(model, (shape, traitId, value) => {
        if (traitId !== SUPPRESS_TRAIT || !isNodeArray(value)) return value;
        const kept = value.filter(
          (id) => typeof id === "string" && eventIdAllowed(id) && (!removeUnused || suppressedOn(shape, id, suppressed)),
        );
        if (kept.length === value.length) return value;
        return kept.length === 0 ? undefined : kept;
      });

      const current = withTraits.metadata.get("suppressions");
      if (!isNodeArray(current)) return withTraits;
      const kept: NodeValue[] = [];
      for (const entry of current) {
        if (!isNodeObject(entry)) {
          kept.push(entry);
          continue;
        }
        const id = typeof entry["id"] === "string" ? entry["id"] : "";
        const namespace = typeof entry["namespace"] === "string" ? entry["namespace"] : "";
        if (!eventIdAllowed(id) || !namespaceAllowed(namespace)) continue;
        if (removeUnused && !suppressed.some((e) => metadataSuppressionMatches(id, namespace, e))) continue;
        kept.push(removeReasons ? withoutKey(entry, "reason") : entry);
      }
      if (nodeEquals(kept, current)) return withTraits;
      const metadata = new Map(withTraits.metadata);
      if (kept.length === 0) metadata.delete("suppressions");
      else metadata.set("suppressions", kept);
      return withTraits.withChanges({ metadata });
    };
  },
};

function allowed(allow: readonly string[], deny: readonly string[]): (value: string) => boolean {
  return (value) => (allow.length === 0 || allow.includes(value)) && !deny.includes(value);
}

function suppressedOn(shape: AnyShape, id: string, events: readonly ValidationEvent[]): boolean {
  return events.some((e) => e.shapeId === shape.id && eventIdContains(e.id, id));
}

function metadataSuppressionMatches(id: string, namespace: string, e: ValidationEvent): boolean {
  if (!eventIdContains(e.id, id)) return false;
  return namespace === "*" || (e.shapeId !== undefined && namespaceOf(e.shapeId) === namespace);
}

/** Ids (or names) of the validators declared in the `validators` metadata. */
function validatorNames(model: Model): string[] {
  const validators = model.metadata.get("validators");
  if (!isNodeArray(validators)) return [];
  const out: string[] = [];
  for (const v of validators) {
    if (!isNodeObject(v)) continue;
    const id = typeof v["id"] === "string" ? v["id"] : v["name"];
    if (typeof id === "string") out.push(id);
  }
  return out;
}

function withoutKey(o: NodeObject, key: string): NodeObject {
  return nodeObject(Object.entries(o).filter(([k]) => k !== key));
}
