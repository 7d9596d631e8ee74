// The shared machinery of HTTP-binding protocols (restJson1 now, restXml later): URI labels,
// query strings, headers, prefix headers, @httpPayload, @httpResponseCode, content negotiation
// and error responses, in both directions. A concrete protocol supplies the document codec for
// the body and the way errors are named on the wire.
import type { HttpBody, HttpHeaders, HttpRequest, HttpResponse } from "../../http/types.js";
import { ByteStream } from "../../http/byte-stream.js";
import type { StreamingBlobInput } from "../../http/byte-stream.js";
import { collectBody, collectBodyText, isEmptyBody } from "../../http/body.js";
import { ConstructionError } from "../../errors.js";
import type { MemberSchema, OperationSchema, StructureSchema } from "../../schema/schema.js";
import { deref } from "../../schema/schema.js";
import { defaultValueOf } from "../../serde/defaults.js";
import { quoteHeaderItem, splitHeaderList, splitHttpDateList } from "../../serde/header-list.js";
import type { Side } from "../../serde/json-codec.js";
import { setOwn } from "../../serde/lossless-json.js";
import { acceptAdmits, mediaTypeEssence } from "../../serde/media-type.js";
import { SerdeError, withSegment } from "../../serde/serde-error.js";
import { formatTextValue, parseTextValue, textTimestampFormat } from "../../serde/text-values.js";
import { utf8ByteLength, utf8Encode } from "../../serde/utf8.js";
import { encodeLabel } from "../../serde/uri-encoding.js";
import type { DocumentCodec } from "../document-codec.js";
import { requestIdOf, shapeName } from "../error-code.js";
import { FRAMEWORK_ERROR_CODES, frameworkErrorMessage, requestReadError } from "../framework-errors.js";
import {
  constructionError,
  createModeledError,
  createUnmodeledError,
  errorSchemaFor,
  errorSchemaOf,
  errorStatus,
  modeledErrorFields,
  responseError,
  serviceMessageOf,
} from "../modeled-errors.js";
import type { ClientProtocol, ClientSerdeContext, ServerProtocol, ServerSerdeContext } from "../protocol.js";
import { FrameworkError } from "../protocol.js";
import type { HttpBindings, MapBinding, MemberBinding, PayloadBinding } from "./bindings.js";
import { requestBindings, responseBindings } from "./bindings.js";
import { matchUriPattern, parseUriPattern, pathMismatch } from "./uri-pattern.js";

const UNIT_ID = "smithy.api#Unit";

/** An empty JSON object: how an unset structure payload travels in a request. */
const EMPTY_OBJECT = /^\s*\{\s*\}\s*$/;

/** Any Content-Type is acceptable (blob payloads without @mediaType). */
const ANY = "*";

/** A serialized body with the Content-Type it implies. */
interface WrittenBody {
  readonly body: HttpBody;
  readonly contentType: string | undefined;
}

const NO_BODY: WrittenBody = { body: undefined, contentType: undefined };

export abstract class HttpBindingProtocol implements ClientProtocol, ServerProtocol {
  abstract readonly id: string;
  /** Reads and writes the members carried in the body. */
  protected abstract readonly codec: DocumentCodec;
  /** The media type of the protocol's documents, e.g. "application/json". */
  protected abstract readonly documentType: string;

  /** The error code of a client-side error response, and the parsed body for its message. */
  protected abstract identifyError(headers: HttpHeaders, bodyText: string): { readonly code: string | undefined; readonly document: Readonly<Record<string, unknown>> | undefined };
  /** Marks a server-side error response with the error's name (header and/or body). */
  protected abstract nameError(code: string, headers: Record<string, string>): void;
  /** The body of a framework error response. */
  protected abstract frameworkErrorBody(code: string, message: string): string;

  // ================================================================ client

  async serializeRequest(operation: OperationSchema, input: Readonly<Record<string, unknown>>, ctx: ClientSerdeContext): Promise<HttpRequest> {
    try {
      return this.buildRequest(operation, input, ctx);
    } catch (e) {
      throw constructionError(operation, e);
    }
  }

