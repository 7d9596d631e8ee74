// What every validator of one validation run shares: the model, the options, and indexes
// computed at most once per run (shapes by applied trait, service/resource closures, ...).
// Validators ask the context instead of walking the whole model again, which keeps a run
// linear in the size of the model.
import { shapeClosure } from "../closure.js";
import type { Model } from "../model.js";
import { neighborIndex, type NeighborIndex } from "../neighbors.js";
import { parseSelector, type Selector } from "../selector/index.js";
import type { AnyShape, MemberShape, Shape } from "../shape.js";
import { declaredRelationships, type DeclaredRelationship } from "./indexes/relationships.js";
import { TopDownIndex } from "./indexes/top-down.js";
import type { ValidationOptions } from "./validator.js";

const TRAIT = "smithy.api#trait";
const UNIT = "smithy.api#Unit";
const NONE: readonly never[] = Object.freeze([]);

export class ValidationContext {
  readonly model: Model;
  readonly options: ValidationOptions;
  #byTrait: Map<string, AnyShape[]> | undefined;
  #topDown: TopDownIndex | undefined;
  readonly #memo = new Map<string, unknown>();
  readonly #selectors = new Map<string, Selector | undefined>();

  constructor(model: Model, options: ValidationOptions) {
    this.model = model;
    this.options = options;
  }

  get neighbors(): NeighborIndex {
    return neighborIndex(this.model);
  }

  /** Shapes (members included) that have a trait, in model order. */
  shapesWithTrait(traitId: string): readonly AnyShape[] {
    if (!this.#byTrait) {
      const byTrait = new Map<string, AnyShape[]>();
      for (const shape of this.model.allShapes()) {
        for (const id of shape.traits.keys()) {
          const list = byTrait.get(id);
          if (list) list.push(shape);
          else byTrait.set(id, [shape]);
        }
      }
      this.#byTrait = byTrait;
    }
    return this.#byTrait.get(traitId) ?? NONE;
  }

  /** Ids of every trait applied somewhere in the model. */
  appliedTraits(): Iterable<string> {
    this.shapesWithTrait(TRAIT);
    return this.#byTrait!.keys();
  }

  /** Trait definitions (shapes marked with @trait). */
  traitDefinitions(): readonly AnyShape[] {
    return this.shapesWithTrait(TRAIT);
  }

  /** Declared relationships pointing at a shape (resolved ones only), with Smithy's kinds. */
  reverseRelationships(id: string): readonly DeclaredRelationship[] {
    const index = this.memo("reverseRelationships", () => {
      const reverse = new Map<string, DeclaredRelationship[]>();
      for (const shape of this.model.allShapes()) {
        for (const rel of declaredRelationships(this.model, shape)) {
          if (!rel.target) continue;
          const list = reverse.get(rel.targetId);
          if (list) list.push(rel);
          else reverse.set(rel.targetId, [rel]);
        }
      }
      return reverse;
    });
    return index.get(id) ?? NONE;
  }

  /** The closure of a service (members included), computed once per run and shared by validators. */
  serviceClosure(serviceId: string): ReturnType<typeof shapeClosure> {
    const closures = this.memo("serviceClosures", () => new Map<string, ReturnType<typeof shapeClosure>>());
    let closure = closures.get(serviceId);
    if (!closure) closures.set(serviceId, (closure = shapeClosure(this.model, serviceId)));
    return closure;
  }

  get topDown(): TopDownIndex {
    this.#topDown ??= new TopDownIndex(this.model);
    return this.#topDown;
  }

  /** A top-level shape of the given type, or undefined. */
  shapeOfType(id: string | undefined, type: Shape["type"]): Shape | undefined {
    if (id === undefined) return undefined;
    const shape = this.model.getTopLevel(id);
    return shape?.type === type ? shape : undefined;
  }

  /** The operation's input structure; undefined for Unit or anything that is not a structure. */
  inputOf(operation: Shape): Shape | undefined {
    return operation.input === UNIT ? undefined : this.shapeOfType(operation.input, "structure");
  }

  outputOf(operation: Shape): Shape | undefined {
    return operation.output === UNIT ? undefined : this.shapeOfType(operation.output, "structure");
  }

  /** Members of the operation's input (empty for Unit). */
  inputMembers(operation: Shape): Iterable<MemberShape> {
    return this.inputOf(operation)?.members.values() ?? NONE;
  }

  outputMembers(operation: Shape): Iterable<MemberShape> {
    return this.outputOf(operation)?.members.values() ?? NONE;
  }

  /** The shape a member targets (undefined when unresolved), or the shape itself. */
  target(shape: AnyShape): Shape | undefined {
    return this.model.resolveTarget(shape);
  }

  /** A parsed selector (cached per text); undefined when the text is not a valid selector. */
  selector(text: string): Selector | undefined {
    if (this.#selectors.has(text)) return this.#selectors.get(text);
    let selector: Selector | undefined;
    try {
      selector = parseSelector(text);
    } catch {
      selector = undefined;
    }
    this.#selectors.set(text, selector);
    return selector;
  }

  /** Computes a value once per run; validators use it for indexes of their own that others share. */
  memo<T>(key: string, compute: () => T): T {
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }
}
