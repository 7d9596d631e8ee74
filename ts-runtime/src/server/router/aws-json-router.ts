// awsJson1_0 / awsJson1_1 routing: every operation is `POST /` and the operation is named by
// the `X-Amz-Target: <ServiceName>.<OperationName>` header.
import { FrameworkError } from "../../protocol/protocol.js";
import type { OperationSchema } from "../../schema/schema.js";
import type { ServerRequest } from "../types.js";
import type { RouteMatch, Router } from "./router.js";

export class AwsJsonRouter implements Router {
  readonly #targets = new Map<string, RouteMatch>();
  readonly #notFound = new FrameworkError("UnknownOperation", "no operation matches the request");
  readonly #missingTarget = new FrameworkError("UnknownOperation", "the X-Amz-Target header names no operation of this service");
  readonly #notPost = new FrameworkError("MethodNotAllowed", "operations of this service are invoked with POST");

  constructor(serviceName: string, operations: readonly OperationSchema[]) {
    operations.forEach((op, index) => {
      this.#targets.set(`${serviceName}.${op.name}`, Object.freeze({ index }));
    });
  }

  route(request: ServerRequest): RouteMatch | FrameworkError {
    if (request.path !== "/") return this.#notFound;
    if (request.method !== "POST") return this.#notPost;
    const target = request.headers["x-amz-target"];
    return (target === undefined ? undefined : this.#targets.get(target)) ?? this.#missingTarget;
  }
}