  private buildRequest(operation: OperationSchema, input: Readonly<Record<string, unknown>>, ctx: ClientSerdeContext): HttpRequest {
    const http = operation.traits.http;
    if (http === undefined) throw new ConstructionError(`${operation.name} has no @http trait, which the ${this.id} protocol requires`);
    const b = requestBindings(deref(operation.input));
    const values = withIdempotencyTokens(b, input, ctx);
    const pattern = parseUriPattern(http.uri);

    let path = "";
    for (const segment of pattern.segments) {
      if (segment.kind === "literal") {
        path += `/${segment.text}`;
        continue;
      }
      const binding = b.labels.get(segment.name);
      const value = binding === undefined ? undefined : own(values, binding.name);
      try {
        if (binding === undefined || value === undefined || value === null) throw new SerdeError("the URI label must be set");
        const text = formatTextValue(binding.member, binding.target, value, "label");
        if (text === "") throw new SerdeError("the URI label must not be empty");
        path += `/${encodeLabel(text, segment.greedy)}`;
      } catch (e) {
        throw withSegment(e, segment.name);
      }
    }

    const query: (readonly [string, string])[] = [...pattern.query];
    const named = new Set<string>();
    for (const q of b.query) {
      const value = own(values, q.name);
      if (value === undefined || value === null) continue;
      named.add(q.param);
      try {
        if (q.item !== undefined) {
          for (const item of asArray(value)) if (item !== null && item !== undefined) query.push([q.param, formatTextValue(q.item.member, q.item.target, item, "query")]);
        } else query.push([q.param, formatTextValue(q.member, q.target, value, "query")]);
      } catch (e) {
        throw withSegment(e, q.name);
      }
    }
    if (b.queryParams !== undefined) writeQueryParams(b.queryParams, own(values, b.queryParams.name), named, query);

    const headers: Record<string, string> = {};
    writeHeaders(b, values, headers, "client");

    const written = b.payload !== undefined ? writePayload(this.codec, b.payload, own(values, b.payload.name), "client") : b.body !== undefined ? this.writeDocument(b.body, values, "client") : NO_BODY;
    finishBody(headers, written);
    const output = deref(operation.output);
    if (output.id !== UNIT_ID && headers["accept"] === undefined) {
      const accept = this.responseMediaType(responseBindings(output));
      if (accept !== ANY) headers["accept"] = accept;
    }
    if (path === "" || pattern.trailingSlash) path += "/";
    return { method: http.method, protocol: "https:", hostname: "", path, query, headers, body: written.body };
  }

  async deserializeResponse(operation: OperationSchema, response: HttpResponse, ctx: ClientSerdeContext): Promise<Record<string, unknown>> {
    const status = response.statusCode;
    if (status < 200 || (status >= 300 && status !== operation.traits.http?.code)) throw await this.readErrorResponse(operation, response, ctx);
    try {
      return await this.readMessage(responseBindings(deref(operation.output)), response, "client");
    } catch (e) {
      throw responseError(operation, status, e);
    }
  }

  private async readErrorResponse(operation: OperationSchema, response: HttpResponse, ctx: ClientSerdeContext): Promise<unknown> {
    const status = response.statusCode;
    const $metadata = { httpStatusCode: status, ...optionalRequestId(response.headers) };
    let text: string;
    try {
      text = await collectBodyText(response.body);
    } catch (e) {
      return responseError(operation, status, e);
    }
    const { code, document } = this.identifyError(response.headers, text);
    const schema = code === undefined ? undefined : errorSchemaFor(operation, ctx.service, code);
    if (schema === undefined || code === undefined) return createUnmodeledError(operation, code, serviceMessageOf(document), $metadata);
    try {
      const fields = await this.readMessage(responseBindings(schema), { statusCode: status, headers: response.headers, body: text }, "client");
      return createModeledError(operation, schema, fields, code, $metadata);
    } catch (e) {
      return responseError(operation, status, e);
    }
  }

  // ================================================================ server

  async deserializeRequest(operation: OperationSchema, request: HttpRequest, ctx: ServerSerdeContext): Promise<Record<string, unknown>> {
    try {
      return await this.readRequest(operation, request, ctx);
    } catch (e) {
      throw requestReadError(operation, e);
    }
  }

  private async readRequest(operation: OperationSchema, request: HttpRequest, ctx: ServerSerdeContext): Promise<Record<string, unknown>> {
    const b = requestBindings(deref(operation.input));
    this.checkContentType(b, request);
    const output = deref(operation.output);
    // Unit outputs answer with no body at all, so any Accept header is satisfied.
    const accept = output.id === UNIT_ID ? ANY : this.responseMediaType(responseBindings(output));
    if (accept !== ANY && !acceptAdmits(request.headers["accept"], accept)) {
      throw new FrameworkError("NotAcceptable", `${operation.name} responds with ${accept}, which the Accept header "${request.headers["accept"]}" does not admit`);
    }
    const out: Record<string, unknown> = {};

    if (b.labels.size > 0) {
      const uri = operation.traits.http?.uri ?? "/";
      const labels = matchUriPattern(parseUriPattern(uri), request.path);
      if (labels === undefined) throw pathMismatch(request.path, uri);
      for (const binding of b.labels.values()) {
        const text = labels.get(binding.name);
        if (text === undefined) continue;
        try {
          setOwn(out, binding.name, parseTextValue(binding.member, binding.target, text, "label", true));
        } catch (e) {
          throw withSegment(e, binding.name);
        }
      }
    }

    if (b.query.length > 0 || b.queryParams !== undefined) readQuery(b, request.query, out);
    readHeaders(b, request.headers, out, "server");
    await this.readBody(b, request.body, out, "server", ctx.bodyLimit);
    this.codec.completeStructure(b.schema, out, "server");
    return out;
  }

