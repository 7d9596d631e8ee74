// The server runtime pieces the server runners and tests use, from the runtime's sources: the
// same modules the generated packages load through vitest's alias, so classes compare equal
// with instanceof.
export { Service } from "../../../../ts-runtime/src/server/service.js";
export type { ServerErrorReport, ServerLogger } from "../../../../ts-runtime/src/server/config.js";
export { DEFAULT_LIMITS } from "../../../../ts-runtime/src/server/config.js";
export type { ServerRequest } from "../../../../ts-runtime/src/server/types.js";
export { parseQueryString, splitTarget } from "../../../../ts-runtime/src/server/adapters/request-parts.js";
export { FrameworkError } from "../../../../ts-runtime/src/protocol/protocol.js";
export type { ClientProtocol } from "../../../../ts-runtime/src/protocol/protocol.js";
export { restJson1 } from "../../../../ts-runtime/src/protocol/rest-json1.js";
export { awsJson1_0, awsJson1_1 } from "../../../../ts-runtime/src/protocol/aws-json.js";
export type { ServerLimits } from "../../../../ts-runtime/src/server/config.js";
export type { HandlerContext } from "../../../../ts-runtime/src/server/types.js";
export type { HttpPlugin, Layer, ModelPlugin, PluginScope } from "../../../../ts-runtime/src/server/plugins.js";
export type { ApiGatewayV1Event, ApiGatewayV1Result, ApiGatewayV2Event, ApiGatewayV2Result } from "../../../../ts-runtime/src/server/adapters/lambda.js";
export { toNodeListener } from "../../../../ts-runtime/src/node/server-adapter.js";
