// @smithy-ts/runtime: runtime for smithy-ts generated clients and servers.
export * from "./schema/index.js";
export * from "./http/types.js";
export * from "./errors.js";
export * from "./protocol/protocol.js";
// Protocols (serde, HTTP bindings, errors) and the helpers they are built from.
export * from "./protocol/rest-json1.js";
export * from "./protocol/aws-json.js";
export * from "./protocol/registry.js";
export { sanitizeErrorCode, requestIdOf } from "./protocol/error-code.js";
export { FRAMEWORK_ERROR_CODES } from "./protocol/framework-errors.js";
export type { DocumentCodec } from "./protocol/document-codec.js";
export { HttpBindingProtocol } from "./protocol/http-binding/http-binding-protocol.js";
export * from "./http/body.js";
export * from "./http/byte-stream.js";
export * from "./serde/index.js";
// The client runtime: Client, fluent requests, interceptors, retries, auth, HTTP clients.
export * from "./client/index.js";
// The server runtime: service builder, plugins, routers, validation, Fetch and Lambda adapters
// (the node:http adapter is "@smithy-ts/runtime/node-server").
export * from "./server/index.js";