  async serializeResponse(operation: OperationSchema, output: Readonly<Record<string, unknown>>, ctx: ServerSerdeContext): Promise<HttpResponse> {
    try {
      const schema = deref(operation.output);
      const b = responseBindings(schema);
      let statusCode = operation.traits.http?.code ?? 200;
      if (b.responseCode !== undefined) {
        const code = own(output, b.responseCode.name);
        if (typeof code === "number") statusCode = code;
      }
      const headers: Record<string, string> = {};
      writeHeaders(b, output, headers, "server");
      const unit = schema.id === UNIT_ID;
      const written = b.payload !== undefined ? writePayload(this.codec, b.payload, own(output, b.payload.name), "server") : unit ? NO_BODY : this.writeDocument(b.body ?? EMPTY_STRUCTURE, output, "server");
      finishBody(headers, written);
      if (written.body === undefined) headers["content-length"] = "0";
      return { statusCode, headers, body: written.body };
    } catch (e) {
      throw outputWriteError(operation, e);
    }
  }

  async serializeError(operation: OperationSchema, error: Error, ctx: ServerSerdeContext): Promise<HttpResponse> {
    const schema = errorSchemaOf(operation, ctx.service, error);
    if (schema === undefined) {
      return this.serializeFrameworkError(new FrameworkError("InternalFailure", `${operation.name}: the handler threw an error that is not modeled`, { cause: error }), ctx);
    }
    try {
      const b = responseBindings(schema);
      const fields = modeledErrorFields(error);
      const headers: Record<string, string> = {};
      writeHeaders(b, fields, headers, "server");
      this.nameError(shapeName(schema.id), headers);
      const written = b.payload !== undefined ? writePayload(this.codec, b.payload, own(fields, b.payload.name), "server") : this.writeDocument(b.body ?? EMPTY_STRUCTURE, fields, "server");
      finishBody(headers, written);
      if (written.body === undefined) headers["content-length"] = "0";
      return { statusCode: errorStatus(schema), headers, body: written.body };
    } catch (e) {
      return this.serializeFrameworkError(outputWriteError(operation, e), ctx);
    }
  }

  serializeFrameworkError(error: FrameworkError, _ctx: ServerSerdeContext): HttpResponse {
    const code = FRAMEWORK_ERROR_CODES[error.errorKind];
    const headers: Record<string, string> = {};
    this.nameError(code, headers);
    const written: WrittenBody = { body: this.frameworkErrorBody(code, frameworkErrorMessage(error)), contentType: this.documentType };
    finishBody(headers, written);
    return { statusCode: error.statusCode, headers, body: written.body };
  }

  // ================================================================ shared

  private writeDocument(body: StructureSchema, values: Readonly<Record<string, unknown>>, side: Side): WrittenBody {
    return { body: this.codec.writeStructureText(body, values, side, true), contentType: this.documentType };
  }

