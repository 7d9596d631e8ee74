// Compiles a selector syntax tree into a pipeline of steps and evaluates it.
//
// Evaluation streams: each step receives one shape and pushes the shapes it yields straight
// into the next step, so a neighbor traversal never materialises intermediate sets. A
// receiver returns false to stop the producer early; predicates (`:test`, `:not`, `:in`) use
// that to stop at the first yielded shape. Steps that only filter (yield the input shape or
// nothing) also expose a plain `test`, which avoids the push machinery altogether.
import type {
  AttributeExpression,
  FunctionExpression,
  NeighborExpression,
  ScopedAttributeExpression,
  ScopedValue,
  SelectorExpression,
  SelectorSequence,
} from "./ast.js";
import {
  absoluteTraitId,
  type AttributeValue,
  LiteralAttribute,
  ShapeAttribute,
} from "./attribute-values.js";
import { compareAttribute } from "./comparators.js";
import { shapeLookup, typeMatches, type ShapeLookup } from "./shape-types.js";
import type { Model } from "../model.js";
import { INSTANCE_OPERATION_KINDS, neighborIndex, type NeighborIndex, type Relationship } from "../neighbors.js";
import type { AnyShape } from "../shape.js";

/** Shared by every context of one evaluation over one model. */
export interface EvaluationRun {
  readonly model: Model;
  readonly neighbors: NeighborIndex;
  readonly shapes: ShapeLookup;
  /** `:root` results, computed at most once per model. */
  readonly rootResults: (ReadonlySet<AnyShape> | undefined)[];
}

/** Per starting shape: the variables bound so far. */
export class EvaluationContext {
  readonly run: EvaluationRun;
  readonly vars = new Map<string, readonly AnyShape[]>();
  constructor(run: EvaluationRun) {
    this.run = run;
  }
}

/** Receives a yielded shape; returns false to stop the producer. */
export type Receiver = (ctx: EvaluationContext, shape: AnyShape) => boolean;

export interface Step {
  /** Pushes every shape yielded for `shape` into `next`; returns false if `next` stopped. */
  push(ctx: EvaluationContext, shape: AnyShape, next: Receiver): boolean;
  /** Present when the step only filters (yields its input or nothing): the filter itself. */
  readonly test: ((ctx: EvaluationContext, shape: AnyShape) => boolean) | undefined;
  /** Yields the same shapes whatever the input shape (`:root`). */
  readonly independent: boolean;
  /** The only shapes that can produce results when fed to this step, if known. */
  startingShapes(run: EvaluationRun): readonly AnyShape[] | undefined;
  /** For `:in`: whether the step yields this shape, when that is a cheap lookup. */
  readonly contains?: (ctx: EvaluationContext, shape: AnyShape) => boolean;
}

export function newRun(model: Model, rootResults: (ReadonlySet<AnyShape> | undefined)[]): EvaluationRun {
  return { model, neighbors: neighborIndex(model), shapes: shapeLookup(model), rootResults };
}

function filter(
  test: (ctx: EvaluationContext, shape: AnyShape) => boolean,
  startingShapes: (run: EvaluationRun) => readonly AnyShape[] | undefined = () => undefined,
): Step {
  return {
    push: (ctx, shape, next) => (test(ctx, shape) ? next(ctx, shape) : true),
    test,
    independent: false,
    startingShapes,
  };
}

function producer(push: Step["push"], extra: Partial<Pick<Step, "independent" | "contains">> = {}): Step {
  return {
    push,
    test: undefined,
    independent: extra.independent ?? false,
    startingShapes: () => undefined,
    ...(extra.contains ? { contains: extra.contains } : {}),
  };
}

const IDENTITY: Step = filter(() => true);
const NOTHING: Step = filter(() => false);

/** Whether a step yields anything for a shape (stops at the first yielded shape). */
export function yieldsAny(step: Step, ctx: EvaluationContext, shape: AnyShape): boolean {
  if (step.test) return step.test(ctx, shape);
  let found = false;
  step.push(ctx, shape, () => {
    found = true;
    return false;
  });
  return found;
}

/** Every shape a step yields for one input, without duplicates, in yield order. */
function collect(step: Step, ctx: EvaluationContext, shape: AnyShape): AnyShape[] {
  const out = new Set<AnyShape>();
  step.push(ctx, shape, (_c, s) => {
    out.add(s);
    return true;
  });
  return [...out];
}

