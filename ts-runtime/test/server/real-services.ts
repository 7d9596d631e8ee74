// Services wired to the runtime's real protocols (restJson1, awsJson1_0), with schemas written
// the way the generator emits them, for integration, cross-adapter and hostile-input tests.
import { ServiceError } from "../../src/errors.js";
import { awsJson1_0 } from "../../src/protocol/aws-json.js";
import { restJson1 } from "../../src/protocol/rest-json1.js";
import { BLOB, INTEGER, STRING, type ListSchema, type OperationSchema, type ServiceSchema, type StructureSchema } from "../../src/schema/index.js";
import { ServiceBuilder } from "../../src/server/builder.js";
import { serviceConfig, type ServerLimits } from "../../src/server/config.js";
import type { Service } from "../../src/server/service.js";
import { recordingLogger } from "./support.js";

/** What a generated modeled error class looks like. */
export class ValidationException extends ServiceError {
  override readonly name: string = "ValidationException";
  readonly fieldList: readonly { readonly path: string; readonly message: string }[] | undefined;
  constructor(fields: Record<string, unknown>) {
    super(String(fields["message"] ?? ""), "ValidationException", "client");
    this.fieldList = fields["fieldList"] as { path: string; message: string }[] | undefined;
  }
}

export class NotFound extends ServiceError {
  override readonly name: string = "NotFound";
  readonly resource: string | undefined;
  constructor(fields: Record<string, unknown>) {
    super(String(fields["message"] ?? "not found"), "NotFound", "client");
    this.resource = fields["resource"] as string | undefined;
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
const FIELD_LIST: ListSchema = { kind: "list", id: "smithy.framework#ValidationExceptionFieldList", traits: {}, member: { name: "member", target: FIELD, traits: {} } };
export const VALIDATION_EXCEPTION: StructureSchema = {
  kind: "structure",
  id: "smithy.framework#ValidationException",
  traits: { error: "client" },
  members: [
    { name: "message", target: STRING, traits: { required: true } },
    { name: "fieldList", target: FIELD_LIST, traits: {} },
  ],
  errorClass: () => ValidationException,
};
const NOT_FOUND: StructureSchema = {
  kind: "structure",
  id: "example.store#NotFound",
  traits: { error: "client", httpError: 404 },
  members: [
    { name: "message", target: STRING, traits: {} },
    { name: "resource", target: STRING, traits: {} },
  ],
  errorClass: () => NotFound,
};

const struct = (id: string, members: StructureSchema["members"]): StructureSchema => ({ kind: "structure", id, traits: {}, members });
const TAGS: ListSchema = { kind: "list", id: "example.store#Tags", traits: {}, member: { name: "member", target: STRING, traits: { length: { min: 1, max: 16 } } } };
const NODE: StructureSchema = { kind: "structure", id: "example.store#Node", traits: {}, members: [] };
(NODE.members as StructureSchema["members"][number][]).push({ name: "child", target: () => NODE, traits: {} }, { name: "label", target: STRING, traits: {} });

const GET_ITEM: OperationSchema = {
  id: "example.store#GetItem",
  name: "GetItem",
  input: struct("example.store#GetItemInput", [
    { name: "id", target: STRING, traits: { required: true, httpLabel: true, pattern: "^[a-z0-9-]+$" } },
    { name: "verbose", target: STRING, traits: { httpQuery: "verbose" } },
  ]),
  output: struct("example.store#GetItemOutput", [
    { name: "id", target: STRING, traits: { required: true } },
    { name: "count", target: INTEGER, traits: { default: 0 } },
  ]),
  errors: [NOT_FOUND, VALIDATION_EXCEPTION],
  traits: { http: { method: "GET", uri: "/items/{id}", code: 200 }, readonly: true },
};

const PUT_ITEM: OperationSchema = {
  id: "example.store#PutItem",
  name: "PutItem",
  input: struct("example.store#PutItemInput", [
    { name: "id", target: STRING, traits: { required: true, httpLabel: true } },
    { name: "code", target: STRING, traits: { required: true, pattern: "^([0-9]+)+$" } },
    { name: "tags", target: TAGS, traits: { length: { max: 4 }, uniqueItems: true } },
    { name: "quantity", target: INTEGER, traits: { range: { min: 1, max: 100 } } },
    { name: "data", target: BLOB, traits: {} },
    { name: "tree", target: NODE, traits: {} },
  ]),
  output: struct("example.store#PutItemOutput", [{ name: "id", target: STRING, traits: { required: true } }]),
  errors: [VALIDATION_EXCEPTION],
  traits: { http: { method: "PUT", uri: "/items/{id}", code: 200 }, idempotent: true },
};

const DELETE_ITEM: OperationSchema = {
  id: "example.store#DeleteItem",
  name: "DeleteItem",
  input: struct("example.store#DeleteItemInput", [{ name: "id", target: STRING, traits: { required: true, httpLabel: true, length: { max: 8 } } }]),
  output: struct("example.store#DeleteItemOutput", []),
  // Not listing ValidationException: the runtime's own answers its violations.
  errors: [],
  traits: { http: { method: "DELETE", uri: "/items/{id}", code: 204 }, idempotent: true },
};

export const STORE_REST: ServiceSchema = {
  id: "example.store#Store",
  name: "Store",
  version: "2024-06-01",
  protocol: { id: "aws.protocols#restJson1", settings: {} },
  authSchemes: [],
  errors: [],
  operations: [GET_ITEM, PUT_ITEM, DELETE_ITEM],
};

function rpc(op: OperationSchema): OperationSchema {
  const { http: _http, ...traits } = op.traits;
  const input = op.input as StructureSchema;
  const members = input.members.map((m) => {
    const { httpLabel: _label, httpQuery: _query, ...rest } = m.traits;
    return { ...m, traits: rest };
  });
  return { ...op, input: { ...input, members }, traits };
}

export const STORE_JSON10: ServiceSchema = {
  ...STORE_REST,
  protocol: { id: "aws.protocols#awsJson1_0", settings: {} },
  operations: STORE_REST.operations.map(rpc),
};

export type StoreOperations = {
  GetItem: { input: { id: string; verbose?: string }; output: { id: string; count?: number }; errors: NotFound | ValidationException };
  PutItem: { input: { id: string; code: string; tags?: string[]; quantity?: number; data?: Uint8Array; tree?: unknown }; output: { id: string }; errors: ValidationException };
  DeleteItem: { input: { id: string }; output: Record<string, never>; errors: never };
};

export interface StoreApp {
  readonly service: Service;
  /** Every input a handler was called with. */
  readonly calls: { operation: string; input: unknown }[];
  readonly logged: ReturnType<typeof recordingLogger>;
}

/** The store service on restJson1 (default) or awsJson1_0, recording handler calls. */
export function storeApp(options: { protocol?: "restJson1" | "awsJson1_0"; limits?: Partial<ServerLimits> } = {}): StoreApp {
  const calls: { operation: string; input: unknown }[] = [];
  const logged = recordingLogger();
  const json = options.protocol === "awsJson1_0";
  const service = new ServiceBuilder<StoreOperations>(
    { schema: json ? STORE_JSON10 : STORE_REST, protocol: json ? awsJson1_0 : restJson1 },
    serviceConfig()
      .limits(options.limits ?? {})
      .logger(logged.logger)
      .build(),
  )
    .handler("GetItem", (input) => {
      calls.push({ operation: "GetItem", input });
      if (input.id === "missing") throw new NotFound({ message: "no such item", resource: input.id });
      if (input.id === "boom") throw new Error("secret internal detail");
      return { id: input.id };
    })
    .handler("PutItem", (input) => {
      calls.push({ operation: "PutItem", input });
      return { id: input.id };
    })
    .handler("DeleteItem", (input) => {
      calls.push({ operation: "DeleteItem", input });
      return {};
    })
    .build();
  return { service, calls, logged };
}
