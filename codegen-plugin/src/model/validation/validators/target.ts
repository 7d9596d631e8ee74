// Target: every relationship must point at an existing shape of the right kind (members
// cannot target operations, errors must be @error structures, identifiers must be strings,
// ...), never at a trait definition or (except as a mixin) at a mixin. Deprecated targets
// produce DeprecatedShape warnings.
import type { ValidationEvent } from "../../events.js";
import type { Model } from "../../model.js";
import { isNodeObject } from "../../node-value.js";
import type { AnyShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { describeShape, shapeEvent } from "../event-builder.js";
import { declaredRelationships, type DeclaredKind, type DeclaredRelationship } from "../indexes/relationships.js";
import { boundedLevenshtein } from "../levenshtein.js";
import type { Validator } from "../validator.js";

const ID = "Target";
const TRAIT = "smithy.api#trait";
const MIXIN = "smithy.api#mixin";
const ERROR = "smithy.api#error";
const DEPRECATED = "smithy.api#deprecated";
const INVALID_MEMBER_TARGETS = new Set(["service", "resource", "operation", "member"]);
/** Relationships that point away from the shape (members pointing at their container do not). */
const INVERTED: ReadonlySet<DeclaredKind> = new Set(["MEMBER_CONTAINER"]);

const DEPRECATION_LABELS: Partial<Record<DeclaredKind, string>> = {
  MEMBER_TARGET: "Member targets a deprecated shape",
  RESOURCE: "Binds a deprecated resource",
  OPERATION: "Binds a deprecated operation",
  IDENTIFIER: "Resource identifier targets a deprecated shape",
  PROPERTY: "Resource property targets a deprecated shape",
  INPUT: "Operation input targets a deprecated shape",
  OUTPUT: "Operation output targets a deprecated shape",
  ERROR: "Operation error targets a deprecated shape",
  MIXIN: "Applies a deprecated mixin",
};

export const targetValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const shape of ctx.model.allShapes()) {
      for (const rel of declaredRelationships(ctx.model, shape)) {
        if (rel.target) yield* checkTarget(ctx.model, shape, rel.target, rel);
        else yield unresolved(ctx.model, shape, rel);
      }
    }
  },
};

function error(shape: AnyShape, message: string, idPart?: string): ValidationEvent {
  return shapeEvent(idPart ? `${ID}.${idPart}` : ID, "ERROR", shape, message);
}

