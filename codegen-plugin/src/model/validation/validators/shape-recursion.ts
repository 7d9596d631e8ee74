// ShapeRecursion: lists and maps may only recurse through a structure or union; structures
// may not recurse through required members only; a union must have some way to end.
import type { ValidationEvent } from "../../events.js";
import type { Model } from "../../model.js";
import type { AnyShape, MemberShape, Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "ShapeRecursion";
const REQUIRED = "smithy.api#required";
/** Recursion searches give up on paths longer than this (nobody writes such models). */
const MAX_PATH = 64;

type Step = (model: Model, shape: AnyShape) => Iterable<AnyShape>;

/** Containers to members, members to targets: walks that never pass through a structure or union. */
const collectionStep: Step = function* (model, shape) {
  if (shape.type === "member") {
    const target = model.getTopLevel(shape.target);
    if (target) yield target;
  } else if (shape.type !== "structure" && shape.type !== "union") {
    yield* shape.members.values();
  }
};

/** Structures to their required members, members to targets. */
const requiredStep: Step = function* (model, shape) {
  if (shape.type === "member") {
    const target = model.getTopLevel(shape.target);
    if (target) yield target;
  } else if (shape.type === "structure") {
    for (const member of shape.members.values()) if (member.traits.has(REQUIRED)) yield member;
  }
};

export const shapeRecursionValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const model = ctx.model;
    for (const shape of model.shapes()) {
      if (shape.type === "list" || shape.type === "set" || shape.type === "map") {
        for (const path of cycles(model, shape, collectionStep)) {
          yield shapeEvent(
            ID,
            "ERROR",
            shape,
            `Found invalid shape recursion: ${path.join(" > ")}. A recursive list, set, or map shape is only valid if ` +
              "an intermediate reference is through a union or structure.",
          );
        }
      } else if (shape.type === "structure") {
        for (const path of cycles(model, shape, requiredStep)) {
          yield shapeEvent(
            ID,
            "ERROR",
            shape,
            `Found invalid shape recursion: ${path.join(" > ")}. A structure cannot be mutually recursive through all ` +
              "required members.",
          );
        }
      }
    }
    for (const union of model.shapesOfType("union")) {
      if (union.members.size > 0 && !terminates(model, union, new Set())) {
        yield shapeEvent(ID, "ERROR", union, "It is impossible to create instances of this recursive union");
      }
    }
  },
};

/** Every simple path leading from `start` back to `start`, as the ids after `start`. */
function cycles(model: Model, start: Shape, step: Step): string[][] {
  const found: string[][] = [];
  const path: string[] = [];
  const onPath = new Set<string>();
  // Bounds the work on pathological graphs (many paths between the same shapes).
  let budget = 100_000;
  const visit = (shape: AnyShape): void => {
    if (path.length > MAX_PATH || --budget < 0) return;
    for (const next of step(model, shape)) {
      if (next.id === start.id) {
        found.push([...path, next.id]);
        continue;
      }
      if (onPath.has(next.id)) continue;
      onPath.add(next.id);
      path.push(next.id);
      visit(next);
      path.pop();
      onPath.delete(next.id);
    }
  };
  visit(start);
  return found;
}

/** Whether some finite value of the shape exists, given members already being explored. */
function terminates(model: Model, shape: Shape, visited: Set<MemberShape>): boolean {
  if (shape.type === "union") {
    for (const member of shape.members.values()) if (memberTerminates(model, member, visited)) return true;
    return false;
  }
  if (shape.type === "structure") {
    const members = [...shape.members.values()];
    if (members.length === 0 || members.some((m) => !m.traits.has(REQUIRED))) return true;
    return members.some((m) => memberTerminates(model, m, visited));
  }
  return true;
}

function memberTerminates(model: Model, member: MemberShape, visited: Set<MemberShape>): boolean {
  if (visited.has(member)) return false;
  visited.add(member);
  const target = model.getTopLevel(member.target);
  return target === undefined || terminates(model, target, visited);
}
