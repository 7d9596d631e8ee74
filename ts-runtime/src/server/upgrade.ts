// The "upgrade" of one operation: the HTTP-level service that deserializes the request with the
// protocol (gzip-decoding the body first for @requestCompression operations), fills defaults
// and checks constraints, calls the model-level service (model plugins around the handler),
// and serializes the output or the modeled error. Built once per operation.
import type { HttpResponse } from "../http/types.js";
import { FrameworkError, type ServerProtocol, type ServerSerdeContext } from "../protocol/protocol.js";
import { deref, type ErrorConstructor, type OperationSchema, type ServiceSchema } from "../schema/schema.js";
import { checkCollected, collectBody, isCollected } from "./body.js";
import { decodeRequestCompression } from "./content-encoding.js";
import type { ServerLimits } from "./config.js";
import type { HandlerContext, HttpOperationService, ModelOperationService, ServerRequest } from "./types.js";
import { validateInput, withOutputDefaults, type ShapePlan } from "./validation/plan.js";
import { validationError, validationErrorPlan } from "./validation/validation-exception.js";

export interface UpgradeDeps {
  readonly service: ServiceSchema;
  readonly operation: OperationSchema;
  readonly protocol: ServerProtocol;
  readonly limits: ServerLimits;
  readonly inputPlan: ShapePlan;
  readonly outputPlan: ShapePlan;
  readonly model: ModelOperationService;
}

/** Thrown out of the upgrade when something failed that the client must not hear about (becomes a logged 500). */
export class InternalFailure extends Error {
  override readonly name = "InternalFailure";
}

export function createUpgrade(deps: UpgradeDeps): HttpOperationService {
  const { operation, protocol, limits, inputPlan, outputPlan, model } = deps;
  const serdeCtx: ServerSerdeContext = { service: deps.service, bodyLimit: limits.maxRequestBodyBytes };
  const errorClasses: ErrorConstructor[] = [];
  for (const ref of operation.errors) {
    const errorClass = deref(ref).errorClass;
    if (errorClass !== undefined) errorClasses.push(errorClass());
  }
  const validation = validationErrorPlan(operation);
  const compressed = operation.traits.requestCompression !== undefined;
  const isModeled = (e: unknown): e is Error => errorClasses.some((c) => e instanceof c);

  return async (request: ServerRequest, ctx: HandlerContext): Promise<HttpResponse> => {
    let input: Record<string, unknown>;
    try {
      const raw = request.body;
      const body = isCollected(raw) ? checkCollected(raw, limits.maxRequestBodyBytes) : await collectBody(raw, limits.maxRequestBodyBytes);
      const decoded = compressed ? await decodeRequestCompression(operation, request.headers, body, limits.maxRequestBodyBytes) : undefined;
      const read = decoded !== undefined ? { ...request, ...decoded } : body === request.body ? request : { ...request, body };
      input = await protocol.deserializeRequest(operation, read, serdeCtx);
    } catch (e) {
      return clientFault(e, "the request could not be deserialized");
    }

    let violations;
    try {
      violations = validateInput(inputPlan, input, limits.maxValidationErrors);
    } catch (e) {
      return clientFault(e, "the input could not be validated");
    }
    if (violations.length > 0) {
      return protocol.serializeError(validation.operation, validationError(validation, violations), serdeCtx);
    }

    let output: Record<string, unknown>;
    try {
      output = (await model(input, ctx)) ?? {};
    } catch (e) {
      if (isModeled(e)) return protocol.serializeError(operation, e, serdeCtx);
      if (e instanceof FrameworkError && e.errorKind !== "InternalFailure") return protocol.serializeFrameworkError(e, serdeCtx);
      // The handler's own failure is logged as thrown.
      throw e;
    }
    try {
      return await protocol.serializeResponse(operation, withOutputDefaults(outputPlan, output), serdeCtx);
    } catch (e) {
      throw new InternalFailure(`${operation.id}: the output could not be serialized`, { cause: e });
    }
  };

  /**
   * Answers a FrameworkError that blames the request (malformed, too large, ...) with the
   * protocol's framework error response. Anything else is a server-side failure: it is thrown
   * on, to be logged once and answered with a 500 that reveals nothing.
   */
  function clientFault(e: unknown, what: string): HttpResponse {
    if (e instanceof FrameworkError && e.errorKind !== "InternalFailure") return protocol.serializeFrameworkError(e, serdeCtx);
    throw new InternalFailure(`${operation.id}: ${what}`, { cause: e });
  }
}
