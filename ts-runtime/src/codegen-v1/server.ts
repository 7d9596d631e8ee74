// The versioned entry point of the server runtime for generated servers: the service and
// config builders, and handler and plugin types. Shared symbols (schemas, errors) come from
// "@smithy-ts/runtime/codegen-v1" and protocols from their own entry points
// (".../codegen-v1/rest-json1-server", ".../codegen-v1/aws-json-server"). Nothing here reaches
// the client runtime. Exports are taken module by module (not through the server barrel).
//
// Only symbols listed in CODEGEN_V1_SERVER_SYMBOLS may be used by the generator; a test checks
// each one is exported.
export { ServiceBuilder, MissingOperationsError } from "../server/builder.js";
export { ServiceConfigBuilder } from "../server/config.js";
export type { ServerLimits, ServerLogger, ServiceConfig } from "../server/config.js";
export { ExtensionKey } from "../server/extensions.js";
export { Service } from "../server/service.js";
export type { ServiceDefinition } from "../server/service.js";
export type { HttpPlugin, Layer, ModelPlugin, PluginScope } from "../server/plugins.js";
export type {
  Handler,
  HandlerContext,
  HttpOperationService,
  ModelOperationService,
  OperationInfo,
  OperationService,
  OperationShape,
  ServerRequest,
} from "../server/types.js";

/** Every symbol generated code may import from "@smithy-ts/runtime/codegen-v1/server". */
export const CODEGEN_V1_SERVER_SYMBOLS: readonly string[] = [
  "ExtensionKey", "MissingOperationsError", "Service", "ServiceBuilder", "ServiceConfigBuilder",
];
