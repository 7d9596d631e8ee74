// Identifiers and property keys for generated TypeScript.
import { isReservedName } from "./reserved-words.js";

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether `name` can be written unquoted as a property name (reserved words are fine there). */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME.test(name);
}

/**
 * A name safe for a top-level declaration: reserved words and important globals get a
 * trailing underscore (`Object` -> `Object_`, `default` -> `default_`). Smithy identifiers
 * cannot end in a way that makes this ambiguous on its own; the symbol table still checks
 * the result against every other name.
 */
export function safeDeclarationName(name: string): string {
  return isReservedName(name) ? `${name}_` : name;
}

/**
 * A property key for type positions (interfaces, type literals) and property declarations:
 * the bare name when it is an identifier name, otherwise a quoted string. Reserved words
 * (`default`, `constructor`) are valid property names and stay bare.
 */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : JSON.stringify(name);
}

/**
 * A property key for object literals. `__proto__: v` (quoted or not) in a literal sets the
 * prototype instead of defining a property, so that one name is written as a computed key.
 */
export function objectLiteralKey(name: string): string {
  return name === "__proto__" ? `["__proto__"]` : propertyKey(name);
}
