// Smithy traits -> the runtime's SchemaTraits (ts-runtime/src/schema/schema.ts): friendly
// names, only the traits the runtime reads, in the interface's declaration order so the
// rendered literals are stable and easy to compare with the runtime's type.
import type { NodeValue } from "../../model/node-value.js";
import { isNodeObject } from "../../model/node-value.js";
import type { Traits } from "../../model/shape.js";
import { literal } from "./literal.js";

type Mapper = (value: NodeValue) => NodeValue | undefined;

/** One SchemaTraits property: [friendly name, value]. */
export type SchemaTraitEntry = readonly [string, NodeValue];

const annotation: Mapper = () => true;
const string: Mapper = (v) => (typeof v === "string" ? v : undefined);
const number: Mapper = (v) => (typeof v === "number" ? v : undefined);
/** Keeps only the listed keys of an object value, in that order, when they have the right type. */
const fields = (keys: readonly string[], type: "number" | "boolean" | "numberOrString"): Mapper => (v) => {
  if (!isNodeObject(v)) return undefined;
  const out: [string, NodeValue][] = [];
  for (const k of keys) {
    const f = v[k];
    const ok = type === "numberOrString" ? typeof f === "number" || typeof f === "string" : typeof f === type;
    if (ok && f !== undefined) out.push([k, type === "boolean" ? (f === true ? true : false) : f]);
  }
  return Object.fromEntries(out.filter(([, f]) => f !== false));
};

/** [schema name, Smithy trait id, mapper], in SchemaTraits order. */
const MEMBER_AND_SHAPE_TRAITS: readonly (readonly [string, string, Mapper])[] = [
  ["jsonName", "smithy.api#jsonName", string],
  ["timestampFormat", "smithy.api#timestampFormat", string],
  ["mediaType", "smithy.api#mediaType", string],
  ["sensitive", "smithy.api#sensitive", annotation],
  ["streaming", "smithy.api#streaming", annotation],
  ["sparse", "smithy.api#sparse", annotation],
  ["httpLabel", "smithy.api#httpLabel", annotation],
  ["httpQuery", "smithy.api#httpQuery", string],
  ["httpQueryParams", "smithy.api#httpQueryParams", annotation],
  ["httpHeader", "smithy.api#httpHeader", string],
  ["httpPrefixHeaders", "smithy.api#httpPrefixHeaders", string],
  ["httpPayload", "smithy.api#httpPayload", annotation],
  ["httpResponseCode", "smithy.api#httpResponseCode", annotation],
  ["hostLabel", "smithy.api#hostLabel", annotation],
  ["idempotencyToken", "smithy.api#idempotencyToken", annotation],
  ["required", "smithy.api#required", annotation],
  ["clientOptional", "smithy.api#clientOptional", annotation],
  ["default", "smithy.api#default", (v) => v],
  ["length", "smithy.api#length", fields(["min", "max"], "number")],
  ["range", "smithy.api#range", fields(["min", "max"], "numberOrString")],
  ["pattern", "smithy.api#pattern", string],
  ["uniqueItems", "smithy.api#uniqueItems", annotation],
];

/** Traits that describe a structure as a whole; they are not copied onto members targeting it. */
const STRUCTURE_TRAITS: readonly (readonly [string, string, Mapper])[] = [
  ["error", "smithy.api#error", (v) => (v === "client" || v === "server" ? v : undefined)],
  ["httpError", "smithy.api#httpError", number],
  ["retryable", "smithy.api#retryable", fields(["throttling"], "boolean")],
  ["awsQueryError", "aws.protocols#awsQueryError", (v) =>
    isNodeObject(v) && typeof v["code"] === "string" && typeof v["httpResponseCode"] === "number"
      ? { code: v["code"], httpResponseCode: v["httpResponseCode"] }
      : undefined],
];

const DEFAULT_TRAIT = "smithy.api#default";

/** SchemaTraits entries of a shape (not a member), as [name, value] pairs. */
export function shapeSchemaTraits(traits: Traits, extra: readonly SchemaTraitEntry[] = []): SchemaTraitEntry[] {
  return [...collect(traits, MEMBER_AND_SHAPE_TRAITS), ...collect(traits, STRUCTURE_TRAITS), ...extra];
}

/**
 * The effective SchemaTraits of a member: its own traits merged over its target's, the
 * member winning. `@default(null)` on the member removes a default the target declares.
 */
export function memberSchemaTraits(member: Traits, target: Traits | undefined): SchemaTraitEntry[] {
  const merged = new Map(target ?? []);
  for (const [k, v] of member) merged.set(k, v);
  if (member.get(DEFAULT_TRAIT) === null) merged.delete(DEFAULT_TRAIT);
  return collect(merged, MEMBER_AND_SHAPE_TRAITS);
}

function collect(traits: Traits, table: readonly (readonly [string, string, Mapper])[]): SchemaTraitEntry[] {
  const out: SchemaTraitEntry[] = [];
  for (const [name, id, map] of table) {
    const raw = traits.get(id);
    if (raw === undefined) continue;
    const v = map(raw);
    if (v !== undefined) out.push([name, v]);
  }
  return out;
}

/** `{ required: true, jsonName: "x" }`, or `{}`. */
export function traitsLiteral(entries: readonly SchemaTraitEntry[]): string {
  return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(", ")} }`;
}
