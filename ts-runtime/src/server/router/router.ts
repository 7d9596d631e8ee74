// Routers map a request to one of the service's operations. Each protocol family has its own;
// all are built once, when the service is built, and allocate little per request.
import { FrameworkError } from "../../protocol/protocol.js";
import type { OperationSchema, ServiceSchema } from "../../schema/schema.js";
import type { ServerRequest } from "../types.js";
import { AwsJsonRouter } from "./aws-json-router.js";
import { RestRouter } from "./rest-router.js";

/** A routed request: the index of the operation in the list the router was built from. */
export interface RouteMatch {
  readonly index: number;
}

export interface Router {
  /** The match, or the FrameworkError to answer with (UnknownOperation, MethodNotAllowed, Serialization). */
  route(request: ServerRequest): RouteMatch | FrameworkError;
}

const REST_PROTOCOLS = new Set(["aws.protocols#restJson1", "aws.protocols#restXml"]);
const AWS_JSON_PROTOCOLS = new Set(["aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1"]);

/** Builds the router for the service's protocol; throws when the protocol has none here or routes are ambiguous. */
export function createRouter(service: ServiceSchema, operations: readonly OperationSchema[]): Router {
  const protocol = service.protocol.id;
  if (REST_PROTOCOLS.has(protocol)) return new RestRouter(operations);
  if (AWS_JSON_PROTOCOLS.has(protocol)) return new AwsJsonRouter(service.name, operations);
  throw new Error(`service ${service.id}: no server router for protocol ${protocol} (supported: ${[...REST_PROTOCOLS, ...AWS_JSON_PROTOCOLS].join(", ")})`);
}

export function isRouteMatch(result: RouteMatch | FrameworkError): result is RouteMatch {
  return !(result instanceof FrameworkError);
}
