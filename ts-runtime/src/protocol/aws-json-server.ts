// The server half of aws.protocols#awsJson1_0 and aws.protocols#awsJson1_1 (see aws-json.ts
// for the wire format): requests are routed by X-Amz-Target before they get here; the body is
// the whole input as a JSON object (an empty body reads as {}). Error responses carry "__type"
// (the full shape id for 1.0, the shape name for 1.1) and X-Amzn-Errortype; services with
// @awsQueryCompatible add x-amzn-query-error for errors that have an awsQuery code.
import type { HttpRequest, HttpResponse } from "../http/types.js";
import { collectBody, collectBodyText, isEmptyBody } from "../http/body.js";
import type { OperationSchema, StructureSchema } from "../schema/schema.js";
import { deref } from "../schema/schema.js";
import type { JsonCodec } from "../serde/json-codec.js";
import { mediaTypeEssence } from "../serde/media-type.js";
import { utf8ByteLength } from "../serde/utf8.js";
import { shapeName } from "./error-code.js";
import { FRAMEWORK_ERROR_CODES, frameworkErrorMessage, requestReadError } from "./framework-errors.js";
import { jsonProtocolCodec, ProtocolVariants, sameOptions, type JsonProtocolOptions } from "./json-protocol-options.js";
import { errorSchemaOf, errorStatus, modeledErrorFields } from "./modeled-errors.js";
import type { ServerProtocol, ServerSerdeContext } from "./protocol.js";
import { FrameworkError } from "./protocol.js";
import { AWS_JSON_1_0, AWS_JSON_1_1 } from "./protocol-ids.js";

const UNIT_ID = "smithy.api#Unit";

export class AwsJsonServerProtocol implements ServerProtocol {
  readonly id: string;
  readonly contentType: string;
  readonly version: "1.0" | "1.1";
  private readonly codec: JsonCodec;
  readonly #options: JsonProtocolOptions;
  readonly #variants = new ProtocolVariants<AwsJsonServerProtocol>();

  constructor(version: "1.0" | "1.1", options: JsonProtocolOptions = {}) {
    this.version = version;
    this.id = version === "1.0" ? AWS_JSON_1_0 : AWS_JSON_1_1;
    this.contentType = `application/x-amz-json-${version}`;
    this.#options = options;
    this.codec = jsonProtocolCodec("awsJson", options);
  }

  /**
   * This protocol built with `options` (timestamp support, the lossless JSON reader), as
   * generated code asks for it; the same options always give the same instance.
   */
  withOptions(options: JsonProtocolOptions): AwsJsonServerProtocol {
    if (sameOptions(this.#options, options)) return this;
    return this.#variants.get(options, (o) => new AwsJsonServerProtocol(this.version, o));
  }

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

  async serializeResponse(operation: OperationSchema, output: Readonly<Record<string, unknown>>, _ctx: ServerSerdeContext): Promise<HttpResponse> {
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
    // The fields tree may hold exact numbers (JsonNumberText), which only the codec's lossless
    // writer prints; error bodies are rare and small, so they always take it.
    const body = this.codec.stringify({ __type: type, ...fields }, true);
    return {
      statusCode,
      headers: { "content-type": this.contentType, "x-amzn-errortype": shapeName(type), "content-length": String(utf8ByteLength(body)) },
      body,
    };
  }
}

/** The server side of awsJson1_0 (stateless; one instance serves every service). */
export const awsJson1_0Server: AwsJsonServerProtocol = /* @__PURE__ */ new AwsJsonServerProtocol("1.0");
/** The server side of awsJson1_1 (stateless; one instance serves every service). */
export const awsJson1_1Server: AwsJsonServerProtocol = /* @__PURE__ */ new AwsJsonServerProtocol("1.1");
