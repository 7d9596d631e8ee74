// The relationship graph of a model: which shapes a shape points at (its neighbors), by
// relationship kind, and the reverse edges. Selectors, closures and validators walk it.
//
// Relationships are computed once per model and cached (a WeakMap keyed by the Model), so
// repeated walks of the same model share the work. Only edges to shapes that exist in the
// model are recorded: a dangling reference is a validation error reported elsewhere, not an
// edge anyone can walk.
import type { Model } from "./model.js";
import type { AnyShape, Shape } from "./shape.js";

const UNIT = "smithy.api#Unit";

/** Every kind of edge between two shapes. */
export type RelationshipKind =
  // service and resource bindings
  | "operation"
  | "resource"
  | "collectionOperation"
  | "create"
  | "read"
  | "update"
  | "delete"
  | "list"
  | "put"
  // resource data
  | "identifier"
  | "property"
  // operation (and service errors)
  | "input"
  | "output"
  | "error"
  // aggregate shape -> its member (structure, union, list, set, map, enum, intEnum)
  | "member"
  // member -> the shape it targets (has no selector label)
  | "memberTarget"
  // shape -> each mixin it uses (not for members)
  | "mixin"
  // shape -> the shape defining each trait applied to it (only walked on request)
  | "trait";

export interface Relationship {
  readonly kind: RelationshipKind;
  /** The shape the edge starts from. */
  readonly shape: AnyShape;
  /** The shape the edge points at. */
  readonly neighbor: AnyShape;
}

/** The name a selector uses for a relationship kind (`-[input]->`); member targets have none. */
export function selectorLabel(kind: RelationshipKind): string | undefined {
  return kind === "memberTarget" ? undefined : kind;
}

/**
 * Kinds that bind an operation to a resource instance. The deprecated selector relationship
 * `instanceOperation` means any of these.
 */
export const INSTANCE_OPERATION_KINDS: ReadonlySet<RelationshipKind> = new Set<RelationshipKind>([
  "operation",
  "put",
  "read",
  "update",
  "delete",
]);

/** Kinds that bind an operation to a service or resource. */
export const OPERATION_BINDING_KINDS: ReadonlySet<RelationshipKind> = new Set<RelationshipKind>([
  "operation",
  "collectionOperation",
  "create",
  "read",
  "update",
  "delete",
  "list",
  "put",
]);

export interface NeighborIndex {
  /** Edges leaving a shape, trait edges excluded, in a fixed order (mixins first). */
  neighbors(shape: AnyShape): readonly Relationship[];
  /** Edges leaving a shape plus one `trait` edge per applied trait whose shape exists. */
  neighborsWithTraits(shape: AnyShape): readonly Relationship[];
  /** Edges pointing at a shape, trait edges excluded. */
  reverse(shape: AnyShape): readonly Relationship[];
  /** Edges pointing at a shape, including `trait` edges (for a trait shape: where it is applied). */
  reverseWithTraits(shape: AnyShape): readonly Relationship[];
  /**
   * The services and resources a resource or operation is bound to (the deprecated `bound`
   * relationship, which is derived from the bindings rather than stored).
   */
  boundTo(shape: AnyShape): readonly AnyShape[];
  /** The resources and operations bound to a service or resource (`bound`, walked backwards). */
  boundChildren(shape: AnyShape): readonly AnyShape[];
}

const NONE: readonly never[] = Object.freeze([]);

class ModelNeighborIndex implements NeighborIndex {
  readonly #model: Model;
  readonly #forward = new Map<string, readonly Relationship[]>();
  readonly #withTraits = new Map<string, readonly Relationship[]>();
  #reverse: Map<string, Relationship[]> | undefined;
  #reverseTraits: Map<string, Relationship[]> | undefined;

  constructor(model: Model) {
    this.#model = model;
  }

  neighbors(shape: AnyShape): readonly Relationship[] {
    let rels = this.#forward.get(shape.id);
    if (rels === undefined) {
      rels = this.#compute(shape);
      this.#forward.set(shape.id, rels);
    }
    return rels;
  }

  neighborsWithTraits(shape: AnyShape): readonly Relationship[] {
    if (shape.traits.size === 0) return this.neighbors(shape);
    let rels = this.#withTraits.get(shape.id);
    if (rels === undefined) {
      const out = [...this.neighbors(shape)];
      for (const traitId of shape.traits.keys()) {
        const traitShape = this.#model.getTopLevel(traitId);
        if (traitShape) out.push({ kind: "trait", shape, neighbor: traitShape });
      }
      rels = out;
      this.#withTraits.set(shape.id, rels);
    }
    return rels;
  }

