// An assembled, immutable Smithy model: top-level shapes (prelude included) plus metadata.
// Members are reachable through their containers and by member id via `getShape`.
import type { NodeValue } from "./node-value.js";
import { isPreludeId } from "./shape-id.js";
import type { AnyShape, MemberShape, Shape } from "./shape.js";

export class Model {
  readonly #shapes: ReadonlyMap<string, Shape>;
  readonly metadata: ReadonlyMap<string, NodeValue>;
  #sortedIds: readonly string[] | undefined;

  constructor(shapes: Iterable<Shape>, metadata: ReadonlyMap<string, NodeValue> = new Map()) {
    const map = new Map<string, Shape>();
    for (const s of shapes) map.set(s.id, s);
    this.#shapes = map;
    this.metadata = metadata;
  }

  /** Number of top-level shapes, prelude included. */
  get size(): number {
    return this.#shapes.size;
  }

  /** Looks up a top-level shape or, for "ns#Shape$member", a member. */
  getShape(id: string): AnyShape | undefined {
    const dollar = id.indexOf("$");
    if (dollar < 0) return this.#shapes.get(id);
    return this.#shapes.get(id.slice(0, dollar))?.members.get(id.slice(dollar + 1));
  }

  /** A top-level (non-member) shape. */
  getTopLevel(id: string): Shape | undefined {
    return this.#shapes.get(id);
  }

  getMember(id: string): MemberShape | undefined {
    const s = this.getShape(id);
    return s?.type === "member" ? s : undefined;
  }

  expectShape(id: string): AnyShape {
    const s = this.getShape(id);
    if (!s) throw new Error(`shape not found in model: ${id}`);
    return s;
  }

  has(id: string): boolean {
    return this.getShape(id) !== undefined;
  }

  /** Top-level shapes in insertion order. */
  shapes(): IterableIterator<Shape> {
    return this.#shapes.values();
  }

  /** Top-level shape ids sorted by code point (the order serializers and generators use). */
  sortedIds(): readonly string[] {
    this.#sortedIds ??= [...this.#shapes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.#sortedIds;
  }

  /** Top-level shapes and all their members. */
  *allShapes(): IterableIterator<AnyShape> {
    for (const s of this.#shapes.values()) {
      yield s;
      yield* s.members.values();
    }
  }

  /** Top-level shapes outside the prelude (`smithy.api`). */
  *nonPreludeShapes(): IterableIterator<Shape> {
    for (const s of this.#shapes.values()) if (!isPreludeId(s.id)) yield s;
  }

  /** Shapes of a type, in insertion order. */
  *shapesOfType(type: Shape["type"]): IterableIterator<Shape> {
    for (const s of this.#shapes.values()) if (s.type === type) yield s;
  }

  getTrait(shapeOrId: AnyShape | string, traitId: string): NodeValue | undefined {
    const s = typeof shapeOrId === "string" ? this.getShape(shapeOrId) : shapeOrId;
    return s?.traits.get(traitId);
  }

  hasTrait(shapeOrId: AnyShape | string, traitId: string): boolean {
    const s = typeof shapeOrId === "string" ? this.getShape(shapeOrId) : shapeOrId;
    return s?.traits.has(traitId) ?? false;
  }

  /** The shape a member targets, or the shape itself when it is not a member. */
  resolveTarget(shape: AnyShape): Shape | undefined {
    return shape.type === "member" ? this.#shapes.get(shape.target) : shape;
  }

  /** A new model with some top-level shapes replaced/added and others removed. */
  withChanges(
    changes: { readonly put?: Iterable<Shape>; readonly remove?: Iterable<string>; readonly metadata?: ReadonlyMap<string, NodeValue> },
  ): Model {
    const next = new Map(this.#shapes);
    for (const id of changes.remove ?? []) next.delete(id);
    for (const s of changes.put ?? []) next.set(s.id, s);
    return new Model(next.values(), changes.metadata ?? this.metadata);
  }
}
