// Modeled errors on both sides: clients turn an error code into an instance of the generated
// error class; servers find the schema of an error a handler threw.
import type { ModeledErrorFields, ModeledErrorMeta, ResponseMetadata } from "../errors.js";
import { ConstructionError, DispatchError, ResponseError, SdkError, ServiceError, TimeoutError } from "../errors.js";
import type { OperationSchema, ServiceSchema, StructureSchema } from "../schema/schema.js";
import { deref } from "../schema/schema.js";
import { SerdeError } from "../serde/serde-error.js";
import { shapeName } from "./error-code.js";

const byOperation = new WeakMap<OperationSchema, ReadonlyMap<string, StructureSchema>>();

/** The operation's errors followed by the service's, keyed by shape name. */
function errorIndex(operation: OperationSchema, service: ServiceSchema): ReadonlyMap<string, StructureSchema> {
  let index = byOperation.get(operation);
  if (index === undefined) {
    const map = new Map<string, StructureSchema>();
    for (const ref of [...operation.errors, ...service.errors]) {
      const schema = deref(ref);
      const name = shapeName(schema.id);
      if (!map.has(name)) map.set(name, schema);
    }
    index = map;
    byOperation.set(operation, index);
  }
  return index;
}

/** The modeled error an error code names, if the operation or service declares it. */
export function errorSchemaFor(operation: OperationSchema, service: ServiceSchema, code: string): StructureSchema | undefined {
  return errorIndex(operation, service).get(code);
}

/** The modeled error schema whose generated class `error` is an instance of. */
export function errorSchemaOf(operation: OperationSchema, service: ServiceSchema, error: Error): StructureSchema | undefined {
  for (const schema of errorIndex(operation, service).values()) {
    const errorClass = schema.errorClass?.();
    if (errorClass !== undefined && error instanceof errorClass) return schema;
  }
  return undefined;
}

/** The member values of a modeled error a handler threw: its `$fields`, else its own properties. */
export function modeledErrorFields(error: Error): Readonly<Record<string, unknown>> {
  const fields = (error as Partial<ModeledErrorFields>).$fields;
  return typeof fields === "object" && fields !== null ? fields : (error as unknown as Readonly<Record<string, unknown>>);
}

/** The HTTP status of a modeled error: @httpError, else 400 for client and 500 for server faults. */
export function errorStatus(schema: StructureSchema): number {
  return schema.traits.httpError ?? (schema.traits.error === "server" ? 500 : 400);
}

/** The service's own message for an error, from the usual member spellings. */
export function serviceMessageOf(fields: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (fields === undefined) return undefined;
  for (const key of ["message", "Message", "errorMessage", "ErrorMessage"]) {
    const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

/** "GetThing failed with HTTP 400 InvalidGreeting: Hi" (the client pipeline's wording). */
export function errorResponseMessage(operation: OperationSchema, status: number, code: string, serviceMessage: string | undefined): string {
  const detail = serviceMessage === undefined || serviceMessage === code ? "" : `: ${serviceMessage}`;
  return `${operation.name} failed with HTTP ${status} ${code}${detail}`;
}

/**
 * Instantiates the generated class of a modeled error, or a plain ServiceError carrying the
 * code when the schema has no class.
 */
export function createModeledError(
  operation: OperationSchema,
  schema: StructureSchema,
  fields: Record<string, unknown>,
  code: string,
  $metadata: ResponseMetadata,
): Error {
  const message = errorResponseMessage(operation, $metadata.httpStatusCode ?? 0, code, serviceMessageOf(fields));
  const errorClass = schema.errorClass?.();
  const meta: ModeledErrorMeta = { message, code, $metadata };
  const error = errorClass !== undefined ? new errorClass(fields, meta) : new ServiceError(message, code, schema.traits.error ?? "client");
  if (error instanceof SdkError) error.$metadata = $metadata;
  return error;
}

/** An error response whose code matches no modeled error. */
export function createUnmodeledError(operation: OperationSchema, code: string | undefined, serviceMessage: string | undefined, $metadata: ResponseMetadata): ServiceError {
  const status = $metadata.httpStatusCode ?? 0;
  const error = new ServiceError(errorResponseMessage(operation, status, code ?? "UnknownError", serviceMessage), code ?? "UnknownError", status >= 500 ? "server" : "client");
  error.$metadata = $metadata;
  return error;
}

function isSdkErrorKind(error: unknown): boolean {
  return error instanceof ConstructionError || error instanceof ResponseError || error instanceof ServiceError || error instanceof TimeoutError || error instanceof DispatchError;
}

/** Client serialization failure -> ConstructionError naming the operation (and member). */
export function constructionError(operation: OperationSchema, error: unknown): unknown {
  if (isSdkErrorKind(error)) return error;
  if (error instanceof SerdeError) return new ConstructionError(`${operation.name}: cannot serialize the input: ${error.message}`, { cause: error });
  return error;
}

/** Client deserialization failure -> ResponseError naming the operation and status. */
export function responseError(operation: OperationSchema, status: number, error: unknown): unknown {
  if (isSdkErrorKind(error)) return error;
  if (error instanceof SerdeError) {
    const wrapped = new ResponseError(`${operation.name}: cannot read the HTTP ${status} response: ${error.message}`, { cause: error });
    wrapped.$metadata = { httpStatusCode: status };
    return wrapped;
  }
  return error;
}
