// AuthTrait: @auth on a service or its operations may only name schemes the service supports.
import type { ValidationEvent } from "../../events.js";
import { isNodeArray } from "../../node-value.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { serviceAuthSchemes } from "../indexes/http.js";
import type { Validator } from "../validator.js";

export const authTraitValidator: Validator = {
  id: "AuthTrait",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    if (ctx.shapesWithTrait("smithy.api#auth").length === 0) return;
    for (const service of ctx.model.shapesOfType("service")) {
      const supported = new Set(serviceAuthSchemes(ctx, service));
      for (const shape of [service, ...ctx.topDown.contained(service.id).operations]) {
        const event = check(shape, service, supported);
        if (event) yield event;
      }
    }
  },
};

function check(shape: Shape, service: Shape, supported: ReadonlySet<string>): ValidationEvent | undefined {
  const auth = shape.traits.get("smithy.api#auth");
  if (!isNodeArray(auth)) return undefined;
  const unsupported = [...new Set(auth.filter((a): a is string => typeof a === "string" && !supported.has(a)))].sort();
  if (unsupported.length === 0) return undefined;
  return shapeEvent(
    "AuthTrait",
    "DANGER",
    shape,
    `auth trait applies authentication that is not configured on the service shape, \`${service.id}\`: [${unsupported.join(", ")}]`,
  );
}
