// removeDeprecatedShapes: removes shapes and members whose `@deprecated(since: ...)` is before
// `relativeDate` (an ISO 8601 calendar date) or `relativeVersion` (a SemVer version). A `since`
// that is neither a date nor a version, or no `since` at all, keeps the shape.
import { isNodeObject } from "../../model/node-value.js";
import type { AnyShape } from "../../model/shape.js";
import { removeShapes } from "../model-edit/remove-shapes.js";
import type { TransformDefinition } from "./transform.js";

const DATE = /^([0-9]{4})-?(1[0-2]|0[1-9])-?(3[01]|0[1-9]|[12][0-9])$/;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export const removeDeprecatedShapes: TransformDefinition = {
  name: "removeDeprecatedShapes",
  prepare(args) {
    const relativeDate = args.optionalString("relativeDate");
    if (relativeDate !== undefined && !DATE.test(relativeDate)) {
      throw args.error("relativeDate", `is "${relativeDate}", which is not an ISO 8601 calendar date (YYYY-MM-DD)`);
    }
    const relativeVersion = args.optionalString("relativeVersion");
    if (relativeVersion !== undefined && !SEMVER.test(relativeVersion)) {
      throw args.error("relativeVersion", `is "${relativeVersion}", which is not a SemVer version (such as 1.2.0)`);
    }
    const isOutdated = (since: string): boolean =>
      (relativeDate !== undefined && DATE.test(since) && since.replaceAll("-", "") < relativeDate.replaceAll("-", "")) ||
      (relativeVersion !== undefined && SEMVER.test(since) && compareSemVer(since, relativeVersion) < 0);
    return (model) => {
      const remove: string[] = [];
      const check = (s: AnyShape): void => {
        const trait = s.traits.get("smithy.api#deprecated");
        if (isNodeObject(trait) && typeof trait["since"] === "string" && isOutdated(trait["since"])) remove.push(s.id);
      };
      for (const shape of model.shapes()) {
        check(shape);
        for (const m of shape.members.values()) check(m);
      }
      return removeShapes(model, remove);
    };
  },
};

/** SemVer precedence: numeric core, then a pre-release sorts before its release. Build metadata is ignored. */
export function compareSemVer(a: string, b: string): number {
  const parse = (v: string): { core: number[]; pre: string[] } => {
    const noBuild = v.split("+")[0]!;
    const dash = noBuild.indexOf("-");
    const core = (dash < 0 ? noBuild : noBuild.slice(0, dash)).split(".").map(Number);
    return { core, pre: dash < 0 ? [] : noBuild.slice(dash + 1).split(".") };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i]! - y.core[i]!;
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i]!;
    const q = y.pre[i]!;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return x.pre.length - y.pre.length;
}
