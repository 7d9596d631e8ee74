// includeServices: removes every service shape not listed. Shapes used only by removed services
// stay until removeUnusedShapes runs.
import { isAbsoluteShapeId } from "../../model/shape-id.js";
import { filterShapes } from "../model-edit/remove-where.js";
import type { TransformDefinition } from "./transform.js";

export const includeServices: TransformDefinition = {
  name: "includeServices",
  legacyListArgument: "services",
  prepare(args) {
    const services = args.stringList("services");
    for (const id of services) {
      if (!isAbsoluteShapeId(id)) throw args.error("services", `contains "${id}", which is not an absolute shape id (namespace#Service)`);
    }
    const keep = new Set(services);
    return (model) => filterShapes(model, (s) => s.type !== "service" || keep.has(s.id));
  },
};
