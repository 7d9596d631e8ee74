// @smithy-ts/runtime: runtime for smithy-ts generated clients and servers.
export * from "./schema/index.js";
export * from "./http/types.js";
export * from "./errors.js";
export * from "./protocol/protocol.js";
// Protocols (serde, HTTP bindings, errors) and the helpers they are built from.
// Each protocol has a client half and a server half (what generated code imports) and an
// object joining both (restJson1, awsJson1_0, awsJson1_1) for tools and tests.
export * from "./protocol/rest-json1.js";
export * from "./protocol/rest-json1-client.js";
export * from "./protocol/rest-json1-server.js";
export * from "./protocol/aws-json.js";
export * from "./protocol/aws-json-client.js";
export * from "./protocol/aws-json-server.js";
export * from "./protocol/registry.js";
export { ClientServerProtocol } from "./protocol/client-server-protocol.js";
export type { JsonProtocolOptions } from "./protocol/json-protocol-options.js";
export { sanitizeErrorCode, requestIdOf } from "./protocol/error-code.js";
export { FRAMEWORK_ERROR_CODES } from "./protocol/framework-errors.js";
export type { DocumentCodec } from "./protocol/document-codec.js";
export { HttpBindingClientProtocol } from "./protocol/http-binding/http-binding-client.js";
export { HttpBindingServerProtocol } from "./protocol/http-binding/http-binding-server.js";
export * from "./http/body.js";
export * from "./http/byte-stream.js";
export * from "./serde/index.js";
// The client runtime: Client, fluent requests, interceptors, retries, auth, HTTP clients.
export * from "./client/index.js";
// The server runtime: service builder, plugins, routers, validation, Fetch and Lambda adapters
// (the node:http adapter is "@smithy-ts/runtime/node-server").
export * from "./server/index.js";