  /** Reads headers, status and body of a response-direction message (client outputs and errors). */
  private async readMessage(b: HttpBindings, message: { readonly statusCode: number; readonly headers: HttpHeaders; readonly body: HttpBody }, side: Side): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    readHeaders(b, message.headers, out, side);
    if (b.responseCode !== undefined) setOwn(out, b.responseCode.name, message.statusCode);
    await this.readBody(b, message.body, out, side, undefined);
    this.codec.completeStructure(b.schema, out, side);
    return out;
  }

  private async readBody(b: HttpBindings, body: HttpBody, out: Record<string, unknown>, side: Side, limit: number | undefined): Promise<void> {
    const payload = b.payload;
    if (payload?.kind === "stream") {
      setOwn(out, payload.name, new ByteStream(body));
      return;
    }
    if (payload === undefined && b.body === undefined) {
      // Nothing is modeled in the body; still drain it so the connection can be reused.
      if (!isEmptyBody(body)) await collectBody(body, limit);
      return;
    }
    if (payload?.kind === "blob") {
      const bytes = await collectBody(body, limit);
      if (bytes.length > 0) setOwn(out, payload.name, bytes);
      return;
    }
    const text = await collectBodyText(body, limit);
    if (payload !== undefined) {
      if (text === "") return;
      if (payload.kind === "structure" && EMPTY_OBJECT.test(text)) return; // what writers send for "unset"
      try {
        setOwn(out, payload.name, payload.kind === "text" ? text : this.codec.readMemberText(payload.member, text, side));
      } catch (e) {
        throw withSegment(e, payload.name);
      }
      return;
    }
    if (isBlank(text)) return;
    const fields = this.codec.readStructureText(b.body!, text, side);
    for (const key of Object.keys(fields)) setOwn(out, key, fields[key]);
  }

  /** The Content-Type the operation's responses carry (ANY when unconstrained). */
  private responseMediaType(b: HttpBindings): string {
    return b.payload !== undefined ? payloadMediaType(b.payload, this.documentType) : this.documentType;
  }

  private checkContentType(b: HttpBindings, request: HttpRequest): void {
    const header = request.headers["content-type"];
    const expected = b.payload !== undefined ? payloadMediaType(b.payload, this.documentType) : b.body !== undefined || isEmptyInput(b.schema) ? this.documentType : undefined;
    if (expected === ANY) return;
    if (expected === undefined) {
      // A stray Content-Type on an empty body is harmless; a body nobody modeled is not.
      if (header !== undefined && !isEmptyBody(request.body)) {
        throw new FrameworkError("UnsupportedMediaType", `this operation takes no request body, but one was sent with Content-Type "${header}"`);
      }
      return;
    }
    if (header === undefined) {
      if (!isEmptyBody(request.body) && b.payload?.kind !== "stream") throw new FrameworkError("UnsupportedMediaType", `a request body was sent without a Content-Type; expected ${expected}`);
      return;
    }
    if (mediaTypeEssence(header) !== expected) throw new FrameworkError("UnsupportedMediaType", `expected Content-Type ${expected}, got "${header}"`);
  }
}

/**
 * An input structure without any member (but not Unit): clients send nothing, yet a JSON
 * object with the document Content-Type is also fine, like any empty document.
 */
function isEmptyInput(schema: StructureSchema): boolean {
  return schema.members.length === 0 && schema.id !== UNIT_ID;
}

const EMPTY_STRUCTURE: StructureSchema = { kind: "structure", id: UNIT_ID, traits: {}, members: [] };

