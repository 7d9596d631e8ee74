// The intermediate form both readers (IDL parser, JSON AST reader) produce and the assembler
// consumes: a file becomes a list of "load operations" (define a shape, apply a trait, put
// metadata, report an event, check a use statement) whose shape references are still
// unresolved names. Names can only be resolved once every file is known (forward references,
// the namespace-before-prelude rule), which is the assembler's job.
//
// Parsed files are immutable once built: the bundled trait namespaces are parsed once per
// process and their operations are replayed into every model that needs them.
import type { ValidationEvent } from "../events.js";
import type { NodeValue } from "../node-value.js";
import type { ShapeType } from "../shape.js";
import type { SourceLocation } from "../source-location.js";

/** The IDL/AST version a file declares; "unknown" only for programmatic sources. */
export type SmithyVersion = "1.0" | "2.0";

export type TopLevelType = Exclude<ShapeType, "member">;

/**
 * A shape name as written: absolute ("a.b#C") or relative ("C"), possibly with "$member".
 * `use` statements are already applied. A relative name resolves to `namespace` when a shape
 * of that name exists there, else to the prelude; before the namespace statement (metadata)
 * `namespace` is undefined and names resolve to the prelude.
 */
export interface ShapeRef {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly source: SourceLocation;
}

/** An unquoted shape id inside a node value ("syntactic shape id"), resolved by the assembler. */
export class SyntacticShapeId {
  constructor(
    readonly ref: ShapeRef,
  ) {}
}

/** A node value that may contain syntactic shape ids. */
export type ParsedNode =
  | null
  | boolean
  | number
  | string
  | SyntacticShapeId
  | readonly ParsedNode[]
  | { readonly [key: string]: ParsedNode };

export interface ParsedValue {
  /** The value; a plain NodeValue when `hasShapeIds` is false. */
  readonly node: ParsedNode;
  /** True when `node` contains SyntacticShapeId instances that must be resolved. */
  readonly hasShapeIds: boolean;
  readonly source: SourceLocation;
}

export interface PendingMember {
  readonly name: string;
  /** Undefined when the target is elided (`$name`): a `for` resource or a mixin supplies it. */
  readonly target: ShapeRef | undefined;
  readonly source: SourceLocation;
  /** Traits written as part of the member syntax itself (`= default`, enum `= value`). */
  readonly inlineTraits: readonly (readonly [traitId: string, value: ParsedValue])[];
}

export interface DefineShapeOp {
  readonly kind: "shape";
  readonly id: string;
  readonly type: TopLevelType;
  readonly version: SmithyVersion;
  readonly source: SourceLocation;
  readonly members: readonly PendingMember[];
  readonly mixins: readonly ShapeRef[];
  /** `for Resource`: elided members take their targets from the resource. */
  readonly forResource: ShapeRef | undefined;
  // service
  readonly serviceVersion: string | undefined;
  readonly operations: readonly ShapeRef[] | undefined;
  readonly resources: readonly ShapeRef[] | undefined;
  readonly errors: readonly ShapeRef[] | undefined;
  /** Absolute shape id -> new name. */
  readonly rename: readonly (readonly [ShapeRef, string])[] | undefined;
  // resource
  readonly identifiers: readonly (readonly [string, ShapeRef])[] | undefined;
  readonly properties: readonly (readonly [string, ShapeRef])[] | undefined;
  readonly put: ShapeRef | undefined;
  readonly create: ShapeRef | undefined;
  readonly read: ShapeRef | undefined;
  readonly update: ShapeRef | undefined;
  readonly delete: ShapeRef | undefined;
  readonly list: ShapeRef | undefined;
  readonly collectionOperations: readonly ShapeRef[] | undefined;
  // operation
  readonly input: ShapeRef | undefined;
  readonly output: ShapeRef | undefined;
}

/** A DefineShapeOp under construction (readers fill it in, then treat it as immutable). */
export type DefineShapeDraft = { -readonly [K in keyof DefineShapeOp]: DefineShapeOp[K] } & {
  members: PendingMember[];
  mixins: ShapeRef[];
};

/**
 * A new, empty shape definition. Every field is present from the start, so all definitions
 * share one object layout (which keeps property access in the assembler fast).
 */
export function newShapeDefinition(id: string, type: TopLevelType, version: SmithyVersion, source: SourceLocation): DefineShapeDraft {
  return {
    kind: "shape", id, type, version, source, members: [], mixins: [], forResource: undefined,
    serviceVersion: undefined, operations: undefined, resources: undefined, errors: undefined, rename: undefined,
    identifiers: undefined, properties: undefined, put: undefined, create: undefined, read: undefined,
    update: undefined, delete: undefined, list: undefined, collectionOperations: undefined, input: undefined,
    output: undefined,
  };
}

/**
 * When a trait application is merged relative to others. It mirrors the reference
 * implementation, where JSON AST traits are merged as files are read, traits written on
 * shapes next, and `apply` statements last; the order is visible in list-trait concatenation.
 */
export const TraitPhase = { AST: 0, SHAPE: 1, APPLY: 2 } as const;
export type TraitPhase = (typeof TraitPhase)[keyof typeof TraitPhase];

export interface ApplyTraitOp {
  readonly kind: "trait";
  readonly target: ShapeRef;
  readonly trait: ShapeRef;
  readonly value: ParsedValue;
  /** Written without a value (`@foo`): the value is typed by the trait shape ({}, [] or null). */
  readonly annotation: boolean;
  readonly version: SmithyVersion;
  /** Namespace of the file the application is written in (prelude shapes are immutable elsewhere). */
  readonly namespace: string | undefined;
  readonly phase: TraitPhase;
  readonly source: SourceLocation;
}

export interface PutMetadataOp {
  readonly kind: "metadata";
  readonly key: string;
  readonly value: ParsedValue;
}

export interface EventOp {
  readonly kind: "event";
  readonly event: ValidationEvent;
}

/** A `use` statement: warns when the imported shape does not exist. */
export interface UseCheckOp {
  readonly kind: "use";
  readonly ref: ShapeRef;
}

/**
 * A node value whose syntactic shape ids are only checked, not kept (the body of a service or
 * resource statement: its references are carried by the DefineShapeOp).
 */
export interface CheckShapeIdsOp {
  readonly kind: "check-ids";
  readonly value: ParsedValue;
}

export type LoadOperation = DefineShapeOp | ApplyTraitOp | PutMetadataOp | EventOp | UseCheckOp | CheckShapeIdsOp;

export interface ParsedFile {
  readonly filename: string;
  readonly version: SmithyVersion;
  readonly operations: readonly LoadOperation[];
  /** Namespaces of every absolute shape id the file mentions (to load bundled namespaces on demand). */
  readonly referencedNamespaces: ReadonlySet<string>;
  /** Namespaces the file defines shapes in. */
  readonly definedNamespaces: ReadonlySet<string>;
  /** False for JSON documents that are not Smithy models (no "smithy" key): they are ignored. */
  readonly isModel: boolean;
}

/** Node values without syntactic shape ids are usable as-is. */
export function plainValue(node: NodeValue, source: SourceLocation): ParsedValue {
  return { node, hasShapeIds: false, source };
}
