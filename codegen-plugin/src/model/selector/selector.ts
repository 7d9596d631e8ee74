// The public face of the selector engine: parse once, evaluate against any number of models.
import type { SelectorSequence } from "./ast.js";
import {
  compileSelector,
  EvaluationContext,
  evaluateAll,
  newRun,
  yieldsAny,
  type CompiledSelector,
  type EvaluationRun,
} from "./evaluator.js";
import { parseSelectorSyntax } from "./parser.js";
import { findPathProblem } from "./path-check.js";
import { SelectorSyntaxError } from "./syntax-error.js";
import { selectorWarnings, type SelectorWarning } from "./warnings.js";
import type { Model } from "../model.js";
import type { AnyShape } from "../shape.js";

export interface SelectorMatch {
  readonly shape: AnyShape;
  /** The variables bound when the shape was yielded (for message templates). */
  readonly vars: ReadonlyMap<string, readonly AnyShape[]>;
}

export interface Selector {
  /** The selector text as written. */
  readonly text: string;
  /** The syntax tree. */
  readonly ast: SelectorSequence;
  /**
   * Whether the selector only filters (every shape it yields for a starting shape is that
   * shape). `matches` is then answered from the shape alone.
   */
  readonly isFilter: boolean;
  /** Legal but suspicious parts: unknown functions or relationships, deprecated `:each`. */
  readonly warnings: readonly SelectorWarning[];
  /**
   * The matching shapes, members included, each once. Order: starting shapes in model order
   * (top-level shapes, each followed by its members), each yielding in evaluation order.
   */
  select(model: Model): AnyShape[];
  /** Whether `shape` is among `select(model)`. */
  matches(model: Model, shape: AnyShape): boolean;
  /**
   * Every yield with the variables bound at that moment, in evaluation order. A shape can
   * appear more than once when it is reached along different paths.
   */
  selectMatches(model: Model): SelectorMatch[];
}

/** Parses a selector; throws SelectorSyntaxError (with offset, line and column) when invalid. */
export function parseSelector(text: string): Selector {
  const ast = parseSelectorSyntax(text);
  const problem = findPathProblem(ast);
  if (problem) throw new SelectorSyntaxError(problem.reason, text, problem.offset);
  return new CompiledSelectorImpl(text, ast, compileSelector(ast));
}

class CompiledSelectorImpl implements Selector {
  readonly text: string;
  readonly ast: SelectorSequence;
  readonly warnings: readonly SelectorWarning[];
  readonly #compiled: CompiledSelector;
  /** `:root` results per model: deterministic for a model, so computed once. */
  readonly #roots = new WeakMap<Model, (ReadonlySet<AnyShape> | undefined)[]>();
  /** Full results per model, for `matches` on selectors that are not plain filters. */
  readonly #selected = new WeakMap<Model, ReadonlySet<string>>();

  constructor(text: string, ast: SelectorSequence, compiled: CompiledSelector) {
    this.text = text;
    this.ast = ast;
    this.warnings = selectorWarnings(ast);
    this.#compiled = compiled;
  }

  get isFilter(): boolean {
    return this.#compiled.step.test !== undefined;
  }

  toString(): string {
    return this.text;
  }

  #run(model: Model): EvaluationRun {
    let roots = this.#roots.get(model);
    if (!roots) {
      roots = [];
      this.#roots.set(model, roots);
    }
    return newRun(model, roots);
  }

  select(model: Model): AnyShape[] {
    return [...this.#selectSet(model)];
  }

  #selectSet(model: Model): Set<AnyShape> {
    const found = new Set<AnyShape>();
    evaluateAll(this.#compiled.step, this.#run(model), (_ctx, shape) => {
      found.add(shape);
      return true;
    });
    return found;
  }

  matches(model: Model, shape: AnyShape): boolean {
    const step = this.#compiled.step;
    if (step.test) return yieldsAny(step, new EvaluationContext(this.#run(model)), shape);
    let selected = this.#selected.get(model);
    if (!selected) {
      selected = new Set([...this.#selectSet(model)].map((s) => s.id));
      this.#selected.set(model, selected);
    }
    return selected.has(shape.id);
  }

  selectMatches(model: Model): SelectorMatch[] {
    const out: SelectorMatch[] = [];
    evaluateAll(this.#compiled.step, this.#run(model), (ctx, shape) => {
      out.push({ shape, vars: new Map(ctx.vars) });
      return true;
    });
    return out;
  }
}
