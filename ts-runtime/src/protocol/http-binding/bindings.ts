// Where each top-level member of an operation's input, output or error structure travels in an
// HTTP message, per Smithy's HTTP binding traits. Computed once per structure and direction
// and cached, so serializers never re-inspect traits per call.
//
// Requests honour @httpLabel, @httpQuery, @httpQueryParams, @httpHeader, @httpPrefixHeaders
// and @httpPayload. Responses (outputs and errors) honour @httpHeader, @httpPrefixHeaders,
// @httpResponseCode and @httpPayload; label and query bindings mean nothing there, so those
// members travel in the body like unbound members.
import type { MemberSchema, Schema, StructureSchema } from "../../schema/schema.js";
import { deref } from "../../schema/schema.js";

export interface MemberBinding {
  readonly name: string;
  readonly member: MemberSchema;
  readonly target: Schema;
  /** For list targets, the element member and its target; undefined for scalars. */
  readonly item: ItemBinding | undefined;
}

export interface ItemBinding {
  readonly member: MemberSchema;
  readonly target: Schema;
  readonly sparse: boolean;
}

export interface HeaderBinding extends MemberBinding {
  /** Lower-case header name. */
  readonly header: string;
}

export interface QueryBinding extends MemberBinding {
  readonly param: string;
}

/** A map member bound to prefixed headers or to the whole query string. */
export interface MapBinding extends MemberBinding {
  /** Lower-case header prefix (prefix headers) or "" (query params). */
  readonly prefix: string;
  /** The map's value member, its target and, for map-of-list values, the list element. */
  readonly value: MemberSchema;
  readonly valueTarget: Schema;
  readonly valueItem: ItemBinding | undefined;
}

/** How an @httpPayload member is written: raw bytes, raw text, a stream, or a document. */
export type PayloadKind = "blob" | "stream" | "text" | "structure" | "union" | "document";

export interface PayloadBinding extends MemberBinding {
  readonly kind: PayloadKind;
  /** The @mediaType of the payload shape, if any. */
  readonly mediaType: string | undefined;
}

export interface HttpBindings {
  readonly schema: StructureSchema;
  readonly labels: ReadonlyMap<string, MemberBinding>;
  readonly query: readonly QueryBinding[];
  readonly queryParams: MapBinding | undefined;
  readonly headers: readonly HeaderBinding[];
  readonly prefixHeaders: MapBinding | undefined;
  readonly responseCode: MemberBinding | undefined;
  readonly payload: PayloadBinding | undefined;
  /** The members carried in the document body, as a structure of their own; undefined if none. */
  readonly body: StructureSchema | undefined;
  /** Names of members with @idempotencyToken. */
  readonly idempotencyTokens: readonly string[];
}

const requestCache = new WeakMap<StructureSchema, HttpBindings>();
const responseCache = new WeakMap<StructureSchema, HttpBindings>();

export function requestBindings(schema: StructureSchema): HttpBindings {
  let bindings = requestCache.get(schema);
  if (bindings === undefined) {
    bindings = computeBindings(schema, "request");
    requestCache.set(schema, bindings);
  }
  return bindings;
}

export function responseBindings(schema: StructureSchema): HttpBindings {
  let bindings = responseCache.get(schema);
  if (bindings === undefined) {
    bindings = computeBindings(schema, "response");
    responseCache.set(schema, bindings);
  }
  return bindings;
}

function computeBindings(schema: StructureSchema, direction: "request" | "response"): HttpBindings {
  const labels = new Map<string, MemberBinding>();
  const query: QueryBinding[] = [];
  const headers: HeaderBinding[] = [];
  const bodyMembers: MemberSchema[] = [];
  let queryParams: MapBinding | undefined;
  let prefixHeaders: MapBinding | undefined;
  let responseCode: MemberBinding | undefined;
  let payload: PayloadBinding | undefined;
  const request = direction === "request";
  for (const member of schema.members) {
    const t = member.traits;
    const base = memberBinding(member);
    if (request && t.httpLabel === true) labels.set(member.name, base);
    else if (request && t.httpQuery !== undefined) query.push({ ...base, param: t.httpQuery });
    else if (request && t.httpQueryParams === true) queryParams = mapBinding(base, "");
    else if (t.httpHeader !== undefined) headers.push({ ...base, header: t.httpHeader.toLowerCase() });
    else if (t.httpPrefixHeaders !== undefined) prefixHeaders = mapBinding(base, t.httpPrefixHeaders.toLowerCase());
    else if (!request && t.httpResponseCode === true) responseCode = base;
    else if (t.httpPayload === true) payload = { ...base, kind: payloadKind(base.target), mediaType: t.mediaType ?? base.target.traits.mediaType };
    else bodyMembers.push(member);
  }
  return {
    schema,
    labels,
    query,
    queryParams,
    headers,
    prefixHeaders,
    responseCode,
    payload,
    body: bodyMembers.length === 0 ? undefined : { kind: "structure", id: schema.id, traits: schema.traits, members: bodyMembers },
    idempotencyTokens: schema.members.filter((m) => m.traits.idempotencyToken === true).map((m) => m.name),
  };
}

function memberBinding(member: MemberSchema): MemberBinding {
  const target = deref(member.target);
  return { name: member.name, member, target, item: target.kind === "list" ? itemBinding(target) : undefined };
}

function itemBinding(list: Extract<Schema, { kind: "list" }>): ItemBinding {
  return { member: list.member, target: deref(list.member.target), sparse: list.traits.sparse === true };
}

function mapBinding(base: MemberBinding, prefix: string): MapBinding {
  if (base.target.kind !== "map") throw new Error(`member ${base.name} is bound to a map location but targets a ${base.target.kind}`);
  const valueTarget = deref(base.target.value.target);
  return {
    ...base,
    prefix,
    value: base.target.value,
    valueTarget,
    valueItem: valueTarget.kind === "list" ? itemBinding(valueTarget) : undefined,
  };
}

function payloadKind(target: Schema): PayloadKind {
  switch (target.kind) {
    case "blob":
      return target.traits.streaming === true ? "stream" : "blob";
    case "string":
    case "enum":
      return "text";
    case "structure":
      return "structure";
    case "union":
      return "union";
    default:
      return "document";
  }
}
