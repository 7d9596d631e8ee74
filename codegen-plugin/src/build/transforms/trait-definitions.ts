// Shared by the transforms that remove trait definitions: selecting trait definitions by id or
// namespace ("ns#"), and removing them together with every application of them.
import type { Model } from "../../model/model.js";
import { isPreludeId, namespaceOf } from "../../model/shape-id.js";
import type { Shape } from "../../model/shape.js";
import { mapTraits } from "../model-edit/map-traits.js";
import { removeShapes } from "../model-edit/remove-shapes.js";
import { absoluteTraitId } from "./transform.js";

export const TRAIT_TRAIT = "smithy.api#trait";

export interface TraitMatcher {
  readonly ids: ReadonlySet<string>;
  readonly namespaces: ReadonlySet<string>;
}

/** "since" -> smithy.api#since, "com.foo#bar" as is, "com.foo#" -> every trait in com.foo. */
export function traitMatcher(args: readonly string[]): TraitMatcher {
  const ids = new Set<string>();
  const namespaces = new Set<string>();
  for (const a of args) {
    if (a.endsWith("#")) namespaces.add(a.slice(0, -1));
    else ids.add(absoluteTraitId(a));
  }
  return { ids, namespaces };
}

export function matchesTrait(matcher: TraitMatcher, id: string): boolean {
  return matcher.ids.has(id) || matcher.namespaces.has(namespaceOf(id));
}

export function traitDefinitions(model: Model): Shape[] {
  return [...model.shapes()].filter((s) => s.traits.has(TRAIT_TRAIT));
}

/**
 * Removes trait definitions and their applications on every shape. Prelude definitions are
 * part of every model, so for them only the applications are removed.
 */
export function removeTraitsAndApplications(model: Model, traitIds: Iterable<string>): Model {
  const ids = new Set(traitIds);
  if (ids.size === 0) return model;
  let out = removeShapes(model, [...ids].filter((id) => !isPreludeId(id)));
  if ([...ids].some(isPreludeId)) out = mapTraits(out, (_s, traitId, value) => (ids.has(traitId) ? undefined : value));
  return out;
}
