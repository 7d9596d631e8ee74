// smithy.framework#ValidationException: how constraint violations reach the client.
//
// An operation that lists the error gets an instance of its generated class (found by shape id
// among the operation's errors). Smithy leaves open what an operation without it should do;
// constraint traits SHOULD still be enforced, so, like smithy-rs (which adds the error to
// constrained operations automatically), such an operation answers with the runtime's own
// ValidationException class below, serialized by the protocol exactly like a modeled one: the
// client sees the same 400 whether or not the model remembered to list the error.
import { ServiceError } from "../../errors.js";
import { deref, STRING, type ErrorConstructor, type ListSchema, type OperationSchema, type StructureSchema } from "../../schema/index.js";
import { summaryMessage, type Violation } from "./messages.js";

export const VALIDATION_EXCEPTION_ID = "smithy.framework#ValidationException";

/** The runtime's ValidationException, used for operations whose model does not list one. */
export class ValidationException extends ServiceError {
  override readonly name: string = "ValidationException";
  readonly fieldList: readonly { readonly path: string; readonly message: string }[] | undefined;

  constructor(fields: Record<string, unknown>) {
    super(typeof fields["message"] === "string" ? fields["message"] : "validation failed", "ValidationException", "client");
    const list = fields["fieldList"];
    this.fieldList = Array.isArray(list) ? (list as { path: string; message: string }[]) : undefined;
  }
}

const FIELD: StructureSchema = {
  kind: "structure",
  id: "smithy.framework#ValidationExceptionField",
  traits: {},
  members: [
    { name: "path", target: STRING, traits: { required: true } },
    { name: "message", target: STRING, traits: { required: true } },
  ],
};

const FIELD_LIST: ListSchema = {
  kind: "list",
  id: "smithy.framework#ValidationExceptionFieldList",
  traits: {},
  member: { name: "member", target: FIELD, traits: {} },
};

export const VALIDATION_EXCEPTION_SCHEMA: StructureSchema = {
  kind: "structure",
  id: VALIDATION_EXCEPTION_ID,
  traits: { error: "client" },
  members: [
    { name: "message", target: STRING, traits: { required: true } },
    { name: "fieldList", target: FIELD_LIST, traits: {} },
  ],
  errorClass: () => ValidationException as unknown as ErrorConstructor,
};

/** How one operation reports violations: the error class to instantiate and the operation schema to serialize it with. */
export interface ValidationErrorPlan {
  readonly errorClass: ErrorConstructor;
  /** The operation itself, or a copy listing the runtime's ValidationException among its errors. */
  readonly operation: OperationSchema;
}

export function validationErrorPlan(operation: OperationSchema): ValidationErrorPlan {
  for (const ref of operation.errors) {
    const error = deref(ref);
    if (error.id === VALIDATION_EXCEPTION_ID && error.errorClass !== undefined) {
      return { errorClass: error.errorClass(), operation };
    }
  }
  return {
    errorClass: VALIDATION_EXCEPTION_SCHEMA.errorClass!(),
    operation: { ...operation, errors: [...operation.errors, VALIDATION_EXCEPTION_SCHEMA] },
  };
}

export function validationError(plan: ValidationErrorPlan, violations: readonly Violation[]): Error {
  return new plan.errorClass({
    message: summaryMessage(violations),
    fieldList: violations.map((v) => ({ path: v.path, message: v.message })),
  });
}
