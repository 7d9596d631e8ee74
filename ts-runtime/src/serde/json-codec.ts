// The JSON value codec shared by every JSON protocol (restJson1, awsJson1_0, awsJson1_1, and
// later rpcv2Json): schema-described runtime values <-> JSON trees <-> JSON text.
//
// Protocol differences are options (whether @jsonName applies, the default timestamp format);
// direction and side decide defaults and strictness:
//   writing, client   top-level input members are sent only when set (their defaults are the
//                     server's business); nested members get their @default, except
//                     @clientOptional ones
//   writing, server   every missing member with a @default is written
//   reading, server   strict: wrong types, out-of-range numbers, nulls in dense collections,
//                     malformed timestamps and unknown union members are errors; missing
//                     members get their @default
//   reading, client   lenient where real services are (timestamp spellings, nulls in dense
//                     collections, unknown union members become $unknown); missing members get
//                     their @default and missing required members a zero value
//
// Per-schema member plans are computed once and cached. Native JSON.parse/stringify are used
// unless a value needs more: trees holding exact numbers (bigInteger, bigDecimal, longs beyond
// 2^53) are written with the small lossless writer, and schemas reaching a bigInteger or
// bigDecimal are read with the lossless reader, which a codec has only when it was given one
// (see JsonCodecOptions.losslessReader).
import type { ListSchema, MapSchema, MemberSchema, Schema, StructureSchema, TimestampFormat, UnionSchema } from "../schema/schema.js";
import { deref } from "../schema/schema.js";
import { fromBase64, toBase64 } from "./base64.js";
import { defaultValueOf, zeroValueOf } from "./defaults.js";
import { JsonNumberText, setOwn, stringifyLosslessJson } from "./lossless-json.js";
import { checkInteger, checkLongToWrite, formatFloat, isDecimalText, nonNumericFloat } from "./numbers.js";
import { SerdeError, describeType, missingTimestampCodec, withSegment } from "./serde-error.js";
import type { TimestampCodec } from "./timestamp.js";
import { utf8Encode } from "./utf8.js";

/** Which end of the exchange is running the codec. */
export type Side = "client" | "server";

/** Deepest nesting of structures, collections and documents a reader accepts. */
export const MAX_NESTING_DEPTH = 128;

export interface JsonCodecOptions {
  /** Whether @jsonName renames properties (restJson1) or is ignored (awsJson). */
  readonly useJsonName: boolean;
  /** Format of timestamps without @timestampFormat. */
  readonly timestampFormat: TimestampFormat;
  readonly maxDepth?: number;
  /**
   * Reads JSON keeping numbers exact (the runtime's parseLosslessJson). Needed only to read
   * schemas that reach a bigInteger or bigDecimal; without it, reading one is an error.
   */
  readonly losslessReader?: LosslessJsonReader;
  /** The runtime's timestampCodec. Needed only by schemas with timestamps; without it, reading or writing one is an error. */
  readonly timestamps?: TimestampCodec;
}

/** Parses JSON text keeping numbers as JsonNumberText, failing beyond `maxDepth` levels. */
export type LosslessJsonReader = (text: string, maxDepth: number) => unknown;

interface MemberPlan {
  /** Position in the plan's members (the wire order writers use and senders usually keep). */
  readonly index: number;
  readonly name: string;
  readonly wireName: string;
  readonly member: MemberSchema;
  readonly target: Schema;
  /** The member name is also a property of Object.prototype ("constructor", "toString"...). */
  readonly inheritedName: boolean;
  readonly clientOptional: boolean;
  /** The member has a usable @default. */
  readonly hasDefault: boolean;
  /** Whether (and how) the member's values travel as themselves, so the loops check them inline. */
  readonly verbatim: Verbatim;
}

/**
 * Member targets whose values travel as themselves (no conversion in either direction): the
 * structure readers and writers check them inline instead of dispatching on the target kind.
 */
type Verbatim = 0 | 1 | 2 | 3 | 4 | 5;
const Verbatim = { No: 0, String: 1, Boolean: 2, Int32: 3, SafeInteger: 4, Finite: 5 } as const;

function verbatimOf(target: Schema): Verbatim {
  switch (target.kind) {
    case "string":
    case "enum":
      return Verbatim.String;
    case "boolean":
      return Verbatim.Boolean;
    case "integer":
    case "intEnum":
      return Verbatim.Int32;
    case "long":
      return Verbatim.SafeInteger;
    case "float":
    case "double":
      return Verbatim.Finite;
    default:
      return Verbatim.No;
  }
}

