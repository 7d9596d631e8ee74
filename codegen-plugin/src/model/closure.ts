// The closure of a shape: everything reachable from it by following relationships (members,
// member targets, operation input/output/errors, resource bindings, mixins, ...). Validators
// use it to scope checks to a service; generators use it to decide which shapes to emit.
import type { Model } from "./model.js";
import { neighborIndex } from "./neighbors.js";
import type { AnyShape } from "./shape.js";

export interface ShapeClosureOptions {
  /**
   * Also follow trait relationships, so the shapes defining every applied trait (and
   * everything they reach) are part of the closure. Off by default: a service's closure is
   * the shapes it uses, not the definitions of the traits it is annotated with.
   */
  readonly includeTraits?: boolean;
}

/**
 * Every shape reachable from `rootId`, the root included, keyed by shape id (members
 * included). Insertion order is a depth-first pre-order walk that follows each shape's
 * relationships in their defined order, so it is stable for a given model.
 * A root that is not in the model gives an empty closure.
 */
export function shapeClosure(model: Model, rootId: string, options: ShapeClosureOptions = {}): ReadonlyMap<string, AnyShape> {
  const closure = new Map<string, AnyShape>();
  const root = model.getShape(rootId);
  if (!root) return closure;
  const index = neighborIndex(model);
  const edges = options.includeTraits === true
    ? (s: AnyShape) => index.neighborsWithTraits(s)
    : (s: AnyShape) => index.neighbors(s);

  // An explicit stack instead of recursion: models can nest deeply enough to exhaust the
  // call stack. Neighbors are pushed in reverse so they are visited in their defined order.
  const stack: AnyShape[] = [root];
  while (stack.length > 0) {
    const shape = stack.pop()!;
    if (closure.has(shape.id)) continue;
    closure.set(shape.id, shape);
    const rels = edges(shape);
    for (let i = rels.length - 1; i >= 0; i--) {
      const next = rels[i]!.neighbor;
      if (!closure.has(next.id)) stack.push(next);
    }
  }
  return closure;
}
