// The error model shared by clients and servers.
//
// Every failure a client call can end in is an SdkError of one of five kinds:
//   construction  the request could not be built (bad input, missing endpoint, ...)
//   timeout       an attempt or the whole operation ran out of time (or was aborted)
//   dispatch      the request could not be sent or no response arrived (network, DNS, reset)
//   response      a response arrived but could not be understood
//   service       the service answered with an error; modeled errors are subclasses
// Modeled errors are generated classes extending ServiceError, so `instanceof` works.

export type ErrorKind = "construction" | "timeout" | "dispatch" | "response" | "service";

/** What the client learned about the exchange, attached to outputs and errors. */
export interface ResponseMetadata {
  readonly httpStatusCode?: number;
  readonly requestId?: string;
  /** Number of attempts made, retries included. */
  readonly attempts?: number;
  /** Total time spent in retry back-off, in milliseconds. */
  readonly totalRetryDelay?: number;
}

export abstract class SdkError extends Error {
  abstract readonly kind: ErrorKind;
  /** Filled by the client pipeline once known. */
  $metadata: ResponseMetadata = {};

  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

export class ConstructionError extends SdkError {
  override readonly name: string = "ConstructionError";
  readonly kind = "construction" as const;
}

export class TimeoutError extends SdkError {
  override readonly name: string = "TimeoutError";
  readonly kind = "timeout" as const;
}

export class DispatchError extends SdkError {
  override readonly name: string = "DispatchError";
  readonly kind = "dispatch" as const;
}

export class ResponseError extends SdkError {
  override readonly name: string = "ResponseError";
  readonly kind = "response" as const;
}

/**
 * An error response from the service. Generated modeled errors extend this class; an error
 * whose code matches no modeled error is a plain ServiceError carrying the code.
 */
export class ServiceError extends SdkError {
  override readonly name: string = "ServiceError";
  readonly kind = "service" as const;
  /** The error code / shape name the service sent ("ThrottlingException"). */
  readonly code: string;
  /** Whether the error is the caller's ("client") or the service's ("server") fault. */
  readonly fault: "client" | "server";

  constructor(message: string, code: string, fault: "client" | "server", options?: { readonly cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.fault = fault;
  }
}

/**
 * What protocols pass as the second constructor argument when they instantiate a generated
 * modeled-error class (StructureSchema.errorClass) for an error response. The class should
 * use `message` and `code` for its ServiceError base and keep `$metadata`.
 */
export interface ModeledErrorMeta {
  /** Names the operation, the HTTP status and the error code, plus the service's message if any. */
  readonly message: string;
  /** The error code as sent (the shape name, or an awsQueryCompatible custom code). */
  readonly code: string;
  readonly $metadata: ResponseMetadata;
}

/**
 * Generated modeled-error classes expose the member values they were constructed with as
 * `$fields`, so a server protocol can serialize members whose names clash with properties of
 * ServiceError itself (a modeled member called "code" or "message"). Without `$fields`,
 * protocols read each member from the error property of the same name.
 */
export interface ModeledErrorFields {
  readonly $fields: Readonly<Record<string, unknown>>;
}
