// Server framework errors on the wire: the error code each kind is sent as, and the
// conversion of deserialization failures into FrameworkErrors.
import { BodyTooLargeError } from "../http/body.js";
import type { OperationSchema } from "../schema/schema.js";
import { SerdeError } from "../serde/serde-error.js";
import type { FrameworkErrorKind } from "./protocol.js";
import { FrameworkError } from "./protocol.js";

/** The error type name a framework error is sent as (X-Amzn-Errortype / __type). */
export const FRAMEWORK_ERROR_CODES: Readonly<Record<FrameworkErrorKind, string>> = {
  UnknownOperation: "UnknownOperationException",
  MethodNotAllowed: "MethodNotAllowedException",
  Serialization: "SerializationException",
  UnsupportedMediaType: "UnsupportedMediaTypeException",
  NotAcceptable: "NotAcceptableException",
  RequestTooLarge: "RequestEntityTooLargeException",
  InternalFailure: "InternalFailureException",
};

/**
 * The message a framework error response carries. Internal failures never expose details;
 * the others describe what was wrong with the request, which is the client's own data.
 */
export function frameworkErrorMessage(error: FrameworkError): string {
  return error.errorKind === "InternalFailure" ? "Internal failure" : error.message;
}

/** Turns a failure while reading a request into the FrameworkError the server answers with. */
export function requestReadError(operation: OperationSchema, error: unknown): FrameworkError {
  if (error instanceof FrameworkError) return error;
  if (error instanceof SerdeError) return new FrameworkError("Serialization", `${operation.name}: ${error.message}`, { cause: error });
  if (error instanceof BodyTooLargeError) return new FrameworkError("RequestTooLarge", `request body exceeds ${error.limit} bytes`, { cause: error });
  return new FrameworkError("InternalFailure", `${operation.name}: unexpected failure while reading the request`, { cause: error });
}
