// @smithy-ts/runtime: runtime for smithy-ts generated clients and servers.
export * from "./schema/index.js";
