// The client half of aws.protocols#awsJson1_0 and aws.protocols#awsJson1_1 (see aws-json.ts
// for the wire format): every request is a POST to "/" with X-Amz-Target
// "<Service>.<Operation>" and the whole input as a JSON object; error responses name their
// error in X-Amzn-Errortype, "__type" or "code" (with or without a namespace). Services with
// @awsQueryCompatible also get the x-amzn-query-mode header, and their errors' codes come from
// x-amzn-query-error ("Code;Sender").
import type { HttpHeaders, HttpRequest, HttpResponse } from "../http/types.js";
import { collectBodyText } from "../http/body.js";
import type { OperationSchema, StructureSchema } from "../schema/schema.js";
import { deref } from "../schema/schema.js";
import type { JsonCodec } from "../serde/json-codec.js";
import { utf8ByteLength } from "../serde/utf8.js";
import { findErrorCode, parseErrorDocument, requestIdOf } from "./error-code.js";
import { jsonProtocolCodec, ProtocolVariants, sameOptions, type JsonProtocolOptions } from "./json-protocol-options.js";
import { constructionError, createModeledError, createUnmodeledError, errorSchemaFor, responseError, serviceMessageOf } from "./modeled-errors.js";
import type { ClientProtocol, ClientSerdeContext } from "./protocol.js";
import { AWS_JSON_1_0, AWS_JSON_1_1 } from "./protocol-ids.js";

const UNIT_ID = "smithy.api#Unit";

export class AwsJsonClientProtocol implements ClientProtocol {
  readonly id: string;
  readonly contentType: string;
  readonly version: "1.0" | "1.1";
  private readonly codec: JsonCodec;
  readonly #options: JsonProtocolOptions;
  readonly #variants = new ProtocolVariants<AwsJsonClientProtocol>();

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
  withOptions(options: JsonProtocolOptions): AwsJsonClientProtocol {
    if (sameOptions(this.#options, options)) return this;
    return this.#variants.get(options, (o) => new AwsJsonClientProtocol(this.version, o));
  }

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

/** The client side of awsJson1_0 (stateless; one instance serves every client). */
export const awsJson1_0Client: AwsJsonClientProtocol = /* @__PURE__ */ new AwsJsonClientProtocol("1.0");
/** The client side of awsJson1_1 (stateless; one instance serves every client). */
export const awsJson1_1Client: AwsJsonClientProtocol = /* @__PURE__ */ new AwsJsonClientProtocol("1.1");