function payloadMediaType(payload: PayloadBinding, documentType: string): string {
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

/** Whether a body text is empty or only whitespace, without allocating a trimmed copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

function own(values: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

function asArray(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new SerdeError(`expected an array, got ${value === null ? "null" : typeof value}`);
  return value;
}

function optionalRequestId(headers: HttpHeaders): { requestId?: string } {
  const requestId = requestIdOf(headers);
  return requestId === undefined ? {} : { requestId };
}

function withIdempotencyTokens(b: HttpBindings, input: Readonly<Record<string, unknown>>, ctx: ClientSerdeContext): Readonly<Record<string, unknown>> {
  let values = input;
  for (const name of b.idempotencyTokens) {
    if (own(values, name) !== undefined) continue;
    if (values === input) values = { ...input };
    (values as Record<string, unknown>)[name] = ctx.idempotencyToken();
  }
  return values;
}

function outputWriteError(operation: OperationSchema, error: unknown): FrameworkError {
  if (error instanceof FrameworkError) return error;
  const detail = error instanceof SerdeError ? error.message : error instanceof Error ? error.message : String(error);
  return new FrameworkError("InternalFailure", `${operation.name}: the handler's result cannot be serialized: ${detail}`, { cause: error });
}

// ---------------------------------------------------------------- headers

/** RFC 9110 token characters, the only ones a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function writeHeaders(b: HttpBindings, values: Readonly<Record<string, unknown>>, headers: Record<string, string>, side: Side): void {
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
          headers[`${prefix.prefix}${key.toLowerCase()}`] = formatTextValue(prefix.value, prefix.valueTarget, value, "header");
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
      headers[h.header] = h.item !== undefined ? formatHeaderList(h, value) : formatTextValue(h.member, h.target, value, "header");
    } catch (e) {
      throw withSegment(e, h.name);
    }
  }
}

function formatHeaderList(h: MemberBinding, value: unknown): string {
  const item = h.item!;
  const quote = item.target.kind === "string" || item.target.kind === "enum";
  const parts: string[] = [];
  const list = asArray(value);
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (entry === null || entry === undefined) continue;
    try {
      const text = formatTextValue(item.member, item.target, entry, "header");
      parts.push(quote ? quoteHeaderItem(text) : text);
    } catch (e) {
      throw withSegment(e, i);
    }
  }
  return parts.join(", ");
}

function readHeaders(b: HttpBindings, headers: HttpHeaders, out: Record<string, unknown>, side: Side): void {
  const strict = side === "server";
  for (const h of b.headers) {
    const raw = headers[h.header];
    if (raw === undefined) continue;
    try {
      setOwn(out, h.name, h.item !== undefined ? parseHeaderList(h, raw, strict) : parseTextValue(h.member, h.target, raw.trim(), "header", strict));
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
        setOwn(map, key, parseTextValue(prefix.value, prefix.valueTarget, headers[name]!, "header", strict));
      } catch (e) {
        throw withSegment(withSegment(e, key), prefix.name);
      }
      found = true;
    }
    if (found) setOwn(out, prefix.name, map);
  }
}

function parseHeaderList(h: MemberBinding, raw: string, strict: boolean): unknown[] {
  if (raw.trim() === "") return [];
  const item = h.item!;
  const httpDates = item.target.kind === "timestamp" && textTimestampFormat(item.member, "header") === "http-date";
  const parts = httpDates ? splitHttpDateList(raw) : splitHeaderList(raw);
  const out: unknown[] = [];
  for (let i = 0; i < parts.length; i++) {
    try {
      out.push(parseTextValue(item.member, item.target, parts[i]!, "header", strict));
    } catch (e) {
      throw withSegment(e, i);
    }
  }
  return out;
}

// ---------------------------------------------------------------- query

function writeQueryParams(binding: MapBinding, map: unknown, named: ReadonlySet<string>, query: (readonly [string, string])[]): void {
  if (map === undefined || map === null) return;
  if (typeof map !== "object") throw new SerdeError("expected an object (map)").within(binding.name);
  const entries = map as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(entries)) {
    // Named @httpQuery members take precedence over entries of the same name.
    if (named.has(key)) continue;
    const value = entries[key];
    if (value === undefined || value === null) continue;
    try {
      if (binding.valueItem !== undefined) {
        for (const item of asArray(value)) if (item !== null && item !== undefined) query.push([key, formatTextValue(binding.valueItem.member, binding.valueItem.target, item, "query")]);
      } else query.push([key, formatTextValue(binding.value, binding.valueTarget, value, "query")]);
    } catch (e) {
      throw withSegment(withSegment(e, key), binding.name);
    }
  }
}

function readQuery(b: HttpBindings, pairs: readonly (readonly [string, string])[], out: Record<string, unknown>): void {
  const byName = new Map<string, string[]>();
  for (const [name, value] of pairs) {
    const values = byName.get(name);
    if (values === undefined) byName.set(name, [value]);
    else values.push(value);
  }
  for (const q of b.query) {
    const values = byName.get(q.param);
    if (values === undefined) continue;
    try {
      if (q.item !== undefined) {
        const item = q.item;
        setOwn(out, q.name, values.map((v, i) => parseIndexed(item.member, item.target, v, i)));
      } else setOwn(out, q.name, parseTextValue(q.member, q.target, values[0]!, "query", true));
    } catch (e) {
      throw withSegment(e, q.name);
    }
  }
  const params = b.queryParams;
  if (params !== undefined && byName.size > 0) {
    const map: Record<string, unknown> = {};
    for (const [name, values] of byName) {
      try {
        if (params.valueItem !== undefined) {
          const item = params.valueItem;
          setOwn(map, name, values.map((v, i) => parseIndexed(item.member, item.target, v, i)));
        } else setOwn(map, name, parseTextValue(params.value, params.valueTarget, values[0]!, "query", true));
      } catch (e) {
        throw withSegment(withSegment(e, name), params.name);
      }
    }
    setOwn(out, params.name, map);
  }
}

function parseIndexed(member: MemberSchema, target: Parameters<typeof parseTextValue>[1], text: string, index: number): unknown {
  try {
    return parseTextValue(member, target, text, "query", true);
  } catch (e) {
    throw withSegment(e, index);
  }
}

// ---------------------------------------------------------------- body

function writePayload(codec: DocumentCodec, payload: PayloadBinding, value: unknown, side: Side): WrittenBody {
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
function finishBody(headers: Record<string, string>, written: WrittenBody): void {
  const body = written.body;
  if (body === undefined) return;
  if (written.contentType !== undefined && headers["content-type"] === undefined) headers["content-type"] = written.contentType;
  if (typeof body === "string") headers["content-length"] = String(utf8ByteLength(body));
  else if (body instanceof Uint8Array) headers["content-length"] = String(body.length);
}
