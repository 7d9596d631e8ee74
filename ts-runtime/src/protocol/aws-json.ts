// aws.protocols#awsJson1_0 and aws.protocols#awsJson1_1: every request is a POST to "/" with
// X-Amz-Target "<Service>.<Operation>" and the whole input as a JSON object; HTTP binding
// traits and @jsonName are ignored. The versions differ only in the Content-Type
// (application/x-amz-json-1.0 / -1.1) and in the error name servers put in "__type" (the full
// shape id for 1.0, the shape name for 1.1; clients accept both).
//
// Services with @awsQueryCompatible (ServiceSchema.awsQueryCompatible) additionally get the
// x-amzn-query-mode request header, and their clients take the error code from the
// x-amzn-query-error response header ("Code;Sender").
import type { HttpHeaders, HttpRequest, HttpResponse } from "../http/types.js";
import { collectBody, collectBodyText, isEmptyBody } from "../http/body.js";
import type { OperationSchema, StructureSchema } from "../schema/schema.js";
import { deref } from "../schema/schema.js";
import { JsonCodec } from "../serde/json-codec.js";
import { stringifyLosslessJson } from "../serde/lossless-json.js";
import { mediaTypeEssence } from "../serde/media-type.js";
import { utf8ByteLength } from "../serde/utf8.js";
import { findErrorCode, parseErrorDocument, requestIdOf, shapeName } from "./error-code.js";
import { FRAMEWORK_ERROR_CODES, frameworkErrorMessage, requestReadError } from "./framework-errors.js";
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
} from "./modeled-errors.js";
import type { ClientProtocol, ClientSerdeContext, ServerProtocol, ServerSerdeContext } from "./protocol.js";
import { FrameworkError } from "./protocol.js";

export const AWS_JSON_1_0 = "aws.protocols#awsJson1_0";
export const AWS_JSON_1_1 = "aws.protocols#awsJson1_1";

const UNIT_ID = "smithy.api#Unit";

export class AwsJsonProtocol implements ClientProtocol, ServerProtocol {
  readonly id: string;
  readonly contentType: string;
  private readonly version: "1.0" | "1.1";
  private readonly codec = new JsonCodec({ useJsonName: false, timestampFormat: "epoch-seconds" });

  constructor(version: "1.0" | "1.1") {
    this.version = version;
    this.id = version === "1.0" ? AWS_JSON_1_0 : AWS_JSON_1_1;
    this.contentType = `application/x-amz-json-${version}`;
  }

  // ================================================================ client

  async serializeRequest(operation: OperationSchema, input: Readonly<Record<string, unknown>>, ctx: ClientSerdeContext): Promise<HttpRequest> {
    try {
      const schema = deref(operation.input);
      // Clients always send a JSON object, even for operations without input.
      const body = this.codec.writeStructureText(schema, withIdempotencyTokens(schema, input, ctx), "client", true);
      const headers: Record<string, string> = {
        "content-type": this.contentType,
        "x-amz-target": `${ctx.service.name}.${operation.name}`,
        "content-length": String(utf8ByteLength(body)),
      };
      if (ctx.service.awsQueryCompatible === true) headers["x-amzn-query-mode"] = "true";
      return { method: "POST", protocol: "https:", hostname: "", path: "/", query: [], headers, body };
    } catch (e) {
      throw constructionError(operation, e);
    }
  }

  async deserializeResponse(operation: OperationSchema, response: HttpResponse, ctx: ClientSerdeContext): Promise<Record<string, unknown>> {
    const status = response.statusCode;
    let text: string;
    try {
      text = await collectBodyText(response.body);
    } catch (e) {
      throw responseError(operation, status, e);
    }
    if (status < 200 || status >= 300) throw this.readError(operation, status, response.headers, text, ctx);
    try {
      const schema = deref(operation.output);
      const out = schema.id === UNIT_ID || text.trim() === "" ? {} : this.codec.readStructureText(schema, text, "client");
      this.codec.completeStructure(schema, out, "client");
      return out;
    } catch (e) {
      throw responseError(operation, status, e);
    }
  }

  private readError(operation: OperationSchema, status: number, headers: HttpHeaders, text: string, ctx: ClientSerdeContext): unknown {
    const requestId = requestIdOf(headers);
    const $metadata = requestId === undefined ? { httpStatusCode: status } : { httpStatusCode: status, requestId };
    const document = parseErrorDocument(text);
    const code = findErrorCode(headers, document, ["__type", "code"]);
    const schema = code === undefined ? undefined : errorSchemaFor(operation, ctx.service, code);
    if (schema === undefined || code === undefined) return createUnmodeledError(operation, code, serviceMessageOf(document), $metadata);
    try {
      const fields = text.trim() === "" ? {} : this.codec.readStructureText(schema, text, "client");
      this.codec.completeStructure(schema, fields, "client");
      return createModeledError(operation, schema, fields, queryCompatibleCode(ctx, headers) ?? code, $metadata);
    } catch (e) {
      return responseError(operation, status, e);
    }
  }

  // ================================================================ server

