// PaginatedTrait: the members @paginated names must exist (inputToken and pageSize directly
// in the input; outputToken and items as paths into the output), be optional where it
// matters, and target suitable types. Checked on the operation alone, then merged with each
// enclosing service's @paginated defaults.
import type { Severity, ValidationEvent } from "../../events.js";
import { isNodeObject, type NodeObject } from "../../node-value.js";
import type { MemberShape, Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "PaginatedTrait";
const PAGINATED = "smithy.api#paginated";

type Property = "inputToken" | "pageSize" | "outputToken" | "items";

interface PropertyRules {
  readonly name: Property;
  /** MUST: required is an error; SHOULD: required is a warning/danger; MAY: anything goes. */
  readonly optionality: "MUST" | "SHOULD" | "MAY";
  /** Must be configured (on the operation or the service). */
  readonly required: boolean;
  readonly validTargets: readonly string[];
  readonly dangerTargets: readonly string[];
  /** Whether the value is a dotted path into the output. */
  readonly output: boolean;
}

const RULES: readonly PropertyRules[] = [
  { name: "inputToken", optionality: "MUST", required: true, validTargets: ["string", "map"], dangerTargets: ["map"], output: false },
  {
    name: "pageSize",
    optionality: "SHOULD",
    required: false,
    validTargets: ["byte", "integer", "long", "short"],
    dangerTargets: ["byte", "long", "short"],
    output: false,
  },
  { name: "outputToken", optionality: "SHOULD", required: true, validTargets: ["string", "map"], dangerTargets: ["map"], output: true },
  { name: "items", optionality: "MAY", required: false, validTargets: ["list", "map"], dangerTargets: [], output: true },
];

export const paginatedTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const operation of ctx.shapesWithTrait(PAGINATED)) {
      if (operation.type !== "operation") continue;
      const trait = operation.traits.get(PAGINATED);
      if (!isNodeObject(trait)) continue;
      const events = RULES.flatMap((rules) => check(ctx, undefined, operation, trait, rules));
      yield* events;
      if (events.length > 0) continue;
      for (const service of ctx.model.shapesOfType("service")) {
        if (!ctx.topDown.contained(service.id).operations.includes(operation)) continue;
        const serviceTrait = service.traits.get(PAGINATED);
        const merged = isNodeObject(serviceTrait) ? { ...serviceTrait, ...trait } : trait;
        for (const rules of RULES) yield* check(ctx, service, operation, merged, rules);
      }
    }
  },
};

function check(
  ctx: ValidationContext,
  service: Shape | undefined,
  operation: Shape,
  trait: NodeObject,
  rules: PropertyRules,
): ValidationEvent[] {
  const prefix = service ? `When bound within the \`${service.id}\` service, ` : "";
  const error = (message: string, severity: Severity = "ERROR", idParts: string[] = []): ValidationEvent =>
    shapeEvent([ID, ...idParts].join("."), severity, operation, prefix + message);
  const path = trait[rules.name];
  if (typeof path !== "string") {
    return service && rules.required ? [error(`paginated trait \`${rules.name}\` is not configured`)] : [];
  }
  if (!rules.output && path.includes(".")) return [error(`paginated trait \`${rules.name}\` does not allow path values`)];
  const member = rules.output ? resolvePath(ctx, ctx.outputOf(operation), path) : ctx.inputOf(operation)?.members.get(path);
  if (!member) return [error(`paginated trait \`${rules.name}\` targets a member \`${path}\` that does not exist`)];
  const events: ValidationEvent[] = [];
  if (member.traits.has("smithy.api#required")) {
    if (rules.optionality === "MUST") {
      events.push(error(`paginated trait \`${rules.name}\` member \`${member.memberName}\` must not be required`));
    } else if (rules.optionality === "SHOULD") {
      events.push(
        error(
          `paginated trait \`${rules.name}\` member \`${member.memberName}\` should not be required`,
          rules.name === "pageSize" ? "WARNING" : "DANGER",
          ["ShouldNotBeRequired", rules.name],
        ),
      );
    }
  }
  const target = ctx.model.getTopLevel(member.target);
  if (target) {
    if (!rules.validTargets.includes(target.type)) {
      events.push(
        error(
          `paginated trait \`${rules.name}\` member \`${member.memberName}\` targets a ${target.type} shape, but must ` +
            `target one of the following: [${tickedList(rules.validTargets)}]`,
        ),
      );
    }
    if (rules.dangerTargets.includes(target.type)) {
      const preferred = rules.validTargets.filter((t) => !rules.dangerTargets.includes(t));
      events.push(
        error(
          `paginated trait \`${rules.name}\` member \`${member.memberName}\` targets a ${target.type} shape, but this is ` +
            `not recommended. One of [${tickedList(preferred)}] SHOULD be targeted.`,
          "DANGER",
          ["WrongShapeType", rules.name],
        ),
      );
    }
  }
  if (rules.output && path.indexOf(".") !== path.lastIndexOf(".")) {
    events.push(
      error(
        `paginated trait \`${rules.name}\` contains a path with more than two parts, which can make your API cumbersome to use`,
        "WARNING",
        ["DeeplyNested", rules.name],
      ),
    );
  }
  return events;
}

/** Follows a dotted member path through structures; undefined when any part is missing. */
function resolvePath(ctx: ValidationContext, start: Shape | undefined, path: string): MemberShape | undefined {
  let container = start;
  let member: MemberShape | undefined;
  for (const name of path.split(".")) {
    member = container?.members.get(name);
    if (!member) return undefined;
    const target = ctx.model.getTopLevel(member.target);
    container = target?.type === "structure" ? target : undefined;
  }
  return member;
}
