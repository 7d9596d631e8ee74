// Smithy 2.0 structure member optionality ("Structure member optionality" in the spec).
//
// - server ("authoritative") mode: a member is present when it is @required or has a
//   non-null @default; @clientOptional and @input are ignored.
// - client ("non-authoritative") mode: additionally, every member of an @input structure and
//   every @clientOptional member is optional, whatever @required or @default say.
//
// @addedDefault does not make a member optional here: it exists so that tools which already
// published code treating the member as optional can keep doing so, and this generator has
// no such earlier output to stay compatible with. The @default is honoured (clients fill it
// in when deserializing), so the member is always present.
import type { Model } from "../../model/model.js";
import type { MemberShape } from "../../model/shape.js";
import { TRAIT } from "../traits.js";

export type NullabilityMode = "client" | "server";

/** Whether a structure member may be absent (`name?: T | undefined`) in the given mode. */
export function isOptionalMember(model: Model, member: MemberShape, mode: NullabilityMode): boolean {
  if (mode === "client") {
    if (member.traits.has(TRAIT.clientOptional)) return true;
    if (model.getTopLevel(member.container)?.traits.has(TRAIT.input) === true) return true;
  }
  if (member.traits.has(TRAIT.required)) return false;
  const dflt = member.traits.get(TRAIT.default);
  // `@default(null)` explicitly removes a default, so the member stays optional.
  return dflt === undefined || dflt === null;
}