/** Whether `value` is a valid value of a verbatim target (anything else takes the general path, which reports it). */
function isVerbatimValue(kind: Verbatim, value: unknown): boolean {
  switch (kind) {
    case Verbatim.String:
      return typeof value === "string";
    case Verbatim.Boolean:
      return typeof value === "boolean";
    case Verbatim.Int32:
      return typeof value === "number" && (value | 0) === value;
    case Verbatim.SafeInteger:
      return Number.isSafeInteger(value);
    case Verbatim.Finite:
      return Number.isFinite(value);
    default:
      return false;
  }
}

interface ObjectPlan {
  readonly members: readonly MemberPlan[];
  /** Some member's wire name differs from its name (@jsonName). */
  readonly renamed: boolean;
  readonly byWireName: ReadonlyMap<string, MemberPlan>;
  /** Members with a usable @default. */
  readonly withDefaults: readonly MemberPlan[];
  /** @required members without a @default: the ones clients error-correct. */
  readonly requiredWithoutDefault: readonly MemberPlan[];
}

interface WriteContext {
  readonly side: Side;
  /** Set when a value needs the lossless writer (a JsonNumberText was produced). */
  raw: boolean;
}

interface ReadContext {
  readonly side: Side;
  readonly maxDepth: number;
}

const losslessCache = new WeakMap<Schema, boolean>();

/** Whether any value reachable from the schema is a bigInteger or bigDecimal. */
export function needsLosslessJson(schema: Schema): boolean {
  const cached = losslessCache.get(schema);
  if (cached !== undefined) return cached;
  const result = reachesBigNumber(schema, new Set());
  losslessCache.set(schema, result);
  return result;
}

function reachesBigNumber(schema: Schema, visiting: Set<Schema>): boolean {
  if (schema.kind === "bigInteger" || schema.kind === "bigDecimal") return true;
  if (visiting.has(schema)) return false;
  visiting.add(schema);
  switch (schema.kind) {
    case "list":
      return reachesBigNumber(deref(schema.member.target), visiting);
    case "map":
      return reachesBigNumber(deref(schema.value.target), visiting);
    case "structure":
    case "union":
      return schema.members.some((m) => reachesBigNumber(deref(m.target), visiting));
    default:
      return false;
  }
}

export class JsonCodec {
  readonly useJsonName: boolean;
  readonly timestampFormat: TimestampFormat;
  readonly maxDepth: number;
  readonly losslessReader: LosslessJsonReader | undefined;
  readonly timestamps: TimestampCodec | undefined;
  private readonly plans = new WeakMap<StructureSchema | UnionSchema, ObjectPlan>();
  private lastPlanned: StructureSchema | UnionSchema | undefined;
  private lastPlan: ObjectPlan | undefined;
  private readonly serverRead: ReadContext;
  private readonly clientRead: ReadContext;

  constructor(options: JsonCodecOptions) {
    this.useJsonName = options.useJsonName;
    this.timestampFormat = options.timestampFormat;
    this.maxDepth = options.maxDepth ?? MAX_NESTING_DEPTH;
    this.losslessReader = options.losslessReader;
    this.timestamps = options.timestamps;
    this.serverRead = { side: "server", maxDepth: this.maxDepth };
    this.clientRead = { side: "client", maxDepth: this.maxDepth };
  }

  // ---------------------------------------------------------------- text level

  /** Serializes a structure as a JSON object. `topLevel` marks an operation input/output. */
  writeStructureText(schema: StructureSchema, value: Readonly<Record<string, unknown>>, side: Side, topLevel: boolean): string {
    const w: WriteContext = { side, raw: false };
    const tree = this.writeStructureWith(schema, value, w, topLevel);
    return this.stringify(tree, w.raw);
  }

  /** Serializes one member value (an @httpPayload structure, union or document). */
  writeMemberText(member: MemberSchema, value: unknown, side: Side): string {
    const w: WriteContext = { side, raw: false };
    const tree = this.writeValue(member, deref(member.target), value, w);
    return this.stringify(tree, w.raw);
  }

