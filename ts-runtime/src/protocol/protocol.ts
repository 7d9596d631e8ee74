// Protocol modules: one per Smithy protocol (restJson1, awsJson1_0, awsJson1_1, and later
// restXml, rpcv2Cbor, rpcv2Json, awsQuery, ec2Query). A protocol turns schema-described values
// into HTTP messages and back, in both directions, so clients and servers share one codec.
import type { HttpRequest, HttpResponse } from "../http/types.js";
import type { OperationSchema, ServiceSchema } from "../schema/schema.js";

export interface ClientSerdeContext {
  readonly service: ServiceSchema;
  /** Generates @idempotencyToken values when the caller left them unset. */
  readonly idempotencyToken: () => string;
}

export interface ServerSerdeContext {
  readonly service: ServiceSchema;
  /**
   * Largest request body, in bytes, a deserializer reads into memory; a larger one fails with
   * a RequestTooLarge FrameworkError. Unlimited when absent.
   */
  readonly bodyLimit?: number;
}

/** Why a server could not handle a request before reaching a handler. */
export type FrameworkErrorKind =
  | "UnknownOperation"      // 404: no route
  | "MethodNotAllowed"      // 405: route exists for another method (restJson1)
  | "Serialization"         // 400: the request could not be deserialized
  | "UnsupportedMediaType"  // 415
  | "NotAcceptable"         // 406
  | "RequestTooLarge"       // 413
  | "InternalFailure";      // 500

export interface ClientProtocol {
  /** Protocol trait id, e.g. "aws.protocols#restJson1". */
  readonly id: string;
  /**
   * Builds the request for an operation. The returned request's protocol/hostname/port are
   * placeholders; the client pipeline applies the endpoint (and any host prefix) afterwards.
   */
  serializeRequest(operation: OperationSchema, input: Readonly<Record<string, unknown>>, ctx: ClientSerdeContext): Promise<HttpRequest>;
  /**
   * Reads a response. Resolves to the operation output for success responses; throws a
   * modeled error instance (or a ServiceError) for error responses, and a ResponseError when
   * the response cannot be parsed.
   */
  deserializeResponse(operation: OperationSchema, response: HttpResponse, ctx: ClientSerdeContext): Promise<Record<string, unknown>>;
}

export interface ServerProtocol {
  readonly id: string;
  /** Parses the request into the operation's input; throws FrameworkError on bad input. */
  deserializeRequest(operation: OperationSchema, request: HttpRequest, ctx: ServerSerdeContext): Promise<Record<string, unknown>>;
  serializeResponse(operation: OperationSchema, output: Readonly<Record<string, unknown>>, ctx: ServerSerdeContext): Promise<HttpResponse>;
  /** Serializes a modeled error thrown by a handler (an instance of one of the operation's error classes). */
  serializeError(operation: OperationSchema, error: Error, ctx: ServerSerdeContext): Promise<HttpResponse>;
  /** Serializes a framework error (routing, parsing, validation, internal). */
  serializeFrameworkError(error: FrameworkError, ctx: ServerSerdeContext): HttpResponse;
}

/** A failure raised by the server framework itself rather than by a handler. */
export class FrameworkError extends Error {
  override readonly name = "FrameworkError";
  readonly errorKind: FrameworkErrorKind;
  readonly statusCode: number;

  constructor(errorKind: FrameworkErrorKind, message: string, options?: { readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.errorKind = errorKind;
    this.statusCode = FRAMEWORK_STATUS[errorKind];
  }
}

export const FRAMEWORK_STATUS: Readonly<Record<FrameworkErrorKind, number>> = {
  UnknownOperation: 404,
  MethodNotAllowed: 405,
  Serialization: 400,
  UnsupportedMediaType: 415,
  NotAcceptable: 406,
  RequestTooLarge: 413,
  InternalFailure: 500,
};
