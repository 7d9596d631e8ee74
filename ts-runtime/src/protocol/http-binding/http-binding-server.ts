// The server half of HTTP-binding protocols (restJson1 now, restXml later): reads requests
// (URI labels, query strings, headers, prefix headers, @httpPayload, content negotiation) and
// writes responses, modeled error responses and framework error responses. A concrete protocol
// supplies the document codec and the way errors are named on the wire. The client half lives
// in http-binding-client.ts; neither imports the other.
import type { HttpRequest, HttpResponse } from "../../http/types.js";
import { isEmptyBody } from "../../http/body.js";
import type { MemberSchema, OperationSchema, Schema, StructureSchema } from "../../schema/schema.js";
import { deref } from "../../schema/schema.js";
import { setOwn } from "../../serde/lossless-json.js";
import { acceptAdmits, mediaTypeEssence } from "../../serde/media-type.js";
import { SerdeError, withSegment } from "../../serde/serde-error.js";
import { parseTextValue } from "../../serde/text-values.js";
import type { TimestampCodec } from "../../serde/timestamp.js";
import type { DocumentCodec } from "../document-codec.js";
import { shapeName } from "../error-code.js";
import { FRAMEWORK_ERROR_CODES, frameworkErrorMessage, requestReadError } from "../framework-errors.js";
import { errorSchemaOf, errorStatus, modeledErrorFields } from "../modeled-errors.js";
import type { ServerProtocol, ServerSerdeContext } from "../protocol.js";
import { FrameworkError } from "../protocol.js";
import type { HttpBindings } from "./bindings.js";
import { requestBindings, responseBindings } from "./bindings.js";
import type { WrittenBody } from "./message.js";
import { ANY, EMPTY_STRUCTURE, NO_BODY, UNIT_ID, finishBody, own, payloadMediaType, readBody, readHeaders, responseMediaType, writeDocument, writeHeaders, writePayload } from "./message.js";
import { matchUriPattern, parseUriPattern, pathMismatch, type UriPattern } from "./uri-pattern.js";

export abstract class HttpBindingServerProtocol implements ServerProtocol {
  abstract readonly id: string;
  /** Reads and writes the members carried in the body. */
  protected abstract readonly codec: DocumentCodec;
  /** The media type of the protocol's documents, e.g. "application/json". */
  protected abstract readonly documentType: string;

  /** Marks an error response with the error's name (header and/or body). */
  protected abstract nameError(code: string, headers: Record<string, string>): void;
  /** The body of a framework error response. */
  protected abstract frameworkErrorBody(code: string, message: string): string;

  /** What reading an operation's requests needs, worked out on its first request. */
  readonly #requestPlans = new WeakMap<OperationSchema, RequestPlan>();

  async deserializeRequest(operation: OperationSchema, request: HttpRequest, ctx: ServerSerdeContext): Promise<Record<string, unknown>> {
    try {
      const plan = this.#requestPlans.get(operation) ?? this.#planRequests(operation);
      const out = this.readHead(operation, plan, request);
      // Adapters hand over bodies in memory, which read without another await.
      const reading = readBody(this.codec, plan.bindings, request.body, out, "server", ctx.bodyLimit);
      if (reading !== undefined) await reading;
      this.codec.completeStructure(plan.bindings.schema, out, "server");
      return out;
    } catch (e) {
      throw requestReadError(operation, e);
    }
  }

