// What the client and server halves of an HTTP-binding protocol share: headers and prefix
// headers in both directions, @httpPayload and document bodies, Content-Type/Content-Length
// framing, and the media type a message's body carries. Each half imports only these
// helpers, so a client bundle holds no server paths and a server bundle no client ones.
import type { HttpBody, HttpHeaders } from "../../http/types.js";
import { ByteStream } from "../../http/byte-stream.js";
import type { StreamingBlobInput } from "../../http/byte-stream.js";
import { bytesOf, collectBody, isEmptyBody, isInMemory, textOf, type InMemoryBody } from "../../http/body.js";
import type { StructureSchema } from "../../schema/schema.js";
import { defaultValueOf } from "../../serde/defaults.js";
import { quoteHeaderItem, splitHeaderList, splitHttpDateList } from "../../serde/header-list.js";
import type { Side } from "../../serde/json-codec.js";
import { setOwn } from "../../serde/lossless-json.js";
import { mediaTypeEssence } from "../../serde/media-type.js";
import { SerdeError, withSegment } from "../../serde/serde-error.js";
import { formatTextValue, parseTextValue, textTimestampFormat } from "../../serde/text-values.js";
import { utf8ByteLength, utf8Encode } from "../../serde/utf8.js";
import type { TimestampCodec } from "../../serde/timestamp.js";
import type { DocumentCodec } from "../document-codec.js";
import type { HttpBindings, MemberBinding, PayloadBinding } from "./bindings.js";

export const UNIT_ID = "smithy.api#Unit";

/** Any Content-Type is acceptable (blob payloads without @mediaType). */
export const ANY = "*";


/** A serialized body with the Content-Type it implies. */
export interface WrittenBody {
  readonly body: HttpBody;
  readonly contentType: string | undefined;
}

export const NO_BODY: WrittenBody = { body: undefined, contentType: undefined };

/** The body structure of a response without body members (Unit outputs and errors). */
export const EMPTY_STRUCTURE: StructureSchema = { kind: "structure", id: UNIT_ID, traits: {}, members: [] };

export function own(values: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new SerdeError(`expected an array, got ${value === null ? "null" : typeof value}`);
  return value;
}