  /** Parses JSON text; `lossless` keeps numbers as JsonNumberText (needs the lossless reader). */
  parse(text: string, lossless: boolean): unknown {
    if (lossless) {
      if (this.losslessReader === undefined) {
        // A wiring mistake, not bad input: generated code gives protocols the reader when its
        // service's shapes reach a bigInteger or bigDecimal.
        throw new Error("reading bigInteger or bigDecimal values exactly needs the lossless JSON reader: build the protocol with withOptions({ losslessReader: parseLosslessJson })");
      }
      return this.losslessReader(text, this.maxDepth);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new SerdeError(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Parses a JSON object into a structure value. */
  readStructureText(schema: StructureSchema, text: string, side: Side): Record<string, unknown> {
    return this.readStructure(schema, this.parse(text, needsLosslessJson(schema)), side);
  }

  /** Parses one member value (an @httpPayload structure, union or document). */
  readMemberText(member: MemberSchema, text: string, side: Side): unknown {
    const target = deref(member.target);
    return this.readValue(member, target, this.parse(text, needsLosslessJson(target)), side === "server" ? this.serverRead : this.clientRead, 0);
  }

  stringify(tree: unknown, lossless: boolean): string {
    if (lossless) return stringifyLosslessJson(tree);
    try {
      return JSON.stringify(tree);
    } catch (e) {
      throw new SerdeError(`value cannot be written as JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  // ---------------------------------------------------------------- tree level

  /**
   * Writes a structure as a JSON tree for callers that add properties before stringifying.
   * The tree may hold JsonNumberText values: stringify it with the lossless writer.
   */
  writeStructure(schema: StructureSchema, value: Readonly<Record<string, unknown>>, side: Side, topLevel: boolean): Record<string, unknown> {
    return this.writeStructureWith(schema, value, { side, raw: false }, topLevel);
  }

  private writeStructureWith(schema: StructureSchema, value: Readonly<Record<string, unknown>>, w: WriteContext, topLevel: boolean): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new SerdeError(`expected an object for ${schema.id}, got ${describeType(value)}`);
    }
    const plan = this.planOf(schema);
    const side = w.side;
    const fillDefaults = side === "server" || !topLevel;
    const out: Record<string, unknown> = {};
    for (const m of plan.members) {
      let v = m.inheritedName && !Object.hasOwn(value, m.name) ? undefined : value[m.name];
      if (v === undefined || v === null) {
        if (!m.hasDefault || !fillDefaults || (side === "client" && m.clientOptional)) continue;
        v = defaultValueOf(m.member, m.target);
        if (v === undefined) continue;
      }
      try {
        setOwn(out, m.wireName, isVerbatimValue(m.verbatim, v) ? v : this.writeValue(m.member, m.target, v, w));
      } catch (e) {
        throw withSegment(e, m.name);
      }
    }
    return out;
  }

  /** Reads a structure from a parsed tree, which it converts in place (the tree must not be used afterwards). */
  readStructure(schema: StructureSchema, tree: unknown, side: Side): Record<string, unknown> {
    return this.readStructureAt(schema, tree, side === "server" ? this.serverRead : this.clientRead, 0);
  }

  /**
   * Fills missing members of an already-read top-level structure: @defaults on both sides,
   * and on clients zero values for required members. Used by protocols for members bound
   * outside the JSON body (headers, query, labels).
   */
  completeStructure(schema: StructureSchema, out: Record<string, unknown>, side: Side): void {
    this.complete(this.planOf(schema), out, side === "server" ? this.serverRead : this.clientRead, 0);
  }

  // ---------------------------------------------------------------- plans

  private planOf(schema: StructureSchema | UnionSchema): ObjectPlan {
    // The elements of a list of structures ask for the same plan over and over.
    if (schema === this.lastPlanned) return this.lastPlan!;
    let plan = this.plans.get(schema);
    if (plan === undefined) {
      const members: MemberPlan[] = schema.members.map((member, index) => ({
        index,
        name: member.name,
        wireName: (this.useJsonName ? member.traits.jsonName : undefined) ?? member.name,
        member,
        target: deref(member.target),
        inheritedName: member.name in Object.prototype,
        clientOptional: member.traits.clientOptional === true,
        hasDefault: member.traits.default !== undefined && member.traits.default !== null,
        verbatim: verbatimOf(deref(member.target)),
      }));
      plan = {
        members,
        renamed: members.some((m) => m.wireName !== m.name),
        byWireName: new Map(members.map((m) => [m.wireName, m])),
        withDefaults: members.filter((m) => m.hasDefault),
        requiredWithoutDefault: members.filter((m) => m.member.traits.required === true && (m.member.traits.default === undefined || m.member.traits.default === null)),
      };
      this.plans.set(schema, plan);
    }
    this.lastPlanned = schema;
    this.lastPlan = plan;
    return plan;
  }

  // ---------------------------------------------------------------- writing

  private writeValue(member: MemberSchema, target: Schema, value: unknown, w: WriteContext): unknown {
    switch (target.kind) {
      case "string":
      case "enum":
        if (typeof value !== "string") throw new SerdeError(`expected a string, got ${describeType(value)}`);
        return value;
      case "boolean":
        if (typeof value !== "boolean") throw new SerdeError(`expected a boolean, got ${describeType(value)}`);
        return value;
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "intEnum":
        if (typeof value !== "number") throw new SerdeError(`expected a number, got ${describeType(value)}`);
        if (target.kind !== "long") return checkInteger(value, target.kind);
        if (Number.isSafeInteger(value)) return value;
        // JSON.stringify would print the shortest round-trip form (2^60 -> 1152921504606847000),
        // which is not the integer the number holds; write its exact digits instead.
        w.raw = true;
        return new JsonNumberText(BigInt(checkLongToWrite(value)).toString());
      case "float":
      case "double":
        if (typeof value !== "number") throw new SerdeError(`expected a number, got ${describeType(value)}`);
        return Number.isFinite(value) ? value : formatFloat(value);
      case "bigInteger":
        if (typeof value === "bigint") {
          w.raw = true;
          return new JsonNumberText(value.toString());
        }
        if (typeof value === "number" && Number.isSafeInteger(value)) return value;
        throw new SerdeError(`expected a bigint, got ${describeType(value)}`);
      case "bigDecimal":
        if (typeof value === "string" && isDecimalText(value)) {
          w.raw = true;
          return new JsonNumberText(value);
        }
        if (typeof value === "number" && Number.isFinite(value)) return value;
        throw new SerdeError(`expected a decimal number as a string, got ${typeof value === "string" ? `"${value}"` : describeType(value)}`);
      case "timestamp":
        return this.writeTimestamp(member, value);
      case "blob":
        if (value instanceof Uint8Array) return toBase64(value);
        if (typeof value === "string") return toBase64(utf8Encode(value));
        throw new SerdeError(`expected a Uint8Array, got ${describeType(value)}`);
      case "document":
        return value;
      case "list":
        return this.writeList(target, value, w);
      case "map":
        return this.writeMap(target, value, w);
      case "structure":
        return this.writeStructureWith(target, value as Readonly<Record<string, unknown>>, w, false);
      case "union":
        return this.writeUnion(target, value, w);
    }
  }

  private writeTimestamp(member: MemberSchema, value: unknown): unknown {
    if (!(value instanceof Date)) throw new SerdeError(`expected a Date, got ${describeType(value)}`);
    const t = this.timestampsOrThrow();
    switch (member.traits.timestampFormat ?? this.timestampFormat) {
      case "epoch-seconds":
        return t.formatEpochSeconds(value);
      case "date-time":
        return t.formatDateTime(value);
      case "http-date":
        return t.formatHttpDate(value);
    }
  }

  private timestampsOrThrow(): TimestampCodec {
    if (this.timestamps === undefined) throw missingTimestampCodec();
    return this.timestamps;
  }

  private writeList(schema: ListSchema, value: unknown, w: WriteContext): unknown[] {
    if (!Array.isArray(value)) throw new SerdeError(`expected an array, got ${describeType(value)}`);
    const member = schema.member;
    const target = deref(member.target);
    const verbatim = verbatimOf(target);
    // A list of values that are their own JSON (strings, booleans, ints) is written as it is.
    let same = 0;
    while (same < value.length && isVerbatimValue(verbatim, value[same])) same++;
    if (same === value.length) return value;
    const sparse = schema.traits.sparse === true;
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || item === undefined) {
        if (!sparse) throw new SerdeError("null is not allowed in a non-sparse list").within(i);
        out[i] = null;
        continue;
      }
      try {
        out[i] = this.writeValue(member, target, item, w);
      } catch (e) {
        throw withSegment(e, i);
      }
    }
    return out;
  }

  private writeMap(schema: MapSchema, value: unknown, w: WriteContext): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new SerdeError(`expected an object (map), got ${describeType(value)}`);
    }
    const member = schema.value;
    const target = deref(member.target);
    const verbatim = verbatimOf(target);
    const sparse = schema.traits.sparse === true;
    const out: Record<string, unknown> = {};
    const entries = value as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(entries)) {
      const item = entries[key];
      if (item === undefined) continue;
      if (item === null) {
        if (!sparse) throw new SerdeError("null is not allowed in a non-sparse map").within(key);
        setOwn(out, key, null);
        continue;
      }
      try {
        setOwn(out, key, isVerbatimValue(verbatim, item) ? item : this.writeValue(member, target, item, w));
      } catch (e) {
        throw withSegment(e, key);
      }
    }
    return out;
  }

  private writeUnion(schema: UnionSchema, value: unknown, w: WriteContext): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new SerdeError(`expected an object (union ${schema.id}), got ${describeType(value)}`);
    }
    const record = value as Readonly<Record<string, unknown>>;
    let chosen: MemberPlan | undefined;
    for (const m of this.planOf(schema).members) {
      const v = m.inheritedName && !Object.hasOwn(record, m.name) ? undefined : record[m.name];
      if (v === undefined || v === null) continue;
      if (chosen !== undefined) throw new SerdeError(`union ${schema.id} has more than one member set ("${chosen.name}" and "${m.name}")`);
      chosen = m;
    }
    if (chosen === undefined) {
      throw new SerdeError(
        Object.hasOwn(record, "$unknown") ? `union ${schema.id} holds an unknown member ($unknown), which cannot be sent` : `union ${schema.id} has no member set`,
      );
    }
    const out: Record<string, unknown> = {};
    try {
      setOwn(out, chosen.wireName, this.writeValue(chosen.member, chosen.target, record[chosen.name], w));
    } catch (e) {
      throw withSegment(e, chosen.name);
    }
    return out;
  }

  // ---------------------------------------------------------------- reading

  private readValue(member: MemberSchema, target: Schema, json: unknown, ctx: ReadContext, depth: number): unknown {
    switch (target.kind) {
      case "string":
      case "enum":
        if (typeof json !== "string") throw new SerdeError(`expected a string, got ${describeJson(json)}`);
        return json;
      case "boolean":
        if (typeof json !== "boolean") throw new SerdeError(`expected a boolean, got ${describeJson(json)}`);
        return json;
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "intEnum":
        return checkInteger(jsonNumber(json), target.kind);
      case "float":
      case "double": {
        if (typeof json === "string") {
          const special = nonNumericFloat(json);
          if (special !== undefined) return special;
        }
        return jsonNumber(json);
      }
      case "bigInteger":
        return readBigInteger(json);
      case "bigDecimal":
        if (json instanceof JsonNumberText) return json.text;
        if (typeof json === "number") return String(json);
        throw new SerdeError(`expected a number, got ${describeJson(json)}`);
      case "timestamp":
        return this.readTimestamp(member, json, ctx.side);
      case "blob":
        if (typeof json !== "string") throw new SerdeError(`expected a base64 string, got ${describeJson(json)}`);
        return fromBase64(json);
      case "document":
        return readDocument(json, ctx, depth);
      case "list":
        return this.readList(target, json, ctx, depth + 1);
      case "map":
        return this.readMap(target, json, ctx, depth + 1);
      case "structure":
        return this.readStructureAt(target, json, ctx, depth + 1);
      case "union":
        return this.readUnion(target, json, ctx, depth + 1);
    }
  }

  private readTimestamp(member: MemberSchema, json: unknown, side: Side): Date {
    const t = this.timestampsOrThrow();
    const format = member.traits.timestampFormat ?? this.timestampFormat;
    if (side === "server") {
      if (format === "epoch-seconds") {
        if (typeof json !== "number" && !(json instanceof JsonNumberText)) throw new SerdeError(`expected epoch seconds as a number, got ${describeJson(json)}`);
        return t.epochSecondsToDate(jsonNumber(json));
      }
      if (typeof json !== "string") throw new SerdeError(`expected a ${format} timestamp string, got ${describeJson(json)}`);
      return format === "date-time" ? t.parseDateTime(json, true) : t.parseHttpDate(json);
    }
    // Clients accept any spelling a service might use, trying the modeled format first.
    if (typeof json === "number" || json instanceof JsonNumberText) return t.epochSecondsToDate(jsonNumber(json));
    if (typeof json !== "string") throw new SerdeError(`expected a timestamp, got ${describeJson(json)}`);
    const formats: readonly TimestampFormat[] = format === "http-date" ? ["http-date", "date-time", "epoch-seconds"] : ["date-time", "http-date", "epoch-seconds"];
    for (const spelling of formats) {
      try {
        return t.parseTimestampText(json, spelling, false);
      } catch {
        // try the next spelling
      }
    }
    throw new SerdeError(`expected a ${format} timestamp, got "${json.length > 64 ? `${json.slice(0, 64)}…` : json}"`);
  }

  // Readers convert the freshly parsed tree in place: a parsed array or object becomes the
  // value itself, and only converted items (timestamps, blobs, big numbers...) are written
  // back. That saves a copy of every aggregate. When items must be dropped (nulls a client
  // skips, unknown or null members) the value is rebuilt without them.

  private readList(schema: ListSchema, json: unknown, ctx: ReadContext, depth: number): unknown[] {
    if (!Array.isArray(json)) throw new SerdeError(`expected an array, got ${describeJson(json)}`);
    if (depth > ctx.maxDepth) throw new SerdeError(`nesting deeper than ${ctx.maxDepth}`);
    const member = schema.member;
    const target = deref(member.target);
    const sparse = schema.traits.sparse === true;
    const list: unknown[] = json;
    const verbatim = verbatimOf(target);
    let dropped = false;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (isVerbatimValue(verbatim, item)) continue;
      if (item === null) {
        if (sparse) continue;
        if (ctx.side === "server") throw new SerdeError("null is not allowed in a non-sparse list").within(i);
        dropped = true;
        continue;
      }
      try {
        const value = this.readValue(member, target, item, ctx, depth);
        if (value !== item) list[i] = value;
      } catch (e) {
        throw withSegment(e, i);
      }
    }
    return dropped ? list.filter((item) => item !== null) : list;
  }

  private readMap(schema: MapSchema, json: unknown, ctx: ReadContext, depth: number): Record<string, unknown> {
    if (!isJsonObject(json)) throw new SerdeError(`expected an object (map), got ${describeJson(json)}`);
    if (depth > ctx.maxDepth) throw new SerdeError(`nesting deeper than ${ctx.maxDepth}`);
    const member = schema.value;
    const target = deref(member.target);
    const sparse = schema.traits.sparse === true;
    const verbatim = verbatimOf(target);
    let dropped = false;
    for (const key of Object.keys(json)) {
      const item = json[key];
      if (isVerbatimValue(verbatim, item)) continue;
      if (item === null) {
        if (sparse) continue;
        if (ctx.side === "server") throw new SerdeError("null is not allowed in a non-sparse map").within(key);
        dropped = true;
        continue;
      }
      try {
        // `key` is an own property of the parsed object, so even "__proto__" is set as data.
        const value = this.readValue(member, target, item, ctx, depth);
        if (value !== item) json[key] = value;
      } catch (e) {
        throw withSegment(e, key);
      }
    }
    return dropped ? copyWithout(json, (key) => json[key] === null) : json;
  }

  private readStructureAt(schema: StructureSchema, json: unknown, ctx: ReadContext, depth: number): Record<string, unknown> {
    if (!isJsonObject(json)) throw new SerdeError(`expected an object, got ${describeJson(json)}`);
    if (depth > ctx.maxDepth) throw new SerdeError(`nesting deeper than ${ctx.maxDepth}`);
    const plan = this.planOf(schema);
    // In place, unless @jsonName renames members: then the value is built under the member names.
    const renamed = plan.renamed ? ({} as Record<string, unknown>) : undefined;
    let dropped = false;
    // Senders usually keep the model's member order: try the member after the last one first.
    let next = 0;
    for (const key of Object.keys(json)) {
      const guess = plan.members[next];
      const m = guess !== undefined && guess.wireName === key ? guess : plan.byWireName.get(key);
      const item = json[key];
      if (m === undefined || item === null) {
        dropped = true;
        continue;
      }
      next = m.index + 1;
      try {
        const value = isVerbatimValue(m.verbatim, item) ? item : this.readValue(m.member, m.target, item, ctx, depth);
        if (renamed !== undefined) setOwn(renamed, m.name, value);
        else if (value !== item) json[key] = value;
      } catch (e) {
        throw withSegment(e, m.name);
      }
    }
    const out = renamed ?? (dropped ? copyWithout(json, (key) => json[key] === null || !plan.byWireName.has(key)) : json);
    this.complete(plan, out, ctx, depth);
    return out;
  }

  private complete(plan: ObjectPlan, out: Record<string, unknown>, ctx: ReadContext, depth: number): void {
    for (const m of plan.withDefaults) {
      if (Object.hasOwn(out, m.name)) continue;
      const value = defaultValueOf(m.member, m.target);
      if (value !== undefined) setOwn(out, m.name, value);
    }
    if (ctx.side !== "client") return;
    for (const m of plan.requiredWithoutDefault) {
      if (Object.hasOwn(out, m.name)) continue;
      const zero = m.target.kind === "structure" ? this.readStructureAt(m.target, {}, ctx, depth + 1) : zeroValueOf(m.target);
      if (zero !== undefined) setOwn(out, m.name, zero);
    }
  }

  private readUnion(schema: UnionSchema, json: unknown, ctx: ReadContext, depth: number): Record<string, unknown> {
    if (!isJsonObject(json)) throw new SerdeError(`expected an object (union), got ${describeJson(json)}`);
    if (depth > ctx.maxDepth) throw new SerdeError(`nesting deeper than ${ctx.maxDepth}`);
    const plan = this.planOf(schema);
    let result: Record<string, unknown> | undefined;
    let chosen = "";
    for (const key of Object.keys(json)) {
      const item = json[key];
      // "__type" is protocol metadata some services add to union values; it is never a member.
      if (item === null || key === "__type") continue;
      if (result !== undefined) throw new SerdeError(`union has more than one member set ("${chosen}" and "${key}")`);
      chosen = key;
      const m = plan.byWireName.get(key);
      if (m === undefined) {
        if (ctx.side === "server") throw new SerdeError(`unknown union member "${key}"`);
        result = { $unknown: [key, readDocument(item, ctx, depth)] };
        continue;
      }
      result = {};
      try {
        setOwn(result, m.name, this.readValue(m.member, m.target, item, ctx, depth));
      } catch (e) {
        throw withSegment(e, m.name);
      }
    }
    if (result === undefined) throw new SerdeError("union has no member set");
    return result;
  }
}

/** A copy of a parsed object without the keys `drop` names (kept keys keep their order). */
function copyWithout(json: Record<string, unknown>, drop: (key: string) => boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(json)) if (!drop(key)) setOwn(out, key, json[key]);
  return out;
}

function isJsonObject(json: unknown): json is Record<string, unknown> {
  return typeof json === "object" && json !== null && !Array.isArray(json) && !(json instanceof JsonNumberText);
}

function describeJson(json: unknown): string {
  if (json instanceof JsonNumberText || typeof json === "number") return "number";
  if (typeof json === "string") return "string";
  if (typeof json === "object") return json === null ? "null" : Array.isArray(json) ? "array" : "object";
  return typeof json;
}

function jsonNumber(json: unknown): number {
  if (typeof json === "number") return json;
  if (json instanceof JsonNumberText) return json.toNumber();
  throw new SerdeError(`expected a number, got ${describeJson(json)}`);
}

function readBigInteger(json: unknown): bigint {
  if (json instanceof JsonNumberText) {
    if (!/^-?\d+$/.test(json.text)) throw new SerdeError(`expected an integer, got ${json.text}`);
    return BigInt(json.text);
  }
  if (typeof json === "number" && Number.isSafeInteger(json)) return BigInt(json);
  throw new SerdeError(`expected an integer, got ${describeJson(json)}`);
}

/** Copies a document value, bounding its depth and turning lossless numbers into numbers. */
function readDocument(json: unknown, ctx: ReadContext, depth: number): unknown {
  if (json === null || typeof json !== "object") return json;
  if (json instanceof JsonNumberText) return json.toNumber();
  if (depth + 1 > ctx.maxDepth) throw new SerdeError(`nesting deeper than ${ctx.maxDepth}`);
  if (Array.isArray(json)) {
    const out = new Array<unknown>(json.length);
    for (let i = 0; i < json.length; i++) out[i] = readDocument(json[i], ctx, depth + 1);
    return out;
  }
  const source = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) setOwn(out, key, readDocument(source[key], ctx, depth + 1));
  return out;
}
