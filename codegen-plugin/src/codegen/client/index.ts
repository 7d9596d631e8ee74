// Client mode's building blocks, for the mode itself and for tests that drive generated clients
// (the protocol conformance runner asks ClientNames for method and schema names).
export { generateClientPackage, DEFAULT_HTTP_CLIENT_MODULE } from "./client-package.js";
export { ClientNames, type OperationNames, type ServiceNames } from "./client-names.js";
export { chooseProtocol, serviceAuth, builtInInterceptors, type ProtocolChoice, type ServiceAuth, type AuthSchemeInfo } from "./client-protocol.js";
export { camelCase } from "./member-names.js";
