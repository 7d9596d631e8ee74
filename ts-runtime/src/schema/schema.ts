// Schemas: the readable literals a generated package emits to describe its shapes and
// operations. Protocol codecs, validators, routers and paginators in this runtime are all
// driven by them, so generated code stays declarative and small.
//
// Value mapping (what a schema-driven codec produces and accepts):
//   string, enum                   -> string (enums are open: unknown values pass through)
//   intEnum, byte, short, integer,
//   float, double                  -> number (NaN / Infinity / -Infinity where the protocol allows)
//   long                           -> number; a value outside Number.MIN/MAX_SAFE_INTEGER is
//                                     rejected with an error naming the member, never rounded
//   bigInteger                     -> bigint (read losslessly from the wire)
//   bigDecimal                     -> string holding the exact decimal text
//   boolean                        -> boolean
//   timestamp                      -> Date
//   blob                           -> Uint8Array (streaming blob: a ByteStream)
//   document                       -> Document (JSON-like value)
//   list / set                     -> array (sparse: elements may be null)
//   map                            -> object with string keys (sparse: values may be null)
//   structure                      -> plain object; error structures -> instances of the generated error class
//   union                          -> object with exactly one member key, or { $unknown: [name, value] }

/** A schema or a thunk returning it (thunks break cycles between generated modules). */
export type SchemaRef<S extends Schema = Schema> = S | (() => S);

export type SimpleKind =
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

export type TimestampFormat = "date-time" | "http-date" | "epoch-seconds";

/**
 * The traits a runtime needs, with friendly names. On a member the generator emits the
 * *effective* traits: the member's own merged over its target's (the member wins), so codecs
 * and validators only ever look at `member.traits`.
 */
export interface SchemaTraits {
  // --- serialization ---
  readonly jsonName?: string;
  readonly timestampFormat?: TimestampFormat;
  readonly mediaType?: string;
  readonly sensitive?: true;
  readonly streaming?: true;
  readonly sparse?: true;
  // --- HTTP bindings (members) ---
  readonly httpLabel?: true;
  readonly httpQuery?: string;
  readonly httpQueryParams?: true;
  readonly httpHeader?: string;
  readonly httpPrefixHeaders?: string;
  readonly httpPayload?: true;
  readonly httpResponseCode?: true;
  readonly hostLabel?: true;
  readonly idempotencyToken?: true;
  // --- presence and defaults ---
  readonly required?: true;
  readonly clientOptional?: true;
  /** The @default value, as JSON (timestamps and blobs in their default-trait encoding). */
  readonly default?: DocumentValue;
  // --- constraints ---
  readonly length?: { readonly min?: number; readonly max?: number };
  /** Bounds are strings when they do not fit a double exactly (bigInteger / bigDecimal). */
  readonly range?: { readonly min?: number | string; readonly max?: number | string };
  readonly pattern?: string;
  readonly uniqueItems?: true;
  // --- errors ---
  readonly error?: "client" | "server";
  readonly httpError?: number;
  readonly retryable?: { readonly throttling?: true };
  /** @aws.protocols#awsQueryError: the error's code and status in the awsQuery protocol (awsQueryCompatible services). */
  readonly awsQueryError?: { readonly code: string; readonly httpResponseCode: number };
}

/** JSON-like value used for documents and default values. */
export type DocumentValue = null | boolean | number | string | readonly DocumentValue[] | { readonly [key: string]: DocumentValue };

interface SchemaBase {
  /** Absolute Smithy shape id, e.g. "example.pokemon#Pokemon". */
  readonly id: string;
  readonly traits: SchemaTraits;
}

export interface SimpleSchema extends SchemaBase {
  readonly kind: SimpleKind;
}

export interface EnumSchema extends SchemaBase {
  readonly kind: "enum";
  /** The modeled wire values, in model order. */
  readonly values: readonly string[];
}

export interface IntEnumSchema extends SchemaBase {
  readonly kind: "intEnum";
  readonly values: readonly number[];
}

export interface MemberSchema {
  /** Member name in the model (and the property name in generated TypeScript types). */
  readonly name: string;
  readonly target: SchemaRef;
  /** Effective traits (see SchemaTraits). */
  readonly traits: SchemaTraits;
}

export interface ListSchema extends SchemaBase {
  readonly kind: "list";
  readonly member: MemberSchema;
}

export interface MapSchema extends SchemaBase {
  readonly kind: "map";
  readonly key: MemberSchema;
  readonly value: MemberSchema;
}

/** A constructor for a modeled error; the generated error classes satisfy it. */
export type ErrorConstructor = new (fields: Record<string, unknown>, meta?: unknown) => Error;

export interface StructureSchema extends SchemaBase {
  readonly kind: "structure";
  readonly members: readonly MemberSchema[];
  /** For error structures: the generated class the codecs instantiate. */
  readonly errorClass?: () => ErrorConstructor;
}

export interface UnionSchema extends SchemaBase {
  readonly kind: "union";
  readonly members: readonly MemberSchema[];
}

export type Schema = SimpleSchema | EnumSchema | IntEnumSchema | ListSchema | MapSchema | StructureSchema | UnionSchema;

export interface HttpTrait {
  readonly method: string;
  /** The @http uri pattern, e.g. "/pokemon/{name}?kind=x" or "/files/{key+}". */
  readonly uri: string;
  readonly code: number;
}

export interface PaginatedTrait {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly items?: string;
  readonly pageSize?: string;
}

export interface OperationTraits {
  readonly http?: HttpTrait;
  /** @endpoint hostPrefix, e.g. "{bucket}.data." */
  readonly endpointHostPrefix?: string;
  readonly httpChecksumRequired?: true;
  readonly requestCompression?: { readonly encodings: readonly string[] };
  readonly idempotent?: true;
  readonly readonly?: true;
  /** @paginated with service defaults merged in. */
  readonly paginated?: PaginatedTrait;
  /** Effective auth scheme ids in priority order (service @auth / operation @auth resolved). */
  readonly auth?: readonly string[];
  readonly optionalAuth?: true;
  readonly documentation?: string;
}

export interface OperationSchema {
  readonly id: string;
  /** Operation name as seen by the service (after `rename`). */
  readonly name: string;
  readonly input: SchemaRef<StructureSchema>;
  readonly output: SchemaRef<StructureSchema>;
  /** Operation errors followed by service-wide errors. */
  readonly errors: readonly SchemaRef<StructureSchema>[];
  readonly traits: OperationTraits;
}

/** A protocol selected for the service, by trait id, with the trait's value. */
export interface ProtocolSelection {
  /** e.g. "aws.protocols#restJson1", "aws.protocols#awsJson1_0". */
  readonly id: string;
  readonly settings: { readonly [key: string]: DocumentValue };
}

export interface ServiceSchema {
  readonly id: string;
  /** Service shape name, used in awsJson's X-Amz-Target ("JsonRpc10.Op"). */
  readonly name: string;
  readonly version: string;
  readonly protocol: ProtocolSelection;
  /** The service has @aws.protocols#awsQueryCompatible (an awsJson service migrated from awsQuery). */
  readonly awsQueryCompatible?: true;
  /** Auth schemes the service supports (trait id -> trait value), in @auth priority order. */
  readonly authSchemes: readonly { readonly id: string; readonly settings: { readonly [key: string]: DocumentValue } }[];
  readonly errors: readonly SchemaRef<StructureSchema>[];
  readonly operations: readonly OperationSchema[];
}

/** Resolves a schema thunk. */
export function deref<S extends Schema>(ref: SchemaRef<S>): S {
  return typeof ref === "function" ? ref() : ref;
}
