// The syntax tree of a parsed selector. Every node records the offset (0-based, in UTF-16
// code units) where it starts in the selector text, for diagnostics.

/** A selector: expressions evaluated left to right, each feeding the next. */
export interface SelectorSequence {
  readonly kind: "sequence";
  readonly offset: number;
  readonly steps: readonly SelectorExpression[];
}

export type SelectorExpression =
  | AnyShapeExpression
  | ShapeTypeExpression
  | AttributeExpression
  | ScopedAttributeExpression
  | NeighborExpression
  | RecursiveNeighborExpression
  | FunctionExpression
  | VariableSetExpression
  | VariableGetExpression;

/** `*` */
export interface AnyShapeExpression {
  readonly kind: "any";
  readonly offset: number;
}

/** The shape-type keywords a selector accepts (`string`, `number`, `simpleType`, ...). */
export type ShapeTypeKeyword =
  | "blob" | "boolean" | "string" | "timestamp" | "byte" | "short" | "integer" | "long" | "float"
  | "document" | "double" | "bigDecimal" | "bigInteger" | "enum" | "intEnum" | "list" | "set" | "map"
  | "structure" | "union" | "member" | "service" | "resource" | "operation"
  | "number" | "simpleType" | "collection" | "aggregateType" | "serviceType" | "dataType";

export interface ShapeTypeExpression {
  readonly kind: "shapeType";
  readonly offset: number;
  readonly type: ShapeTypeKeyword;
}

/** One `|`-separated step of an attribute path. */
export type PathSegment =
  /** A named property: `trait`, `id`, `smithy.api#range`, `'Reference Docs'`, `0`. */
  | { readonly kind: "property"; readonly name: string; readonly offset: number }
  /** A function property: `(keys)`, `(values)`, `(length)`, `(first)`. */
  | { readonly kind: "function"; readonly name: FunctionPropertyName; readonly offset: number };

export type FunctionPropertyName = "keys" | "values" | "length" | "first";

export type StringComparator = "=" | "!=" | "^=" | "$=" | "*=" | "?=";
export type NumericComparator = ">" | ">=" | "<" | "<=";
export type ProjectionComparator = "{=}" | "{!=}" | "{<}" | "{<<}";
export type Comparator = StringComparator | NumericComparator | ProjectionComparator;

/** A literal written in the selector: quoted text, a number or a shape id. */
export interface LiteralValue {
  readonly kind: "literal";
  readonly text: string;
  readonly offset: number;
}

/** `[path]` or `[path comparator value, value i]` */
export interface AttributeExpression {
  readonly kind: "attribute";
  readonly offset: number;
  readonly path: readonly PathSegment[];
  readonly comparison?: {
    readonly comparator: Comparator;
    readonly values: readonly LiteralValue[];
    readonly caseInsensitive: boolean;
  };
}

/** `@{path}`: a path resolved against the scoped value. */
export interface ContextValue {
  readonly kind: "context";
  readonly path: readonly PathSegment[];
  readonly offset: number;
}

export type ScopedValue = LiteralValue | ContextValue;

export interface ScopedAssertion {
  readonly offset: number;
  readonly left: ScopedValue;
  readonly comparator: Comparator;
  readonly right: readonly ScopedValue[];
  readonly caseInsensitive: boolean;
}

/** `[@path: assertion && assertion]`; an empty path scopes to the shape itself. */
export interface ScopedAttributeExpression {
  readonly kind: "scopedAttribute";
  readonly offset: number;
  readonly path: readonly PathSegment[];
  readonly assertions: readonly ScopedAssertion[];
}

/**
 * `>` and `<` (no relationships: every non-trait relationship), `-[a, b]->` and `<-[a, b]-`.
 * Unknown relationship names are kept: they parse, and match nothing.
 */
export interface NeighborExpression {
  readonly kind: "neighbor";
  readonly offset: number;
  readonly direction: "forward" | "reverse";
  readonly relationships?: readonly string[];
}

/** `~>` */
export interface RecursiveNeighborExpression {
  readonly kind: "recursiveNeighbor";
  readonly offset: number;
}

/** `:name(arg, arg)`; unknown names parse and match nothing. */
export interface FunctionExpression {
  readonly kind: "function";
  readonly offset: number;
  readonly name: string;
  readonly args: readonly SelectorSequence[];
}

/** `$name(selector)` */
export interface VariableSetExpression {
  readonly kind: "variableSet";
  readonly offset: number;
  readonly name: string;
  readonly selector: SelectorSequence;
}

/** `${name}` */
export interface VariableGetExpression {
  readonly kind: "variableGet";
  readonly offset: number;
  readonly name: string;
}