/** Whether a body text is an empty JSON object ("{}" with any whitespace): how an unset structure payload travels in a request. */
function isEmptyObjectText(text: string): boolean {
  let i = skipWhitespace(text, 0);
  if (text.charCodeAt(i) !== 123 /* { */) return false;
  i = skipWhitespace(text, i + 1);
  if (text.charCodeAt(i) !== 125 /* } */) return false;
  return skipWhitespace(text, i + 1) === text.length;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** Whether a body text is empty or only whitespace, without allocating a trimmed copy. */
function isBlank(text: string): boolean {
  return skipWhitespace(text, 0) === text.length;
}

export function payloadMediaType(payload: PayloadBinding, documentType: string): string {
  switch (payload.kind) {
    case "blob":
    case "stream":
      return payload.mediaType === undefined ? ANY : mediaTypeEssence(payload.mediaType);
    case "text":
      return mediaTypeEssence(payload.mediaType ?? "text/plain");
    default:
      return documentType;
  }
}

/** The Content-Type a response-direction message carries (ANY when unconstrained). */
export function responseMediaType(b: HttpBindings, documentType: string): string {
  return b.payload !== undefined ? payloadMediaType(b.payload, documentType) : documentType;
}

// ---------------------------------------------------------------- headers

/** RFC 9110 token characters, the only ones a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function writeHeaders(b: HttpBindings, values: Readonly<Record<string, unknown>>, headers: Record<string, string>, side: Side, timestamps: TimestampCodec | undefined): void {
  // Prefix headers first, so a specific @httpHeader member wins over a map entry.
  const prefix = b.prefixHeaders;
  if (prefix !== undefined) {
    const map = own(values, prefix.name);
    if (map !== undefined && map !== null) {
      if (typeof map !== "object") throw new SerdeError("expected an object (map)").within(prefix.name);
      const entries = map as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(entries)) {
        const value = entries[key];
        if (value === undefined || value === null) continue;
        try {
          if (!HEADER_NAME.test(key)) throw new SerdeError(`"${key}" cannot be part of a header name`);
          headers[`${prefix.prefix}${key.toLowerCase()}`] = formatTextValue(prefix.value, prefix.valueTarget, value, "header", timestamps);
        } catch (e) {
          throw withSegment(withSegment(e, key), prefix.name);
        }
      }
    }
  }
  for (const h of b.headers) {
    let value = own(values, h.name);
    if (value === undefined || value === null) {
      if (side !== "server") continue;
      value = defaultValueOf(h.member, h.target);
      if (value === undefined) continue;
    }
    try {
      headers[h.header] = h.item !== undefined ? formatHeaderList(h, value, timestamps) : formatTextValue(h.member, h.target, value, "header", timestamps);
    } catch (e) {
      throw withSegment(e, h.name);
    }
  }
}

function formatHeaderList(h: MemberBinding, value: unknown, timestamps: TimestampCodec | undefined): string {
  const item = h.item!;
  const quote = item.target.kind === "string" || item.target.kind === "enum";
  const parts: string[] = [];
  const list = asArray(value);
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (entry === null || entry === undefined) continue;
    try {
      const text = formatTextValue(item.member, item.target, entry, "header", timestamps);
      parts.push(quote ? quoteHeaderItem(text) : text);
    } catch (e) {
      throw withSegment(e, i);
    }
  }
  return parts.join(", ");
}

export function readHeaders(b: HttpBindings, headers: HttpHeaders, out: Record<string, unknown>, side: Side, timestamps: TimestampCodec | undefined): void {
  const strict = side === "server";
  for (const h of b.headers) {
    const raw = headers[h.header];
    if (raw === undefined) continue;
    try {
      setOwn(out, h.name, h.item !== undefined ? parseHeaderList(h, raw, strict, timestamps) : parseTextValue(h.member, h.target, raw.trim(), "header", strict, timestamps));
    } catch (e) {
      throw withSegment(e, h.name);
    }
  }
  const prefix = b.prefixHeaders;
  if (prefix !== undefined) {
    const map: Record<string, unknown> = {};
    let found = false;
    for (const name of Object.keys(headers)) {
      if (!name.startsWith(prefix.prefix) || name.length === prefix.prefix.length) continue;
      const key = name.slice(prefix.prefix.length);
      try {
        setOwn(map, key, parseTextValue(prefix.value, prefix.valueTarget, headers[name]!, "header", strict, timestamps));
      } catch (e) {
        throw withSegment(withSegment(e, key), prefix.name);
      }
      found = true;
    }
    if (found) setOwn(out, prefix.name, map);
  }
}

function parseHeaderList(h: MemberBinding, raw: string, strict: boolean, timestamps: TimestampCodec | undefined): unknown[] {
  if (raw.trim() === "") return [];
  const item = h.item!;
  const httpDates = item.target.kind === "timestamp" && textTimestampFormat(item.member, "header") === "http-date";
  const parts = httpDates ? splitHttpDateList(raw) : splitHeaderList(raw);
  const out: unknown[] = [];
  for (let i = 0; i < parts.length; i++) {
    try {
      out.push(parseTextValue(item.member, item.target, parts[i]!, "header", strict, timestamps));
    } catch (e) {
      throw withSegment(e, i);
    }
  }
  return out;
}

// ---------------------------------------------------------------- body

/** The members of a message carried in a document body. */
export function writeDocument(codec: DocumentCodec, documentType: string, body: StructureSchema, values: Readonly<Record<string, unknown>>, side: Side): WrittenBody {
  return { body: codec.writeStructureText(body, values, side, true), contentType: documentType };
}

export function writePayload(codec: DocumentCodec, payload: PayloadBinding, value: unknown, side: Side): WrittenBody {
  switch (payload.kind) {
    case "structure":
      if (value === undefined || value === null) {
        // Requests carry an unset structure payload as an empty document; responses omit it.
        return side === "client" ? { body: "{}", contentType: payload.mediaType ?? "application/json" } : NO_BODY;
      }
      return { body: writeMember(codec, payload, value, side), contentType: payload.mediaType ?? "application/json" };
    case "union":
    case "document":
      if (value === undefined || value === null) return NO_BODY;
      return { body: writeMember(codec, payload, value, side), contentType: payload.mediaType ?? "application/json" };
    case "text":
      if (value === undefined || value === null) return NO_BODY;
      if (typeof value !== "string") throw new SerdeError(`expected a string, got ${typeof value}`).within(payload.name);
      return { body: value, contentType: payload.mediaType ?? "text/plain" };
    case "blob":
      if (value === undefined || value === null) return NO_BODY;
      if (typeof value === "string") return { body: utf8Encode(value), contentType: payload.mediaType ?? "application/octet-stream" };
      if (!(value instanceof Uint8Array)) throw new SerdeError(`expected a Uint8Array, got ${typeof value}`).within(payload.name);
      return { body: value, contentType: payload.mediaType ?? "application/octet-stream" };
    case "stream": {
      if (value === undefined || value === null) return NO_BODY;
      const body = value instanceof ByteStream ? value.body : (value as StreamingBlobInput as HttpBody);
      if (isEmptyBody(body)) return NO_BODY;
      return { body, contentType: payload.mediaType ?? "application/octet-stream" };
    }
  }
}

function writeMember(codec: DocumentCodec, payload: PayloadBinding, value: unknown, side: Side): string {
  try {
    return codec.writeMemberText(payload.member, value, side);
  } catch (e) {
    throw withSegment(e, payload.name);
  }
}

/** Sets Content-Type (unless a member already bound it) and Content-Length of a body. */
export function finishBody(headers: Record<string, string>, written: WrittenBody): void {
  const body = written.body;
  if (body === undefined) return;
  if (written.contentType !== undefined && headers["content-type"] === undefined) headers["content-type"] = written.contentType;
  if (typeof body === "string") headers["content-length"] = String(utf8ByteLength(body));
  else if (body instanceof Uint8Array) headers["content-length"] = String(body.length);
}

/**
 * Reads the body-bound members of a message into `out` (payload or document members).
 * In-memory bodies (what adapters and most HTTP clients hand over) are read synchronously and
 * the result is undefined; a streamed body is read into memory first, and the result is the
 * promise of that.
 */
export function readBody(codec: DocumentCodec, b: HttpBindings, body: HttpBody, out: Record<string, unknown>, side: Side, limit: number | undefined): Promise<void> | undefined {
  const payload = b.payload;
  if (payload?.kind === "stream") {
    setOwn(out, payload.name, new ByteStream(body));
    return undefined;
  }
  if (!isInMemory(body)) return collectBody(body, limit).then((bytes) => readInMemoryBody(codec, b, bytes, out, side, limit));
  readInMemoryBody(codec, b, body, out, side, limit);
  return undefined;
}

function readInMemoryBody(codec: DocumentCodec, b: HttpBindings, body: InMemoryBody, out: Record<string, unknown>, side: Side, limit: number | undefined): void {
  const payload = b.payload;
  if (payload === undefined && b.body === undefined) {
    // Nothing is modeled in the body; still check it against the limit.
    if (!isEmptyBody(body)) bytesOf(body, limit);
    return;
  }
  if (payload?.kind === "blob") {
    const bytes = bytesOf(body, limit);
    if (bytes.length > 0) setOwn(out, payload.name, bytes);
    return;
  }
  const text = textOf(body, limit);
  if (payload !== undefined) {
    if (text === "") return;
    // "{}" is what writers send for an unset structure payload, so it reads back as unset; a
    // @required payload cannot be unset, so there it is the empty structure it says it is.
    if (payload.kind === "structure" && payload.member.traits.required !== true && isEmptyObjectText(text)) return;
    try {
      setOwn(out, payload.name, payload.kind === "text" ? text : codec.readMemberText(payload.member, text, side));
    } catch (e) {
      throw withSegment(e, payload.name);
    }
    return;
  }
  if (isBlank(text)) return;
  const fields = codec.readStructureText(b.body!, text, side);
  for (const key of Object.keys(fields)) setOwn(out, key, fields[key]);
}
