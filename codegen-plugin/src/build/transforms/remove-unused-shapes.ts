// removeUnusedShapes: removes shapes not connected to a service, a trait definition, or a shape
// tagged with one of `exportTagged`; then removes trait definitions that no shape in a service
// closure uses (directly or as a trait of a used trait). Repeats until nothing changes, since
// removing a definition can leave the shapes it used unconnected. Prelude shapes always stay.
import type { Model } from "../../model/model.js";
import { isPreludeId } from "../../model/shape-id.js";
import { removeShapes } from "../model-edit/remove-shapes.js";
import { closureOf } from "../model-edit/walk.js";
import { hasAnyTag } from "./tags.js";
import { TRAIT_TRAIT, traitDefinitions } from "./trait-definitions.js";
import type { TransformDefinition } from "./transform.js";

export const removeUnusedShapes: TransformDefinition = {
  name: "removeUnusedShapes",
  legacyListArgument: "exportTagged",
  prepare(args) {
    const exportTagged = new Set(args.stringList("exportTagged"));
    return (model) => {
      let current = model;
      for (;;) {
        const next = removeUnusedTraitDefinitions(removeUnreferenced(current, exportTagged), exportTagged);
        if (next.size === current.size) return next;
        current = next;
      }
    };
  },
};

function removeUnreferenced(model: Model, exportTagged: ReadonlySet<string>): Model {
  const roots: string[] = [];
  for (const s of model.shapes()) {
    if (s.type === "service" || s.traits.has(TRAIT_TRAIT) || hasAnyTag(s, exportTagged)) roots.push(s.id);
  }
  const connected = closureOf(model, roots, { idRefs: true });
  const unused = [...model.shapes()].filter((s) => !connected.has(s.id) && !isPreludeId(s.id)).map((s) => s.id);
  return removeShapes(model, unused);
}

function removeUnusedTraitDefinitions(model: Model, exportTagged: ReadonlySet<string>): Model {
  const services = [...model.shapesOfType("service")].map((s) => s.id);
  const used = new Set<string>();
  const use = (traitId: string): void => {
    if (used.has(traitId)) return;
    used.add(traitId);
    const def = model.getTopLevel(traitId);
    if (def) for (const meta of def.traits.keys()) if (meta !== TRAIT_TRAIT) use(meta);
  };
  for (const id of closureOf(model, services)) {
    const shape = model.getTopLevel(id)!;
    for (const t of shape.traits.keys()) use(t);
    for (const m of shape.members.values()) for (const t of m.traits.keys()) use(t);
  }
  const unused = traitDefinitions(model)
    .filter((t) => !isPreludeId(t.id) && !used.has(t.id) && !hasAnyTag(t, exportTagged))
    .map((t) => t.id);
  return removeShapes(model, unused);
}
