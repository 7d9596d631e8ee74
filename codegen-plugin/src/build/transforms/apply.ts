// apply: runs the transforms of other projections, in order, at this point of the projection.
// The build plan inlines them (see ../plan.ts), which is also where unknown projections and
// cycles are reported; this module only reads the arguments.
import type { ObjectReader } from "../config/object-reader.js";

export const APPLY = "apply";
export const APPLY_LEGACY_LIST_ARGUMENT = "projections";

/** The projection names to apply, in order. */
export function readApplyArgs(args: ObjectReader): string[] {
  const projections = args.requiredStringList("projections");
  return projections;
}
