// Which shapes each selector shape-type keyword matches, and a per-model index of shapes by
// keyword and by applied trait so selectors can start from the few shapes that can match
// instead of the whole model.
import type { ShapeTypeKeyword } from "./ast.js";
import type { Model } from "../model.js";
import type { AnyShape, ShapeType } from "../shape.js";

const NUMBER: ReadonlySet<ShapeType> = new Set<ShapeType>([
  "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum",
]);
const SIMPLE: ReadonlySet<ShapeType> = new Set<ShapeType>([
  "blob", "boolean", "string", "timestamp", "byte", "short", "integer", "long", "float", "document",
  "double", "bigDecimal", "bigInteger", "enum", "intEnum",
]);
const AGGREGATE: ReadonlySet<ShapeType> = new Set<ShapeType>(["list", "set", "map", "structure", "union"]);
const SERVICE: ReadonlySet<ShapeType> = new Set<ShapeType>(["service", "resource", "operation"]);

/**
 * Whether a shape type matches a keyword. Specialisations match their general type: an
 * enum is a string, an intEnum an integer (and a number), and list and set match each other.
 */
export function typeMatches(keyword: ShapeTypeKeyword, type: ShapeType): boolean {
  switch (keyword) {
    case "number":
      return NUMBER.has(type);
    case "simpleType":
      return SIMPLE.has(type);
    case "aggregateType":
      return AGGREGATE.has(type);
    case "serviceType":
      return SERVICE.has(type);
    case "dataType":
      return SIMPLE.has(type) || AGGREGATE.has(type);
    case "collection":
    case "list":
    case "set":
      return type === "list" || type === "set";
    case "string":
      return type === "string" || type === "enum";
    case "integer":
      return type === "integer" || type === "intEnum";
    default:
      return keyword === type;
  }
}

export interface ShapeLookup {
  /** Every shape, members included, in model order. */
  readonly all: readonly AnyShape[];
  byKeyword(keyword: ShapeTypeKeyword): readonly AnyShape[];
  withTrait(traitId: string): readonly AnyShape[];
}

class ModelShapeLookup implements ShapeLookup {
  readonly all: readonly AnyShape[];
  readonly #byKeyword = new Map<ShapeTypeKeyword, readonly AnyShape[]>();
  #byTrait: Map<string, AnyShape[]> | undefined;

  constructor(model: Model) {
    this.all = [...model.allShapes()];
  }

  byKeyword(keyword: ShapeTypeKeyword): readonly AnyShape[] {
    let shapes = this.#byKeyword.get(keyword);
    if (!shapes) {
      shapes = this.all.filter((s) => typeMatches(keyword, s.type));
      this.#byKeyword.set(keyword, shapes);
    }
    return shapes;
  }

  withTrait(traitId: string): readonly AnyShape[] {
    if (!this.#byTrait) {
      const byTrait = new Map<string, AnyShape[]>();
      for (const s of this.all) {
        for (const id of s.traits.keys()) {
          const list = byTrait.get(id);
          if (list) list.push(s);
          else byTrait.set(id, [s]);
        }
      }
      this.#byTrait = byTrait;
    }
    return this.#byTrait.get(traitId) ?? [];
  }
}

const LOOKUPS = new WeakMap<Model, ShapeLookup>();

export function shapeLookup(model: Model): ShapeLookup {
  let lookup = LOOKUPS.get(model);
  if (!lookup) {
    lookup = new ModelShapeLookup(model);
    LOOKUPS.set(model, lookup);
  }
  return lookup;
}
