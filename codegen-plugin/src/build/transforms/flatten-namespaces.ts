// flattenNamespaces: moves every shape in a service's closure into one namespace (honouring the
// service's `rename` map, which is then cleared), plus shapes outside the closure tagged with one
// of `includeTagged` unless their new id is already taken. Prelude shapes stay where they are.
import { isNamespace, isPreludeId, isAbsoluteShapeId, nameOf } from "../../model/shape-id.js";
import { BuildError } from "../errors.js";
import { checkRenames, renameShapes } from "../model-edit/rename-shapes.js";
import { closureOf } from "../model-edit/walk.js";
import { hasAnyTag } from "./tags.js";
import type { TransformDefinition } from "./transform.js";

export const flattenNamespaces: TransformDefinition = {
  name: "flattenNamespaces",
  prepare(args) {
    const namespace = args.requiredString("namespace");
    if (!isNamespace(namespace)) throw args.error("namespace", `is "${namespace}", which is not a valid namespace`);
    const serviceId = args.requiredString("service");
    if (!isAbsoluteShapeId(serviceId)) throw args.error("service", `is "${serviceId}", which is not an absolute shape id`);
    const includeTagged = new Set(args.stringList("includeTagged"));
    return (model) => {
      const service = model.getTopLevel(serviceId);
      if (service === undefined || service.type !== "service") {
        throw new BuildError(`the service "${serviceId}" is not in the model (it may have been removed by an earlier transform)`);
      }
      const renames = new Map<string, string>();
      for (const id of closureOf(model, [serviceId])) {
        if (isPreludeId(id)) continue;
        renames.set(id, `${namespace}#${service.rename.get(id) ?? nameOf(id)}`);
      }
      const taken = new Set(renames.values());
      if (includeTagged.size > 0) {
        for (const s of model.shapes()) {
          if (renames.has(s.id) || isPreludeId(s.id) || !hasAnyTag(s, includeTagged)) continue;
          const to = `${namespace}#${nameOf(s.id)}`;
          if (taken.has(to)) continue;
          renames.set(s.id, to);
          taken.add(to);
        }
      }
      checkRenames(model, renames);
      const renamed = renameShapes(model, renames);
      const newService = renamed.getTopLevel(renames.get(serviceId)!)!;
      return renamed.withChanges({ put: [{ ...newService, rename: new Map() }] });
    };
  },
};
