// @smithy-ts/runtime: runtime for smithy-ts generated clients and servers.
export * from "./schema/index.js";
export * from "./http/types.js";
export * from "./errors.js";
export * from "./protocol/protocol.js";