  reverse(shape: AnyShape): readonly Relationship[] {
    this.#reverse ??= this.#buildReverse();
    return this.#reverse.get(shape.id) ?? NONE;
  }

  reverseWithTraits(shape: AnyShape): readonly Relationship[] {
    this.#reverseTraits ??= this.#buildReverseTraits();
    const traitEdges = this.#reverseTraits.get(shape.id);
    const plain = this.reverse(shape);
    return traitEdges === undefined ? plain : [...plain, ...traitEdges];
  }

  boundTo(shape: AnyShape): readonly AnyShape[] {
    if (shape.type !== "resource" && shape.type !== "operation") return NONE;
    const parents: AnyShape[] = [];
    for (const rel of this.reverse(shape)) {
      const binds = shape.type === "resource" ? rel.kind === "resource" : OPERATION_BINDING_KINDS.has(rel.kind);
      if (binds && !parents.includes(rel.shape)) parents.push(rel.shape);
    }
    return parents;
  }

  boundChildren(shape: AnyShape): readonly AnyShape[] {
    if (shape.type !== "service" && shape.type !== "resource") return NONE;
    const children: AnyShape[] = [];
    for (const rel of this.neighbors(shape)) {
      const binds = rel.kind === "resource" || OPERATION_BINDING_KINDS.has(rel.kind);
      if (binds && !children.includes(rel.neighbor)) children.push(rel.neighbor);
    }
    return children;
  }

  #compute(shape: AnyShape): readonly Relationship[] {
    const out: Relationship[] = [];
    const push = (kind: RelationshipKind, id: string | undefined): void => {
      if (id === undefined) return;
      const neighbor = this.#model.getShape(id);
      if (neighbor) out.push({ kind, shape, neighbor });
    };

    if (shape.type === "member") {
      // Enum members "target" smithy.api#Unit only as a formality; they point nowhere.
      const container = this.#model.getTopLevel(shape.container);
      if (container?.type !== "enum" && container?.type !== "intEnum") push("memberTarget", shape.target);
      return out;
    }

    // Members record the mixin member they came from in `mixins`; only shapes have mixin edges.
    for (const mixin of shape.mixins) push("mixin", mixin);
    switch (shape.type) {
      case "service":
        for (const id of shape.operations) push("operation", id);
        for (const id of shape.resources) push("resource", id);
        for (const id of shape.errors) push("error", id);
        break;
      case "resource":
        this.#resource(shape, push);
        break;
      case "operation":
        if (shape.input !== UNIT) push("input", shape.input);
        if (shape.output !== UNIT) push("output", shape.output);
        for (const id of shape.errors) push("error", id);
        break;
      default:
        for (const member of shape.members.values()) out.push({ kind: "member", shape, neighbor: member });
    }
    return out;
  }

  #resource(shape: Shape, push: (kind: RelationshipKind, id: string | undefined) => void): void {
    for (const id of shape.identifiers.values()) push("identifier", id);
    for (const id of shape.properties.values()) push("property", id);
    for (const id of shape.resources) push("resource", id);
    push("list", shape.list);
    push("create", shape.create);
    push("put", shape.put);
    push("read", shape.read);
    push("update", shape.update);
    push("delete", shape.delete);
    for (const id of shape.operations) push("operation", id);
    for (const id of shape.collectionOperations) push("collectionOperation", id);
  }

  #buildReverse(): Map<string, Relationship[]> {
    const reverse = new Map<string, Relationship[]>();
    for (const shape of this.#model.allShapes()) {
      for (const rel of this.neighbors(shape)) appendTo(reverse, rel.neighbor.id, rel);
    }
    return reverse;
  }

  #buildReverseTraits(): Map<string, Relationship[]> {
    const reverse = new Map<string, Relationship[]>();
    for (const shape of this.#model.allShapes()) {
      for (const traitId of shape.traits.keys()) {
        const traitShape = this.#model.getTopLevel(traitId);
        if (traitShape) appendTo(reverse, traitId, { kind: "trait", shape, neighbor: traitShape });
      }
    }
    return reverse;
  }
}

function appendTo(map: Map<string, Relationship[]>, key: string, rel: Relationship): void {
  const list = map.get(key);
  if (list) list.push(rel);
  else map.set(key, [rel]);
}

const INDEXES = new WeakMap<Model, NeighborIndex>();

/** The (cached) relationship index of a model. */
export function neighborIndex(model: Model): NeighborIndex {
  let index = INDEXES.get(model);
  if (!index) {
    index = new ModelNeighborIndex(model);
    INDEXES.set(model, index);
  }
  return index;
}
