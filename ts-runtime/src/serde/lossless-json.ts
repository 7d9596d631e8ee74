// JSON numbers kept as their exact source text, and the writer that prints them.
//
// Native JSON.parse turns every number into a double, which silently corrupts bigInteger and
// bigDecimal values, and JSON.stringify cannot print an integer beyond 2^53 with its exact
// digits. Codecs use the native functions unless a value needs more: then they write with
// stringifyLosslessJson (small, so every codec has it) and read with the lossless reader
// (lossless-json-reader.ts, which only protocols of services with big numbers load).

/** A JSON number kept as its source text. */
export class JsonNumberText {
  constructor(readonly text: string) {}
  toNumber(): number {
    return Number(this.text);
  }
}

export type LosslessJsonValue = null | boolean | string | JsonNumberText | LosslessJsonValue[] | { [key: string]: LosslessJsonValue };

/** Assigns a property so that even "__proto__" becomes plain data instead of a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * JSON.stringify that writes JsonNumberText values as raw numbers. Codecs use it only for
 * trees holding such values (bigInteger, bigDecimal, longs beyond 2^53); everything else goes
 * through JSON.stringify.
 */
export function stringifyLosslessJson(value: unknown): string {
  if (value instanceof JsonNumberText) return value.text;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ",";
      const item: unknown = value[i];
      out += item === undefined ? "null" : stringifyLosslessJson(item);
    }
    return out + "]";
  }
  let out = "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    if (!first) out += ",";
    first = false;
    out += `${JSON.stringify(key)}:${stringifyLosslessJson(item)}`;
  }
  return out + "}";
}
