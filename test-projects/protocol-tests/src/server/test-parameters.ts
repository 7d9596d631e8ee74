// Expansion of an httpMalformedRequestTests case's `testParameters` ({ name: [v0, v1, ...] },
// every list the same length) into one case per index, as Smithy specifies: every string of
// `request` and `response` (and the case's `tags` and `documentation`) is formatted with the
// conventions of Smithy's CodeWriter, the parameters available as named arguments:
//   $name:L   the value as is
//   $name:S   the value as a double-quoted, escaped string literal
//   $$        a literal "$"
// Any other "$" is an error in the test data. Without testParameters nothing is substituted.
// Expanded ids are "<id>_case<index>".
import { isNodeArray, isNodeObject, type NodeObject, type NodeValue } from "../../../../codegen-plugin/src/model/node-value.js";

/** The cases one malformed-request entry stands for (the entry itself when it has no parameters). */
export function expandTestParameters(entry: NodeObject): NodeObject[] {
  const params = entry["testParameters"];
  if (!isNodeObject(params) || Object.keys(params).length === 0) return [entry];
  const id = entry["id"];
  const names = Object.keys(params);
  const lists = names.map((name) => {
    const values = params[name];
    if (!isNodeArray(values) || !values.every((v): v is string => typeof v === "string")) {
      throw new Error(`${String(id)}: testParameters.${name} must be a list of strings`);
    }
    return values;
  });
  const count = lists[0]!.length;
  if (lists.some((l) => l.length !== count)) {
    throw new Error(`${String(id)}: the testParameters lists must all have the same length (${names.map((n, i) => `${n}: ${lists[i]!.length}`).join(", ")})`);
  }
  const out: NodeObject[] = [];
  for (let i = 0; i < count; i++) {
    const values = new Map(names.map((n, j) => [n, lists[j]![i]!]));
    const format = (text: string): string => formatCodeWriter(text, values, `${String(id)} (parameter set ${i})`);
    const expanded: Record<string, NodeValue> = {};
    for (const key of Object.keys(entry)) {
      const value = entry[key]!;
      define(expanded, key, SUBSTITUTED.has(key) ? mapStrings(value, format) : value);
    }
    define(expanded, "id", `${String(id)}_case${i}`);
    out.push(expanded);
  }
  return out;
}

const SUBSTITUTED: ReadonlySet<string> = new Set(["request", "response", "tags", "documentation"]);

/** Formats `text` with named arguments, as CodeWriter does for "$name:L", "$name:S" and "$$". */
export function formatCodeWriter(text: string, values: ReadonlyMap<string, string>, where: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    if (text[dollar + 1] === "$") {
      out += "$";
      i = dollar + 2;
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*):([A-Za-z])/.exec(text.slice(dollar + 1));
    if (m === null) throw new Error(`${where}: "$" at offset ${dollar} of ${JSON.stringify(text)} is neither "$$" nor "$name:F"`);
    const [whole, name, formatter] = m as unknown as [string, string, string];
    const value = values.get(name);
    if (value === undefined) throw new Error(`${where}: no test parameter named "${name}" (have: ${[...values.keys()].join(", ")})`);
    if (formatter === "L") out += value;
    else if (formatter === "S") out += javaStringLiteral(value);
    else throw new Error(`${where}: unsupported formatter "${formatter}" in $${name}:${formatter} (L and S are defined)`);
    i = dollar + 1 + whole.length;
  }
  return out;
}

/**
 * A Java string literal: quoted, with backslash, quote and control characters escaped and
 * everything outside ASCII written as \uXXXX (which JSON reads the same way).
 */
export function javaStringLiteral(value: string): string {
  let out = '"';
  for (const ch of value) {
    for (let k = 0; k < ch.length; k++) {
      const code = ch.charCodeAt(k);
      const c = ch[k]!;
      if (c === '"') out += '\\"';
      else if (c === "\\") out += "\\\\";
      else if (c === "\b") out += "\\b";
      else if (c === "\t") out += "\\t";
      else if (c === "\n") out += "\\n";
      else if (c === "\f") out += "\\f";
      else if (c === "\r") out += "\\r";
      else if (code < 0x20 || code > 0x7f) out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
      else out += c;
    }
  }
  return `${out}"`;
}

function mapStrings(value: NodeValue, f: (s: string) => string): NodeValue {
  if (typeof value === "string") return f(value);
  if (isNodeArray(value)) return value.map((v) => mapStrings(v, f));
  if (isNodeObject(value)) {
    const out: Record<string, NodeValue> = {};
    for (const k of Object.keys(value)) define(out, k, mapStrings(value[k]!, f));
    return out;
  }
  return value;
}

/** Sets a key even when it is "__proto__" (test data may use it). */
function define(target: Record<string, NodeValue>, key: string, value: NodeValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