function* checkTarget(model: Model, shape: AnyShape, target: AnyShape, rel: DeclaredRelationship): Iterable<ValidationEvent> {
  const kind = rel.kind;
  if (kind !== "MIXIN" && !INVERTED.has(kind)) {
    if (target.traits.has(TRAIT)) {
      yield error(
        shape,
        `Found a ${kind} reference to trait definition \`${rel.targetId}\`. Trait definitions cannot be targeted by ` +
          "members or referenced by shapes in any other context other than applying them as traits.",
      );
      return;
    }
    if (target.type !== "member" && target.traits.has(MIXIN)) {
      yield error(
        shape,
        `Illegal ${kind} reference to mixin \`${rel.targetId}\`; shapes marked with the mixin trait can only be ` +
          "referenced to apply them as a mixin.",
      );
      return;
    }
  }
  const deprecation = deprecatedTarget(shape, target, kind);
  if (deprecation) yield deprecation;
  switch (kind) {
    case "PROPERTY":
    case "MEMBER_TARGET":
      if (INVALID_MEMBER_TARGETS.has(target.type)) {
        yield error(shape, `Members cannot target ${target.type} shapes, but found ${describeShape(target)}`);
      }
      break;
    case "MAP_KEY":
      if (target.type === "member") {
        const keyTarget = model.getTopLevel(target.target);
        if (keyTarget && keyTarget.type !== "string" && keyTarget.type !== "enum") {
          yield error(shape, `Map key member targets ${describeShape(keyTarget)}, but is expected to target a string`);
        }
      }
      break;
    case "RESOURCE":
      if (target.type !== "resource") yield badType(shape, target, kind, "resource");
      break;
    case "OPERATION":
      if (target.type !== "operation") yield badType(shape, target, kind, "operation");
      break;
    case "INPUT":
    case "OUTPUT":
      if (target.type !== "structure") {
        yield badType(shape, target, kind, "structure");
      } else if (target.traits.has(ERROR)) {
        yield error(
          shape,
          `Operation ${kind === "INPUT" ? "input" : "output"} targets an invalid structure \`${target.id}\` that is ` +
            "marked with the `error` trait.",
        );
      }
      break;
    case "ERROR":
      if (target.type !== "structure") {
        yield badType(shape, target, kind, "structure");
      } else if (!target.traits.has(ERROR)) {
        yield error(shape, `\`${target.id}\` cannot be bound as an error because it is not marked with the \`error\` trait.`);
      }
      break;
    case "IDENTIFIER":
      if (target.type !== "string" && target.type !== "enum") yield badType(shape, target, kind, "string");
      break;
    case "CREATE":
    case "READ":
    case "UPDATE":
    case "DELETE":
    case "LIST":
      if (target.type !== "operation") {
        yield error(
          shape,
          `Resource ${kind.toLowerCase()} lifecycle operation must target an operation, but found ${describeShape(target)}`,
        );
      }
      break;
    case "MIXIN":
      if (!target.traits.has(MIXIN)) {
        yield error(shape, `Attempted to use ${target.id} as a mixin, but it is not marked with the mixin trait`);
      }
      break;
    default:
      break;
  }
}

function deprecatedTarget(shape: AnyShape, target: AnyShape, kind: DeclaredKind): ValidationEvent | undefined {
  const trait = target.traits.get(DEPRECATED);
  const label = DEPRECATION_LABELS[kind];
  if (trait === undefined || label === undefined) return undefined;
  let message = `${label}, ${target.id}`;
  if (isNodeObject(trait)) {
    if (typeof trait["message"] === "string") message += `. ${trait["message"]}`;
    if (typeof trait["since"] === "string") message += ` (since ${trait["since"]})`;
  }
  return shapeEvent(`DeprecatedShape.${target.id}`, "WARNING", shape, message);
}

function badType(shape: AnyShape, target: AnyShape, kind: DeclaredKind, expected: string): ValidationEvent {
  return error(
    shape,
    `${shape.type} shape \`${kind.toLowerCase()}\` relationships must target a ${expected} shape, but found ${describeShape(target)}`,
  );
}

function unresolved(model: Model, shape: AnyShape, rel: DeclaredRelationship): ValidationEvent {
  const suggestions = suggest(model, rel.targetId);
  const hint = suggestions.length > 0 ? `. Did you mean ${suggestions.join(", ")}?` : "";
  if (rel.kind === "MEMBER_TARGET") {
    return error(shape, `member shape targets an unresolved shape \`${rel.targetId}\`${hint}`, "UnresolvedShape");
  }
  const name = rel.kind.toLowerCase();
  const article = "AEIOU".includes(rel.kind.charAt(0)) ? "an" : "a";
  return error(
    shape,
    `${shape.type} shape has ${article} \`${name}\` relationship to an unresolved shape \`${rel.targetId}\`${hint}`,
    "UnresolvedShape",
  );
}

/** The closest existing shape ids (edit distance at most 2), sorted. */
function suggest(model: Model, id: string): string[] {
  let best = Number.MAX_SAFE_INTEGER;
  let found: string[] = [];
  for (const shape of model.allShapes()) {
    const d = boundedLevenshtein(id, shape.id, 2);
    if (d < 0) continue;
    if (d < best) {
      best = d;
      found = [shape.id];
    } else if (d === best) {
      found.push(shape.id);
    }
  }
  return [...new Set(found)].sort();
}
