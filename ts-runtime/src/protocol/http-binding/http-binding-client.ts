// The client half of HTTP-binding protocols (restJson1 now, restXml later): builds requests
// from URI labels, query strings, headers, prefix headers and @httpPayload, and reads
// responses and error responses back. A concrete protocol supplies the document codec for the
// body and the way error responses name their error. The server half lives in
// http-binding-server.ts; neither imports the other.
import type { HttpBody, HttpHeaders, HttpRequest, HttpResponse } from "../../http/types.js";
import { collectBodyText } from "../../http/body.js";
import { ConstructionError } from "../../errors.js";
import type { OperationSchema } from "../../schema/schema.js";
import { deref } from "../../schema/schema.js";
import type { Side } from "../../serde/json-codec.js";
import { setOwn } from "../../serde/lossless-json.js";
import { SerdeError, withSegment } from "../../serde/serde-error.js";
import { formatTextValue } from "../../serde/text-values.js";
import type { TimestampCodec } from "../../serde/timestamp.js";
import { encodeLabel } from "../../serde/uri-encoding.js";
import type { DocumentCodec } from "../document-codec.js";
import { requestIdOf } from "../error-code.js";
import { constructionError, createModeledError, createUnmodeledError, errorSchemaFor, responseError, serviceMessageOf } from "../modeled-errors.js";
import type { ClientProtocol, ClientSerdeContext } from "../protocol.js";
import type { HttpBindings, MapBinding } from "./bindings.js";
import { requestBindings, responseBindings } from "./bindings.js";
import { ANY, NO_BODY, UNIT_ID, asArray, finishBody, own, readBody, readHeaders, responseMediaType, writeDocument, writeHeaders, writePayload } from "./message.js";
import { parseUriPattern } from "./uri-pattern.js";

export abstract class HttpBindingClientProtocol implements ClientProtocol {
  abstract readonly id: string;
  /** Reads and writes the members carried in the body. */
  protected abstract readonly codec: DocumentCodec;
  /** The media type of the protocol's documents, e.g. "application/json". */
  protected abstract readonly documentType: string;

  /** The error code of an error response, and the parsed body for its message. */
  protected abstract identifyError(headers: HttpHeaders, bodyText: string): { readonly code: string | undefined; readonly document: Readonly<Record<string, unknown>> | undefined };

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
        const text = formatTextValue(binding.member, binding.target, value, "label", this.codec.timestamps);
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
          for (const item of asArray(value)) if (item !== null && item !== undefined) query.push([q.param, formatTextValue(q.item.member, q.item.target, item, "query", this.codec.timestamps)]);
        } else query.push([q.param, formatTextValue(q.member, q.target, value, "query", this.codec.timestamps)]);
      } catch (e) {
        throw withSegment(e, q.name);
      }
    }
    if (b.queryParams !== undefined) writeQueryParams(b.queryParams, own(values, b.queryParams.name), named, query, this.codec.timestamps);

    const headers: Record<string, string> = {};
    writeHeaders(b, values, headers, "client", this.codec.timestamps);

    const written =
      b.payload !== undefined
        ? writePayload(this.codec, b.payload, own(values, b.payload.name), "client")
        : b.body !== undefined
          ? writeDocument(this.codec, this.documentType, b.body, values, "client")
          : NO_BODY;
    finishBody(headers, written);
    const output = deref(operation.output);
    if (output.id !== UNIT_ID && headers["accept"] === undefined) {
      const accept = responseMediaType(responseBindings(output), this.documentType);
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

  /** Reads headers, status and body of a response (an output or a modeled error). */
  private async readMessage(b: HttpBindings, message: { readonly statusCode: number; readonly headers: HttpHeaders; readonly body: HttpBody }, side: Side): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    readHeaders(b, message.headers, out, side, this.codec.timestamps);
    if (b.responseCode !== undefined) setOwn(out, b.responseCode.name, message.statusCode);
    const reading = readBody(this.codec, b, message.body, out, side, undefined);
    if (reading !== undefined) await reading;
    this.codec.completeStructure(b.schema, out, side);
    return out;
  }
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

function writeQueryParams(binding: MapBinding, map: unknown, named: ReadonlySet<string>, query: (readonly [string, string])[], timestamps: TimestampCodec | undefined): void {
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
        for (const item of asArray(value)) if (item !== null && item !== undefined) query.push([key, formatTextValue(binding.valueItem.member, binding.valueItem.target, item, "query", timestamps)]);
      } else query.push([key, formatTextValue(binding.value, binding.valueTarget, value, "query", timestamps)]);
    } catch (e) {
      throw withSegment(withSegment(e, key), binding.name);
    }
  }
}
