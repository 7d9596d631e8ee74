// The selector engine (Smithy spec, "Selectors").
export type * from "./ast.js";
export { SelectorSyntaxError } from "./syntax-error.js";
export { parseSelector, type Selector, type SelectorMatch } from "./selector.js";
export { parseMessageTemplate, type MessageTemplate } from "./message-template.js";
export type { SelectorVariables } from "./attribute-values.js";
export type { SelectorWarning } from "./warnings.js";