/** Evaluates a root selector over the whole model, in a context of its own. */
export function evaluateAll(step: Step, run: EvaluationRun, receiver: Receiver): void {
  const starting = step.startingShapes(run) ?? run.shapes.all;
  const ctx = new EvaluationContext(run);
  if (step.independent) {
    // The result does not depend on the input; one evaluation gives all of it.
    if (starting.length > 0) step.push(ctx, starting[0]!, receiver);
    return;
  }
  for (const shape of starting) {
    ctx.vars.clear();
    step.push(ctx, shape, receiver);
  }
}

const MEMBERSHIP_SETS = new WeakMap<readonly AnyShape[], ReadonlySet<AnyShape>>();

function asSet(shapes: readonly AnyShape[]): ReadonlySet<AnyShape> {
  let set = MEMBERSHIP_SETS.get(shapes);
  if (!set) {
    set = new Set(shapes);
    MEMBERSHIP_SETS.set(shapes, set);
  }
  return set;
}

export interface CompiledSelector {
  readonly step: Step;
  /** `:root` subexpressions, evaluated lazily, each at most once per model. */
  readonly roots: readonly Step[];
}

export function compileSelector(sequence: SelectorSequence): CompiledSelector {
  const compiler = new Compiler();
  const step = compiler.sequence(sequence);
  return { step, roots: compiler.roots };
}

class Compiler {
  readonly roots: Step[] = [];

  sequence(seq: SelectorSequence): Step {
    // Consecutive filters merge into one (a plain conjunction of tests), so they run without
    // the push machinery and can start from the smallest candidate set any of them offers.
    const steps: Step[] = [];
    let filters: Step[] = [];
    const flush = (): void => {
      if (filters.length > 0) steps.push(filters.length === 1 ? filters[0]! : allOf(filters));
      filters = [];
    };
    for (const expr of seq.steps) {
      if (expr.kind === "any") continue;
      const step = this.expression(expr);
      if (step.test) {
        filters.push(step);
      } else {
        flush();
        steps.push(step);
      }
    }
    flush();
    if (steps.length === 0) return IDENTITY;
    let result = steps[steps.length - 1]!;
    for (let i = steps.length - 2; i >= 0; i--) result = and(steps[i]!, result);
    return result;
  }

  expression(expr: SelectorExpression): Step {
    switch (expr.kind) {
      case "any":
        return IDENTITY;
      case "shapeType": {
        const keyword = expr.type;
        return filter((_ctx, shape) => typeMatches(keyword, shape.type), (run) => run.shapes.byKeyword(keyword));
      }
      case "attribute":
        return attribute(expr);
      case "scopedAttribute":
        return scopedAttribute(expr);
      case "neighbor":
        return neighbor(expr);
      case "recursiveNeighbor":
        return producer(recursiveNeighbors);
      case "function":
        return this.function(expr);
      case "variableSet": {
        const name = expr.name;
        const inner = this.sequence(expr.selector);
        // Always passes the shape on; binding the variable is the point.
        return filter((ctx, shape) => {
          ctx.vars.set(name, collect(inner, ctx, shape));
          return true;
        });
      }
      case "variableGet": {
        const name = expr.name;
        return producer(
          (ctx, _shape, next) => {
            for (const s of ctx.vars.get(name) ?? []) if (!next(ctx, s)) return false;
            return true;
          },
          { contains: (ctx, shape) => asSet(ctx.vars.get(name) ?? []).has(shape) },
        );
      }
    }
  }

  function(expr: FunctionExpression): Step {
    const args = expr.args.map((a) => this.sequence(a));
    switch (expr.name) {
      case "is":
      case "each": // the function's former name
        return anyOf(args);
      case "test":
        return filter((ctx, shape) => args.some((a) => yieldsAny(a, ctx, shape)));
      case "not": {
        const arg = args[0]!;
        return filter((ctx, shape) => !yieldsAny(arg, ctx, shape));
      }
      case "in":
        return within(args[0]!);
      case "root":
        return this.root(args[0]!);
      case "topdown":
        return topDown(args[0]!, args[1]);
      case "recursive":
        return recursive(args[0]!);
      default:
        // Unknown functions parse (for forward compatibility) and yield nothing.
        return NOTHING;
    }
  }

  root(arg: Step): Step {
    const index = this.roots.length;
    this.roots.push(arg);
    const result = (run: EvaluationRun): ReadonlySet<AnyShape> => {
      let shapes = run.rootResults[index];
      if (!shapes) {
        const found = new Set<AnyShape>();
        evaluateAll(arg, run, (_ctx, s) => {
          found.add(s);
          return true;
        });
        shapes = found;
        run.rootResults[index] = shapes;
      }
      return shapes;
    };
    return producer(
      (ctx, _shape, next) => {
        for (const s of result(ctx.run)) if (!next(ctx, s)) return false;
        return true;
      },
      { independent: true, contains: (ctx, shape) => result(ctx.run).has(shape) },
    );
  }
}

