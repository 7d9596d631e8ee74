// Runtime values of attribute paths (`id|name`, `trait|range|min`, `var|x|trait|(keys)`, ...).
//
// Every value can be asked for a property (a path step), says whether it "exists", and has a
// string form used by string comparators. Missing things are the empty value rather than
// errors, as the spec requires: `[trait|documentation|invalid|child = Hi]` simply matches
// nothing. A projection (`(keys)`, `(values)`, a variable) holds many values; comparisons
// match when any of its (flattened) elements does.
import type { PathSegment } from "./ast.js";
import { isNodeArray, isNodeObject, type NodeValue } from "../node-value.js";
import { memberNameOf, nameOf, namespaceOf } from "../shape-id.js";
import type { AnyShape } from "../shape.js";

/** Variables bound while evaluating a selector: name -> captured shapes. */
export type SelectorVariables = ReadonlyMap<string, readonly AnyShape[]>;

export abstract class AttributeValue {
  /** Whether the value exists (for `[path]` and `?=`). */
  get present(): boolean {
    return true;
  }

  /** The string compared by string and numeric comparators ("" when there is none). */
  abstract asString(): string;

  /** The text a message template shows for the value. */
  messageString(): string {
    return this.asString();
  }

  abstract property(segment: PathSegment): AttributeValue;

  /** The value itself, or the recursively flattened elements of a projection. */
  flattened(): readonly AttributeValue[] {
    return [this];
  }

  /** Follows a path; stops at the first step that yields nothing. */
  path(segments: readonly PathSegment[]): AttributeValue {
    let current: AttributeValue = this;
    if (!current.present) return current;
    for (const seg of segments) {
      current = current.property(seg);
      if (!current.present) break;
    }
    return current;
  }
}

function isFunction(seg: PathSegment, name: string): boolean {
  return seg.kind === "function" && seg.name === name;
}

class EmptyValue extends AttributeValue {
  override get present(): boolean {
    return false;
  }
  asString(): string {
    return "";
  }
  property(): AttributeValue {
    return EMPTY;
  }
}

export const EMPTY: AttributeValue = new EmptyValue();

