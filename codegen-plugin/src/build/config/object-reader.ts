// Typed, checked access to a JSON object from smithy-build.json (the whole file, a projection,
// a transform's `args`, a plugin's settings). Every error names where the value lives and what
// was expected; `done()` rejects keys nobody asked for, so typos never pass silently.
import { isNodeArray, isNodeObject, nodeTypeName, type NodeObject, type NodeValue } from "../../model/node-value.js";
import { buildError, type BuildError } from "../errors.js";

export class ObjectReader {
  readonly #value: NodeObject;
  readonly #read = new Set<string>();

  /**
   * @param where Human description of the object's location, e.g.
   *   `smithy-build.json: projection "external", transform 2 (excludeShapesByTag) args`.
   */
  constructor(
    value: NodeValue,
    readonly where: string,
  ) {
    if (!isNodeObject(value)) throw buildError(where, `expected an object, found ${describe(value)}`);
    this.#value = value;
  }

  get raw(): NodeObject {
    return this.#value;
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.#value, key);
  }

  /** The raw value of a key (marking it as read), or undefined when absent. */
  get(key: string): NodeValue | undefined {
    this.#read.add(key);
    return this.has(key) ? this.#value[key] : undefined;
  }

  error(key: string, what: string): BuildError {
    return buildError(this.where, `"${key}" ${what}`);
  }

  optionalString(key: string): string | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v !== "string") throw this.error(key, `must be a string, found ${describe(v)}`);
    return v;
  }

  requiredString(key: string): string {
    const v = this.optionalString(key);
    if (v === undefined) throw buildError(this.where, `missing required "${key}" (a string)`);
    return v;
  }

  optionalBoolean(key: string): boolean | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v !== "boolean") throw this.error(key, `must be true or false, found ${describe(v)}`);
    return v;
  }

  boolean(key: string, defaultValue: boolean): boolean {
    return this.optionalBoolean(key) ?? defaultValue;
  }

  optionalStringList(key: string): string[] | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (!isNodeArray(v)) throw this.error(key, `must be an array of strings, found ${describe(v)}`);
    return v.map((item, i) => {
      if (typeof item !== "string") throw this.error(key, `must be an array of strings, but element ${i} is ${describe(item)}`);
      return item;
    });
  }

  stringList(key: string): string[] {
    return this.optionalStringList(key) ?? [];
  }

  requiredStringList(key: string): string[] {
    const v = this.optionalStringList(key);
    if (v === undefined) throw buildError(this.where, `missing required "${key}" (an array of strings)`);
    return v;
  }

  /** An object whose values are all strings, in declaration order. */
  optionalStringMap(key: string): Map<string, string> | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (!isNodeObject(v)) throw this.error(key, `must be an object of strings, found ${describe(v)}`);
    const out = new Map<string, string>();
    for (const [k, item] of Object.entries(v)) {
      if (typeof item !== "string") throw this.error(key, `must be an object of strings, but "${k}" is ${describe(item)}`);
      out.set(k, item);
    }
    return out;
  }

  optionalObject(key: string): NodeObject | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (!isNodeObject(v)) throw this.error(key, `must be an object, found ${describe(v)}`);
    return v;
  }

  /** Fails on any key that was never read. */
  done(): void {
    const unknown = Object.keys(this.#value).filter((k) => !this.#read.has(k));
    if (unknown.length === 0) return;
    const allowed = [...this.#read].sort();
    const list = unknown.map((k) => `"${k}"`).join(", ");
    const hint = allowed.length === 0 ? "no keys are accepted here" : `accepted keys: ${allowed.join(", ")}`;
    throw buildError(this.where, `unknown key${unknown.length > 1 ? "s" : ""} ${list} (${hint})`);
  }
}

/** "a number (3)", "an array", ... for error messages. */
export function describe(v: NodeValue): string {
  const type = nodeTypeName(v);
  if (type === "string" || type === "number" || type === "boolean") return `a ${type} (${JSON.stringify(v)})`;
  if (type === "null") return "null";
  return type === "array" ? "an array" : "an object";
}