  async deserializeRequest(operation: OperationSchema, request: HttpRequest, ctx: ServerSerdeContext): Promise<Record<string, unknown>> {
    try {
      // Routing already used X-Amz-Target; a missing Content-Type is tolerated, a wrong one is not.
      const header = request.headers["content-type"];
      if (header !== undefined && mediaTypeEssence(header) !== this.contentType) {
        throw new FrameworkError("UnsupportedMediaType", `expected Content-Type ${this.contentType}, got "${header}"`);
      }
      const schema = deref(operation.input);
      if (schema.id === UNIT_ID) {
        if (!isEmptyBody(request.body)) await collectBody(request.body, ctx.bodyLimit);
        return {};
      }
      const text = await collectBodyText(request.body, ctx.bodyLimit);
      // Servers accept an empty body as an empty object.
      const out = text.trim() === "" ? {} : this.codec.readStructureText(schema, text, "server");
      this.codec.completeStructure(schema, out, "server");
      return out;
    } catch (e) {
      throw requestReadError(operation, e);
    }
  }

  async serializeResponse(operation: OperationSchema, output: Readonly<Record<string, unknown>>, ctx: ServerSerdeContext): Promise<HttpResponse> {
    try {
      const schema = deref(operation.output);
      // Operations without output answer with an empty body (but still the Content-Type).
      const body = schema.id === UNIT_ID ? "" : this.codec.writeStructureText(schema, output, "server", true);
      return { statusCode: 200, headers: { "content-type": this.contentType, "content-length": String(utf8ByteLength(body)) }, body };
    } catch (e) {
      throw new FrameworkError("InternalFailure", `${operation.name}: the handler's result cannot be serialized: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }

  async serializeError(operation: OperationSchema, error: Error, ctx: ServerSerdeContext): Promise<HttpResponse> {
    const schema = errorSchemaOf(operation, ctx.service, error);
    if (schema === undefined) {
      return this.serializeFrameworkError(new FrameworkError("InternalFailure", `${operation.name}: the handler threw an error that is not modeled`, { cause: error }), ctx);
    }
    try {
      const fields = this.codec.writeStructure(schema, modeledErrorFields(error), "server", true);
      const response = this.errorResponse(errorStatus(schema), this.errorType(schema), fields);
      const queryError = schema.traits.awsQueryError;
      if (ctx.service.awsQueryCompatible === true && queryError !== undefined) {
        // awsQuery clients of a migrated service still see the error's query-protocol code.
        (response.headers as Record<string, string>)["x-amzn-query-error"] = `${queryError.code};${schema.traits.error === "server" ? "Receiver" : "Sender"}`;
      }
      return response;
    } catch (e) {
      return this.serializeFrameworkError(
        new FrameworkError("InternalFailure", `${operation.name}: the error cannot be serialized: ${e instanceof Error ? e.message : String(e)}`, { cause: e }),
        ctx,
      );
    }
  }

  serializeFrameworkError(error: FrameworkError, _ctx: ServerSerdeContext): HttpResponse {
    return this.errorResponse(error.statusCode, FRAMEWORK_ERROR_CODES[error.errorKind], { message: frameworkErrorMessage(error) });
  }

  /** The "__type" servers send: the full shape id for 1.0, the shape name for 1.1. */
  private errorType(schema: StructureSchema): string {
    return this.version === "1.0" ? schema.id : shapeName(schema.id);
  }

  private errorResponse(statusCode: number, type: string, fields: Record<string, unknown>): HttpResponse {
    // Error bodies are rare and small: always take the writer that understands raw numbers.
    const body = stringifyLosslessJson({ __type: type, ...fields });
    return {
      statusCode,
      headers: { "content-type": this.contentType, "x-amzn-errortype": shapeName(type), "content-length": String(utf8ByteLength(body)) },
      body,
    };
  }
}

function withIdempotencyTokens(schema: StructureSchema, input: Readonly<Record<string, unknown>>, ctx: ClientSerdeContext): Readonly<Record<string, unknown>> {
  let values = input;
  for (const member of schema.members) {
    if (member.traits.idempotencyToken !== true || (Object.hasOwn(values, member.name) && values[member.name] !== undefined)) continue;
    if (values === input) values = { ...input };
    (values as Record<string, unknown>)[member.name] = ctx.idempotencyToken();
  }
  return values;
}

/** awsQueryCompatible services name the error's query-protocol code in x-amzn-query-error. */
function queryCompatibleCode(ctx: ClientSerdeContext, headers: HttpHeaders): string | undefined {
  if (ctx.service.awsQueryCompatible !== true) return undefined;
  const header = headers["x-amzn-query-error"];
  if (header === undefined) return undefined;
  const code = header.split(";")[0]!.trim();
  return code === "" ? undefined : code;
}

/** awsJson1_0 (stateless; one instance serves every client and server). */
export const awsJson1_0: AwsJsonProtocol = /* @__PURE__ */ new AwsJsonProtocol("1.0");
/** awsJson1_1 (stateless; one instance serves every client and server). */
export const awsJson1_1: AwsJsonProtocol = /* @__PURE__ */ new AwsJsonProtocol("1.1");
