// TypeScript literals for JSON-like values (trait values, defaults, protocol settings).
import type { NodeValue } from "../../model/node-value.js";
import { objectLiteralKey } from "../naming/identifiers.js";

/** A one-line literal: `{ a: 1, b: ["x"] }`. Object keys keep the value's order. */
export function literal(value: NodeValue): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const entries = Object.keys(value).map((k) => `${objectLiteralKey(k)}: ${literal((value as Readonly<Record<string, NodeValue>>)[k]!)}`);
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}
