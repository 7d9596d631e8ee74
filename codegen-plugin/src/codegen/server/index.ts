// Server mode's building blocks, for the mode itself and for tests that drive generated
// servers (the protocol conformance runner asks ServerNames for setter and schema names).
export { generateServerPackage, SERVER_PROTOCOLS } from "./server-package.js";
export { ServerNames, type ServerOperationNames, type ServerServiceNames } from "./server-names.js";
export { checkRoutes } from "./server-routes.js";