/** A plain string: literals written in a selector, id parts, lengths. */
export class LiteralAttribute extends AttributeValue {
  readonly #text: string;
  constructor(text: string) {
    super();
    this.#text = text;
  }
  asString(): string {
    return this.#text;
  }
  property(seg: PathSegment): AttributeValue {
    return isFunction(seg, "length") ? new LiteralAttribute(String(this.#text.length)) : EMPTY;
  }
}

/** A trait value or a value nested inside one. `null` does not exist. */
class NodeAttribute extends AttributeValue {
  readonly #node: NodeValue;
  constructor(node: NodeValue) {
    super();
    this.#node = node;
  }
  override get present(): boolean {
    return this.#node !== null;
  }
  asString(): string {
    const n = this.#node;
    // Only scalars have a string form; arrays, objects and null compare as "".
    return typeof n === "string" ? n : typeof n === "number" || typeof n === "boolean" ? String(n) : "";
  }
  override messageString(): string {
    return JSON.stringify(this.#node);
  }
  property(seg: PathSegment): AttributeValue {
    const n = this.#node;
    if (isNodeObject(n)) {
      if (seg.kind === "property") {
        return Object.prototype.hasOwnProperty.call(n, seg.name) ? new NodeAttribute(n[seg.name]!) : EMPTY;
      }
      if (seg.name === "keys") return projection(Object.keys(n).map((k) => new NodeAttribute(k)));
      if (seg.name === "values") return projection(Object.values(n).map((v) => new NodeAttribute(v)));
      if (seg.name === "length") return new LiteralAttribute(String(Object.keys(n).length));
      return EMPTY;
    }
    if (isNodeArray(n)) {
      if (isFunction(seg, "values")) return projection(n.map((v) => new NodeAttribute(v)));
      if (isFunction(seg, "length")) return new LiteralAttribute(String(n.length));
      return EMPTY;
    }
    if (typeof n === "string" && isFunction(seg, "length")) return new LiteralAttribute(String(n.length));
    return EMPTY;
  }
}

export class ProjectionAttribute extends AttributeValue {
  readonly #values: readonly AttributeValue[];
  #flat: readonly AttributeValue[] | undefined;
  constructor(values: readonly AttributeValue[]) {
    super();
    this.#values = values;
  }
  /** An empty projection does not exist. */
  override get present(): boolean {
    return this.#values.length > 0;
  }
  asString(): string {
    return "";
  }
  override messageString(): string {
    const parts = this.flattened().map((v) => v.messageString());
    parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `[${parts.join(", ")}]`;
  }
  override flattened(): readonly AttributeValue[] {
    this.#flat ??= this.#values.flatMap((v) => v.flattened());
    return this.#flat;
  }
  property(seg: PathSegment): AttributeValue {
    if (isFunction(seg, "first")) return this.flattened()[0] ?? EMPTY;
    // Every element's property, keeping those that exist, forms a new projection.
    const out: AttributeValue[] = [];
    for (const v of this.#values) {
      const next = v.property(seg);
      if (next.present) out.push(next);
    }
    return projection(out);
  }
}

function projection(values: readonly AttributeValue[]): AttributeValue {
  return new ProjectionAttribute(values);
}

/** A shape id: the absolute id as a string, with name/namespace/member/(length) properties. */
class IdAttribute extends AttributeValue {
  readonly #id: string;
  constructor(id: string) {
    super();
    this.#id = id;
  }
  asString(): string {
    return this.#id;
  }
  property(seg: PathSegment): AttributeValue {
    if (seg.kind === "function") {
      return seg.name === "length" ? new LiteralAttribute(String(this.#id.length)) : EMPTY;
    }
    switch (seg.name) {
      case "name":
        return new LiteralAttribute(nameOf(this.#id));
      case "namespace":
        return new LiteralAttribute(namespaceOf(this.#id));
      case "member": {
        const member = memberNameOf(this.#id);
        return member === undefined ? EMPTY : new LiteralAttribute(member);
      }
      default:
        return EMPTY;
    }
  }
}

/** Resolves a trait name from a path: relative names are in smithy.api. */
export function absoluteTraitId(name: string): string {
  return name.includes("#") ? name : `smithy.api#${name}`;
}

/** All traits of a shape; compares as "". */
class TraitsAttribute extends AttributeValue {
  readonly #shape: AnyShape;
  constructor(shape: AnyShape) {
    super();
    this.#shape = shape;
  }
  asString(): string {
    return "";
  }
  property(seg: PathSegment): AttributeValue {
    const traits = this.#shape.traits;
    if (seg.kind === "property") {
      const value = traits.get(absoluteTraitId(seg.name));
      return value === undefined ? EMPTY : new NodeAttribute(value);
    }
    switch (seg.name) {
      case "keys":
        return projection([...traits.keys()].map((id) => new IdAttribute(id)));
      case "values":
        return projection([...traits.values()].map((v) => new NodeAttribute(v)));
      case "length":
        return new LiteralAttribute(String(traits.size));
      default:
        return EMPTY;
    }
  }
}

/** The `service` attribute of a service shape. */
class ServiceAttribute extends AttributeValue {
  readonly #service: AnyShape;
  constructor(service: AnyShape) {
    super();
    this.#service = service;
  }
  asString(): string {
    return this.#service.id;
  }
  property(seg: PathSegment): AttributeValue {
    if (seg.kind !== "property") return EMPTY;
    if (seg.name === "id") return new IdAttribute(this.#service.id);
    if (seg.name === "version") {
      return new LiteralAttribute(this.#service.type === "member" ? "" : (this.#service.version ?? ""));
    }
    return EMPTY;
  }
}

/** The `var` attribute: each variable is a projection of the shapes it captured. */
class VariablesAttribute extends AttributeValue {
  readonly #vars: SelectorVariables;
  constructor(vars: SelectorVariables) {
    super();
    this.#vars = vars;
  }
  asString(): string {
    return "";
  }
  property(seg: PathSegment): AttributeValue {
    const shapes = seg.kind === "property" ? this.#vars.get(seg.name) : undefined;
    return projection((shapes ?? []).map((s) => new ShapeAttribute(s, this.#vars)));
  }
}

/** A shape: the root of every attribute path; compares as its id. */
export class ShapeAttribute extends AttributeValue {
  readonly #shape: AnyShape;
  readonly #vars: SelectorVariables;
  constructor(shape: AnyShape, vars: SelectorVariables) {
    super();
    this.#shape = shape;
    this.#vars = vars;
  }
  asString(): string {
    return this.#shape.id;
  }
  property(seg: PathSegment): AttributeValue {
    if (seg.kind !== "property") return EMPTY;
    switch (seg.name) {
      case "id":
        return new IdAttribute(this.#shape.id);
      case "trait":
        return new TraitsAttribute(this.#shape);
      case "service":
        return this.#shape.type === "service" ? new ServiceAttribute(this.#shape) : EMPTY;
      case "var":
        return new VariablesAttribute(this.#vars);
      default:
        return EMPTY;
    }
  }
}