  #planRequests(operation: OperationSchema): RequestPlan {
    const bindings = requestBindings(deref(operation.input));
    const output = deref(operation.output);
    const uri = operation.traits.http?.uri ?? "/";
    const plan: RequestPlan = {
      bindings,
      uri,
      pattern: bindings.labels.size > 0 ? parseUriPattern(uri) : undefined,
      contentType:
        bindings.payload !== undefined
          ? payloadMediaType(bindings.payload, this.documentType)
          : bindings.body !== undefined || isEmptyInput(bindings.schema)
            ? this.documentType
            : undefined,
      // Unit outputs answer with no body at all, so any Accept header is satisfied.
      accept: output.id === UNIT_ID ? ANY : responseMediaType(responseBindings(output), this.documentType),
    };
    this.#requestPlans.set(operation, plan);
    return plan;
  }

  /** Checks Content-Type and Accept, and reads the members bound to the URI, query string and headers. */
  private readHead(operation: OperationSchema, plan: RequestPlan, request: HttpRequest): Record<string, unknown> {
    const b = plan.bindings;
    checkContentType(plan.contentType, b, request);
    if (plan.accept !== ANY && !acceptAdmits(request.headers["accept"], plan.accept)) {
      throw new FrameworkError("NotAcceptable", `${operation.name} responds with ${plan.accept}, which the Accept header "${request.headers["accept"]}" does not admit`);
    }
    const out: Record<string, unknown> = {};

    if (plan.pattern !== undefined) {
      const labels = matchUriPattern(plan.pattern, request.path);
      if (labels === undefined) throw pathMismatch(request.path, plan.uri);
      for (const binding of b.labels.values()) {
        const text = labels.get(binding.name);
        if (text === undefined) continue;
        try {
          setOwn(out, binding.name, parseTextValue(binding.member, binding.target, text, "label", true, this.codec.timestamps));
        } catch (e) {
          throw withSegment(e, binding.name);
        }
      }
    }

    const timestamps = this.codec.timestamps;
    if (b.queryParams !== undefined) readQueryParams(b, request.query, out, timestamps);
    else if (b.query.length > 0) readQuery(b, request.query, out, timestamps);
    readHeaders(b, request.headers, out, "server", timestamps);
    return out;
  }

  async serializeResponse(operation: OperationSchema, output: Readonly<Record<string, unknown>>, _ctx: ServerSerdeContext): Promise<HttpResponse> {
    try {
      const schema = deref(operation.output);
      const b = responseBindings(schema);
      let statusCode = operation.traits.http?.code ?? 200;
      if (b.responseCode !== undefined) {
        const code = own(output, b.responseCode.name);
        if (typeof code === "number") statusCode = code;
      }
      const headers: Record<string, string> = {};
      writeHeaders(b, output, headers, "server", this.codec.timestamps);
      const unit = schema.id === UNIT_ID;
      const written =
        b.payload !== undefined
          ? writePayload(this.codec, b.payload, own(output, b.payload.name), "server")
          : unit
            ? NO_BODY
            : writeDocument(this.codec, this.documentType, b.body ?? EMPTY_STRUCTURE, output, "server");
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
      writeHeaders(b, fields, headers, "server", this.codec.timestamps);
      this.nameError(shapeName(schema.id), headers);
      const written =
        b.payload !== undefined
          ? writePayload(this.codec, b.payload, own(fields, b.payload.name), "server")
          : writeDocument(this.codec, this.documentType, b.body ?? EMPTY_STRUCTURE, fields, "server");
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

}

interface RequestPlan {
  readonly bindings: HttpBindings;
  readonly uri: string;
  /** The parsed @http uri, when the input has labels to read from the path. */
  readonly pattern: UriPattern | undefined;
  /** The Content-Type requests must have: ANY, a media type, or undefined when no body is modeled. */
  readonly contentType: string | undefined;
  /** The media type responses carry (ANY when unconstrained), which the Accept header must admit. */
  readonly accept: string;
}

function checkContentType(expected: string | undefined, b: HttpBindings, request: HttpRequest): void {
  if (expected === ANY) return;
  const header = request.headers["content-type"];
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

/**
 * An input structure without any member (but not Unit): clients send nothing, yet a JSON
 * object with the document Content-Type is also fine, like any empty document.
 */
function isEmptyInput(schema: StructureSchema): boolean {
  return schema.members.length === 0 && schema.id !== UNIT_ID;
}

function outputWriteError(operation: OperationSchema, error: unknown): FrameworkError {
  if (error instanceof FrameworkError) return error;
  const detail = error instanceof SerdeError ? error.message : error instanceof Error ? error.message : String(error);
  return new FrameworkError("InternalFailure", `${operation.name}: the handler's result cannot be serialized: ${detail}`, { cause: error });
}

/** Reads the @httpQuery members: a scalar takes the parameter's first value, a list all of them. */
function readQuery(b: HttpBindings, pairs: readonly (readonly [string, string])[], out: Record<string, unknown>, timestamps: TimestampCodec | undefined): void {
  for (const q of b.query) {
    try {
      if (q.item !== undefined) {
        const item = q.item;
        const values: unknown[] = [];
        for (const [name, value] of pairs) if (name === q.param) values.push(parseIndexed(item.member, item.target, value, values.length, timestamps));
        if (values.length > 0) setOwn(out, q.name, values);
        continue;
      }
      for (const [name, value] of pairs) {
        if (name !== q.param) continue;
        setOwn(out, q.name, parseTextValue(q.member, q.target, value, "query", true, timestamps));
        break;
      }
    } catch (e) {
      throw withSegment(e, q.name);
    }
  }
}

/** Reads the @httpQuery members and the @httpQueryParams map (every parameter, named ones included). */
function readQueryParams(b: HttpBindings, pairs: readonly (readonly [string, string])[], out: Record<string, unknown>, timestamps: TimestampCodec | undefined): void {
  readQuery(b, pairs, out, timestamps);
  const params = b.queryParams!;
  if (pairs.length === 0) return;
  const byName = new Map<string, string[]>();
  for (const [name, value] of pairs) {
    const values = byName.get(name);
    if (values === undefined) byName.set(name, [value]);
    else values.push(value);
  }
  const map: Record<string, unknown> = {};
  for (const [name, values] of byName) {
    try {
      if (params.valueItem !== undefined) {
        const item = params.valueItem;
        setOwn(map, name, values.map((v, i) => parseIndexed(item.member, item.target, v, i, timestamps)));
      } else setOwn(map, name, parseTextValue(params.value, params.valueTarget, values[0]!, "query", true, timestamps));
    } catch (e) {
      throw withSegment(withSegment(e, name), params.name);
    }
  }
  setOwn(out, params.name, map);
}

function parseIndexed(member: MemberSchema, target: Schema, text: string, index: number, timestamps: TimestampCodec | undefined): unknown {
  try {
    return parseTextValue(member, target, text, "query", true, timestamps);
  } catch (e) {
    throw withSegment(e, index);
  }
}
