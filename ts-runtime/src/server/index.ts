// @smithy-ts/runtime/server: the server runtime generated services are built on. Nothing here
// uses Node built-ins; the node:http adapter lives in "@smithy-ts/runtime/node-server".
//
//   const config = PokemonServiceConfig.builder()          // a ServiceConfigBuilder<OpName>
//     .httpPlugin(logging).modelPlugin(authz, { include: ["GetStorage"] }).layer(cors)
//     .limits({ maxRequestBodyBytes: 256 * 1024 }).build();
//   const app = PokemonService.builder(config)              // generated wrapper of ServiceBuilder
//     .getPokemonSpecies(async (input, ctx) => ({ ... }))   // handler
//     .getStorageService(storage)                           // object with handle(input, ctx)
//     .doNothingCustom(async (request, ctx) => response)    // raw HTTP service, no plugins
//     .build();                                             // Service
//   http.createServer(toNodeListener(app));                 // "@smithy-ts/runtime/node-server"
//   export default { fetch: app.fetch };                    // Bun, Deno, Workers, Hono
//   export const handler = app.toLambdaHandler();           // API Gateway REST (v1) / HTTP (v2)
export type {
  HandlerContext,
  Handler,
  HttpOperationService,
  HttpService,
  ModelOperationService,
  OperationInfo,
  OperationMap,
  OperationName,
  OperationService,
  OperationShape,
  RequestParts,
  ServerRequest,
} from "./types.js";
export { ExtensionKey, Extensions, MissingExtensionError } from "./extensions.js";
export type { HttpPlugin, Layer, ModelPlugin, PluginScope } from "./plugins.js";
export {
  CONSOLE_LOGGER,
  DEFAULT_LIMITS,
  serviceConfig,
  ServiceConfigBuilder,
  type ServerErrorReport,
  type ServerLimits,
  type ServerLogger,
  type ServiceConfig,
} from "./config.js";
export { MissingOperationsError, ServiceBuilder } from "./builder.js";
export { Service, type ServiceDefinition } from "./service.js";
export { findRouteConflicts, type RouteProblem } from "./router/route-conflicts.js";
export { parseUriPattern, UriPatternError, type PathSegment, type QueryLiteral, type UriPattern } from "./router/uri-pattern.js";
export { compilePattern, InvalidPatternError, type CompiledPattern } from "./regex/pattern.js";
export { VALIDATION_EXCEPTION_ID, ValidationException } from "./validation/validation-exception.js";
export type { FetchHandler } from "./adapters/fetch.js";
export type { ApiGatewayV1Event, ApiGatewayV1Result, ApiGatewayV2Event, ApiGatewayV2Result, LambdaContext, LambdaHandler } from "./adapters/lambda.js";
