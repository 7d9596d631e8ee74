// The semantic model's shapes, as the assembler produces them and every consumer
// (validators, selectors, transforms, generators) reads them.
//
// One interface serves every shape type: fields that do not apply to a type are empty
// (no members, no operations, ...). That keeps generic walks (closures, selectors,
// transforms) free of per-type casts; `shape.type` says which fields are meaningful.
import type { NodeValue } from "./node-value.js";
import type { SourceLocation } from "./source-location.js";

export type SimpleType =
  | "blob"
  | "boolean"
  | "string"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document";

export type AggregateType = "list" | "set" | "map" | "structure" | "union" | "enum" | "intEnum";
export type ServiceLikeType = "service" | "resource" | "operation";
export type ShapeType = SimpleType | AggregateType | ServiceLikeType | "member";

export const SIMPLE_TYPES: ReadonlySet<string> = new Set<SimpleType>([
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double",
  "bigInteger", "bigDecimal", "timestamp", "document",
]);

/** Number types in Smithy's order of widening. */
export const NUMBER_TYPES: ReadonlySet<string> = new Set([
  "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum",
]);

/** Traits keyed by absolute trait shape id ("smithy.api#required"). Iteration order is not meaningful. */
export type Traits = ReadonlyMap<string, NodeValue>;

interface ShapeCommon {
  /** Absolute shape id; members have "ns#Container$member". */
  readonly id: string;
  readonly type: ShapeType;
  /** Effective traits: the shape's own plus those inherited from mixins (own win). */
  readonly traits: Traits;
  /** Traits declared on or applied to this shape itself, not inherited from mixins. */
  readonly introducedTraits: Traits;
  /**
   * Mixins, in declaration order. For a member inherited from a mixin this is the id of
   * the mixin's member it came from (so serializers can leave it out of the shape body).
   */
  readonly mixins: readonly string[];
  readonly source: SourceLocation;
}

export interface MemberShape extends ShapeCommon {
  readonly type: "member";
  readonly target: string;
  /** Id of the shape this member belongs to. */
  readonly container: string;
  readonly memberName: string;
}

/** Resource identifier/property maps, operation lists, etc. use absolute shape ids. */
export interface Shape extends ShapeCommon {
  readonly type: Exclude<ShapeType, "member">;
  /**
   * Members in model order (mixin members first, in mixin order, then local ones).
   * list/set: "member"; map: "key", "value"; structure/union/enum/intEnum: named members.
   */
  readonly members: ReadonlyMap<string, MemberShape>;

  // service
  readonly version?: string;
  /** service and resource */
  readonly operations: readonly string[];
  /** service and resource */
  readonly resources: readonly string[];
  /** service and operation */
  readonly errors: readonly string[];
  /** service: shape id -> local name */
  readonly rename: ReadonlyMap<string, string>;

  // resource
  /** identifier name -> target shape id */
  readonly identifiers: ReadonlyMap<string, string>;
  /** property name -> target shape id */
  readonly properties: ReadonlyMap<string, string>;
  readonly create?: string;
  readonly put?: string;
  readonly read?: string;
  readonly update?: string;
  readonly delete?: string;
  readonly list?: string;
  readonly collectionOperations: readonly string[];

  // operation (absent means smithy.api#Unit)
  readonly input?: string;
  readonly output?: string;

  /**
   * For service, resource and operation shapes that use mixins: what the shape declares
   * itself (the fields above hold the effective values, mixins included). Serializers write
   * only these. Absent when the shape has no mixins, or when whoever built it did not record
   * it; serializers then treat entries not inherited from a mixin as declared.
   */
  readonly introduced?: IntroducedEntityProperties;
}

/** The entity properties a shape with mixins declares itself (see Shape.introduced). */
export interface IntroducedEntityProperties {
  readonly operations: readonly string[];
  readonly resources: readonly string[];
  readonly errors: readonly string[];
  readonly rename: ReadonlyMap<string, string>;
  /** service: the version the shape declares, if any */
  readonly version?: string;
}

export type AnyShape = Shape | MemberShape;

export function isMember(s: AnyShape): s is MemberShape {
  return s.type === "member";
}

const EMPTY_MAP: ReadonlyMap<string, never> = new Map<string, never>();
const EMPTY_LIST: readonly never[] = Object.freeze([]);

/** Fills the type-independent empty fields so callers only spell out what a shape has. */
export function makeShape(
  fields: Pick<Shape, "id" | "type" | "source"> & Partial<Omit<Shape, "id" | "type" | "source">>,
): Shape {
  const traits = fields.traits ?? EMPTY_MAP;
  return {
    members: EMPTY_MAP,
    operations: EMPTY_LIST,
    resources: EMPTY_LIST,
    errors: EMPTY_LIST,
    rename: EMPTY_MAP,
    identifiers: EMPTY_MAP,
    properties: EMPTY_MAP,
    collectionOperations: EMPTY_LIST,
    mixins: EMPTY_LIST,
    ...fields,
    traits,
    introducedTraits: fields.introducedTraits ?? traits,
  };
}

export function makeMember(
  fields: Pick<MemberShape, "container" | "memberName" | "target" | "source"> &
    Partial<Pick<MemberShape, "traits" | "introducedTraits" | "mixins">>,
): MemberShape {
  const traits = fields.traits ?? EMPTY_MAP;
  return {
    id: `${fields.container}$${fields.memberName}`,
    type: "member",
    container: fields.container,
    memberName: fields.memberName,
    target: fields.target,
    source: fields.source,
    mixins: fields.mixins ?? EMPTY_LIST,
    traits,
    introducedTraits: fields.introducedTraits ?? traits,
  };
}
