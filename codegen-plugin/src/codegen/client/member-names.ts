// Method names for client operations and fluent setters. The camel-casing and
// first-free-name rules are shared with the server mode (../shared/names.ts).
export { camelCase, firstFreeName } from "../shared/names.js";

/** "city" -> "City" (for `setCity`). */
export function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
