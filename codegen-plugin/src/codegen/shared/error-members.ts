// How modeled error structures map onto the runtime's ServiceError, for the client and server
// modes alike.
import type { Model } from "../../model/model.js";
import type { Shape } from "../../model/shape.js";

/** ServiceError members a modeled error's own members cannot shadow (they stay in `$fields`). */
export const ERROR_CLASS_MEMBERS: ReadonlySet<string> = new Set([
  "name", "message", "stack", "cause", "code", "fault", "kind", "$metadata", "$fields",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** Member names an error's message is read from, in this order (the runtime reads the same). */
const MESSAGE_MEMBERS = ["message", "Message", "errorMessage", "ErrorMessage"];

/** The string member an error structure's message comes from, if it has one. */
export function errorMessageMember(model: Model, shape: Shape): string | undefined {
  return MESSAGE_MEMBERS.find((name) => {
    const member = shape.members.get(name);
    if (member === undefined) return false;
    if (member.target === "smithy.api#String") return true;
    const target = model.getTopLevel(member.target);
    return target?.type === "string" || target?.type === "enum";
  });
}
