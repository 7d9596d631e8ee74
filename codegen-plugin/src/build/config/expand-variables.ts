// `${NAME}` placeholders in smithy-build.json strings (keys included) expand to environment
// variables when the file is loaded; `\${NAME}` stays the literal text `${NAME}`.
// SMITHY_ROOT_DIR always means the build's root directory (where the build was started).
import { isNodeArray, isNodeObject, nodeObject, type NodeValue } from "../../model/node-value.js";
import { BuildError } from "../errors.js";

export interface VariableSource {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly rootDir: string;
}

export function expandVariables(value: NodeValue, vars: VariableSource, filename: string): NodeValue {
  if (typeof value === "string") return expandString(value, vars, filename);
  if (isNodeArray(value)) return value.map((v) => expandVariables(v, vars, filename));
  if (isNodeObject(value)) {
    const entries: [string, NodeValue][] = [];
    for (const [k, v] of Object.entries(value)) {
      entries.push([expandString(k, vars, filename), expandVariables(v, vars, filename)]);
    }
    return nodeObject(entries);
  }
  return value;
}

function expandString(text: string, vars: VariableSource, filename: string): string {
  if (!text.includes("${")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\\" && text.startsWith("${", i + 1)) {
      out += "$";
      i += 2; // the "{" is copied by the next iteration, so "\${X}" becomes "${X}"
      continue;
    }
    if (c === "$" && text[i + 1] === "{") {
      const close = text.indexOf("}", i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const name = text.slice(i + 2, close);
      out += lookup(name, vars, filename);
      i = close + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function lookup(name: string, vars: VariableSource, filename: string): string {
  if (name === "SMITHY_ROOT_DIR") return vars.rootDir;
  const value = vars.env[name];
  if (value === undefined) {
    throw new BuildError(
      `${filename}: the placeholder \${${name}} names an environment variable that is not set; ` +
        `set ${name} or write \\\${${name}} for the literal text`,
    );
  }
  return value;
}
