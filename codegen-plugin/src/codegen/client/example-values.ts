// TypeScript expressions for example values (from @examples, or made up for the README),
// following the runtime's value mapping: timestamps are Dates, blobs Uint8Arrays, bigIntegers
// bigints, bigDecimals strings. The text goes into comments and Markdown, never into code.
import type { Model } from "../../model/model.js";
import type { NodeValue } from "../../model/node-value.js";
import { isNodeArray, isNodeObject } from "../../model/node-value.js";
import { isPreludeId, nameOf } from "../../model/shape-id.js";
import type { Shape } from "../../model/shape.js";
import { objectLiteralKey } from "../naming/identifiers.js";
import { literal } from "../schema/literal.js";

/** Prelude simple shapes, for models handed over without the prelude. */
const PRELUDE_KINDS: Readonly<Record<string, string>> = {
  Blob: "blob", Boolean: "boolean", PrimitiveBoolean: "boolean", String: "string", Timestamp: "timestamp",
  BigInteger: "bigInteger", BigDecimal: "bigDecimal", Document: "document",
};

export class ExampleValues {
  readonly #model: Model;

  constructor(model: Model) {
    this.#model = model;
  }

  /** The expression for `value` as a value of shape `id` (a structure for operation input). */
  expression(id: string, value: NodeValue): string {
    const shape = this.#model.getTopLevel(id);
    const kind = shape?.type ?? (isPreludeId(id) ? PRELUDE_KINDS[nameOf(id)] : undefined);
    switch (kind) {
      case "timestamp":
        return typeof value === "number" ? `new Date(${JSON.stringify(new Date(value * 1000).toISOString())})` : `new Date(${JSON.stringify(value)})`;
      case "blob":
        return typeof value === "string" ? `new TextEncoder().encode(${JSON.stringify(value)})` : JSON.stringify(value);
      case "bigInteger":
        return typeof value === "number" || typeof value === "string" ? `${String(value)}n` : JSON.stringify(value);
      case "bigDecimal":
        return JSON.stringify(typeof value === "number" ? String(value) : value);
      case "list":
      case "set":
        if (!isNodeArray(value) || !shape) break;
        return `[${value.map((v) => this.expression(shape.members.get("member")?.target ?? "", v)).join(", ")}]`;
      case "map":
        if (!isNodeObject(value) || !shape) break;
        return this.#object(Object.keys(value).map((k) => [k, shape.members.get("value")?.target ?? "", value[k]!]));
      case "structure":
      case "union":
        if (!isNodeObject(value) || !shape) break;
        return this.#object(Object.keys(value).map((k) => [k, shape.members.get(k)?.target ?? "", value[k]!]));
      default:
        break;
    }
    return literal(value);
  }

  /** Member name -> expression, for the top-level members of a structure value. */
  members(structure: Shape, value: NodeValue): { readonly name: string; readonly target: string; readonly value: NodeValue; readonly text: string }[] {
    if (!isNodeObject(value)) return [];
    return Object.keys(value).flatMap((k) => {
      const member = structure.members.get(k);
      return member ? [{ name: k, target: member.target, value: value[k]!, text: this.expression(member.target, value[k]!) }] : [];
    });
  }

  #object(entries: readonly (readonly [string, string, NodeValue])[]): string {
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, target, v]) => `${objectLiteralKey(k)}: ${this.expression(target, v)}`).join(", ")} }`;
  }
}