/** Filters in sequence: all must pass, tested in order (variable bindings happen in order). */
function allOf(filters: readonly Step[]): Step {
  const tests = filters.map((f) => f.test!);
  return filter(
    (ctx, shape) => tests.every((t) => t(ctx, shape)),
    (run) => {
      let smallest: readonly AnyShape[] | undefined;
      for (const f of filters) {
        const shapes = f.startingShapes(run);
        if (shapes && (!smallest || shapes.length < smallest.length)) smallest = shapes;
      }
      return smallest;
    },
  );
}

function and(left: Step, right: Step): Step {
  const push: Step["push"] = right.independent
    ? // The right side ignores its input: feed it once if the left side yields anything.
      (ctx, shape, next) => (yieldsAny(left, ctx, shape) ? right.push(ctx, shape, next) : true)
    : (ctx, shape, next) => left.push(ctx, shape, (c, s) => right.push(c, s, next));
  return {
    push,
    test: undefined,
    independent: left.independent && right.independent,
    startingShapes: left.startingShapes,
  };
}

function anyOf(args: readonly Step[]): Step {
  if (args.length === 1) return args[0]!;
  const starting = (run: EvaluationRun): readonly AnyShape[] | undefined => {
    const union = new Set<AnyShape>();
    for (const a of args) {
      const shapes = a.startingShapes(run);
      if (!shapes) return undefined;
      for (const s of shapes) union.add(s);
    }
    // Keep model order, which select() promises.
    return union.size === 0 ? [] : run.shapes.all.filter((s) => union.has(s));
  };
  const tests = args.map((a) => a.test);
  if (tests.every((t) => t !== undefined)) {
    const all = tests as ((ctx: EvaluationContext, shape: AnyShape) => boolean)[];
    return filter((ctx, shape) => all.some((t) => t(ctx, shape)), starting);
  }
  return {
    push: (ctx, shape, next) => args.every((a) => a.push(ctx, shape, next)),
    test: undefined,
    independent: args.every((a) => a.independent),
    startingShapes: starting,
  };
}

function attribute(expr: AttributeExpression): Step {
  const path = expr.path;
  const comparison = expr.comparison;
  const first = path[0];
  const second = path[1];
  // `[trait|name]`: the common existence check, answered from the trait map directly.
  if (!comparison && path.length === 2 && first?.kind === "property" && first.name === "trait" && second?.kind === "property") {
    const traitId = absoluteTraitId(second.name);
    return filter((_ctx, shape) => shape.traits.has(traitId), (run) => run.shapes.withTrait(traitId));
  }
  if (!comparison) {
    return filter((ctx, shape) => new ShapeAttribute(shape, ctx.vars).path(path).present);
  }
  const { comparator, caseInsensitive } = comparison;
  const values = comparison.values.map((v) => new LiteralAttribute(v.text));
  return filter((ctx, shape) => {
    const left = new ShapeAttribute(shape, ctx.vars).path(path);
    return values.some((right) => compareAttribute(comparator, left, right, caseInsensitive));
  });
}

function scopedAttribute(expr: ScopedAttributeExpression): Step {
  const { path, assertions } = expr;
  const resolve = (value: ScopedValue): ((scope: AttributeValue) => AttributeValue) => {
    if (value.kind === "context") {
      const contextPath = value.path;
      return (scope) => scope.path(contextPath);
    }
    const literal = new LiteralAttribute(value.text);
    return () => literal;
  };
  const compiled = assertions.map((a) => ({
    left: resolve(a.left),
    right: a.right.map(resolve),
    comparator: a.comparator,
    caseInsensitive: a.caseInsensitive,
  }));
  return filter((ctx, shape) => {
    const scope = new ShapeAttribute(shape, ctx.vars).path(path);
    if (!scope.present) return false;
    // A projected scope matches when any one of its elements satisfies every assertion.
    return scope.flattened().some((element) =>
      compiled.every((a) => {
        const left = a.left(element);
        return a.right.some((r) => compareAttribute(a.comparator, left, r(element), a.caseInsensitive));
      }),
    );
  });
}

function neighbor(expr: NeighborExpression): Step {
  const forward = expr.direction === "forward";
  if (!expr.relationships) {
    return producer((ctx, shape, next) => {
      const index = ctx.run.neighbors;
      for (const rel of forward ? index.neighbors(shape) : index.reverse(shape)) {
        if (!next(ctx, forward ? rel.neighbor : rel.shape)) return false;
      }
      return true;
    });
  }
  const labels = new Set(expr.relationships);
  // Deprecated, derived relationships: `bound` (the service/resource a resource or operation
  // is bound to) and `instanceOperation` (operations bound to a resource instance).
  const bound = labels.delete("bound");
  const instanceOperation = labels.delete("instanceOperation");
  const withTraits = labels.has("trait");
  const wanted = (rel: Relationship): boolean =>
    (rel.kind !== "memberTarget" && labels.has(rel.kind)) ||
    (instanceOperation && INSTANCE_OPERATION_KINDS.has(rel.kind) && rel.shape.type === "resource");
  return producer((ctx, shape, next) => {
    const index = ctx.run.neighbors;
    const rels = forward
      ? withTraits ? index.neighborsWithTraits(shape) : index.neighbors(shape)
      : withTraits ? index.reverseWithTraits(shape) : index.reverse(shape);
    for (const rel of rels) {
      if (wanted(rel) && !next(ctx, forward ? rel.neighbor : rel.shape)) return false;
    }
    if (bound) {
      for (const s of forward ? index.boundTo(shape) : index.boundChildren(shape)) if (!next(ctx, s)) return false;
    }
    return true;
  });
}

/** `~>`: every shape reachable from the input (depth first, each once), the input excluded. */
function recursiveNeighbors(ctx: EvaluationContext, start: AnyShape, next: Receiver): boolean {
  const index = ctx.run.neighbors;
  const seen = new Set<string>([start.id]);
  const stack: AnyShape[] = [];
  const pushNeighbors = (shape: AnyShape): void => {
    const rels = index.neighbors(shape);
    for (let i = rels.length - 1; i >= 0; i--) stack.push(rels[i]!.neighbor);
  };
  pushNeighbors(start);
  while (stack.length > 0) {
    const shape = stack.pop()!;
    if (seen.has(shape.id)) continue;
    seen.add(shape.id);
    if (!next(ctx, shape)) return false;
    pushNeighbors(shape);
  }
  return true;
}

function within(arg: Step): Step {
  const contains = arg.contains;
  if (contains) return filter(contains);
  return filter((ctx, shape) => {
    let found = false;
    arg.push(ctx, shape, (_c, s) => {
      if (s.id !== shape.id) return true;
      found = true;
      return false;
    });
    return found;
  });
}

/**
 * `:topdown(qualifier, disqualifier?)`: walks down the service/resource/operation hierarchy
 * from the input, yielding shapes while "qualified". The qualifier sets the flag and the
 * disqualifier clears it; bound resources and operations inherit it.
 */
function topDown(qualifier: Step, disqualifier: Step | undefined): Step {
  return producer((ctx, start, next) => {
    if (start.type !== "service" && start.type !== "resource" && start.type !== "operation") return true;
    const index = ctx.run.neighbors;
    const visited = new Set<string>();
    // Explicit stack (pre-order, children in binding order) instead of recursion.
    const stack: { shape: AnyShape; qualified: boolean }[] = [{ shape: start, qualified: false }];
    while (stack.length > 0) {
      const { shape, qualified: inherited } = stack.pop()!;
      if (visited.has(shape.id)) continue;
      visited.add(shape.id);
      let qualified = inherited || yieldsAny(qualifier, ctx, shape);
      if (qualified && disqualifier && yieldsAny(disqualifier, ctx, shape)) qualified = false;
      if (qualified && !next(ctx, shape)) return false;
      const rels = index.neighbors(shape);
      for (let i = rels.length - 1; i >= 0; i--) {
        const rel = rels[i]!;
        if ((rel.kind === "resource" || rel.kind === "operation") && rel.neighbor.id !== shape.id) {
          stack.push({ shape: rel.neighbor, qualified });
        }
      }
    }
    return true;
  });
}

/**
 * `:recursive(selector)`: applies the selector to the input, then to every newly yielded
 * shape, breadth first, yielding each shape once.
 */
function recursive(arg: Step): Step {
  return producer((ctx, start, next) => {
    const seen = new Set<string>();
    const queue: AnyShape[] = [start];
    let stopped = false;
    const receive: Receiver = (c, s) => {
      if (seen.has(s.id)) return true;
      seen.add(s.id);
      if (!next(c, s)) {
        stopped = true;
        return false;
      }
      queue.push(s);
      return true;
    };
    for (let i = 0; i < queue.length; i++) {
      arg.push(ctx, queue[i]!, receive);
      if (stopped) return false;
    }
    return true;
  });
}
