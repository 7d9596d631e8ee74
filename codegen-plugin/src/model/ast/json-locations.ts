// Source locations for a JSON AST document. The document itself is parsed with the native
// JSON.parse (fast, and it defines "__proto__" keys as plain properties); this single linear
// scan then records where each shape, member and metadata key is written, so events about a
// JSON model point at a line and column like events about IDL files do.
import type { SourceLocation } from "../source-location.js";

export interface JsonAstLocations {
  /** Location of a shape ("ns#Name"), a member ("ns#Name$member") or a metadata key ("metadata:key"). */
  get(key: string): SourceLocation | undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function locateJsonAst(text: string, filename: string): JsonAstLocations {
  const found = new Map<string, SourceLocation>();
  // Keys of the enclosing objects, outermost first ("" for array elements).
  const path: string[] = [];
  const isObject: boolean[] = [];
  let pendingKey: string | undefined;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === QUOTE) {
      // JSON strings hold no raw line breaks, so the closing quote can be found by search: the
      // first quote not preceded by an odd number of backslashes.
      const start = i;
      let end = text.indexOf('"', i + 1);
      for (;;) {
        if (end < 0) {
          end = n;
          break;
        }
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      i = end + 1;
      if (isObject[isObject.length - 1] === true && pendingKey === undefined) {
        // A string in key position (in valid JSON, which this runs on, it is one). Only keys that
        // can matter are decoded: the path to shapes and members is at most four deep.
        const depth = path.length;
        if (depth <= 4) {
          const raw = text.slice(start, end + 1);
          const key = raw.indexOf("\\") >= 0 ? decodeKey(raw) : raw.slice(1, -1);
          pendingKey = key;
          record(key, line, start - lineStart + 1);
        } else {
          pendingKey = "";
        }
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      path.push(pendingKey ?? "");
      isObject.push(c === 0x7b);
      pendingKey = undefined;
    } else if (c === 0x7d || c === 0x5d) {
      path.pop();
      isObject.pop();
      pendingKey = undefined;
    } else if (c === 0x2c) {
      pendingKey = undefined;
    }
    i++;
  }
  return { get: (key) => found.get(key) };

  function record(key: string, keyLine: number, column: number): void {
    // path[0] is the top-level object itself (""), so a shape id key sits at depth 2.
    const depth = path.length;
    let where: string | undefined;
    if (depth === 2 && path[1] === "shapes") where = key;
    else if (depth === 2 && path[1] === "metadata") where = `metadata:${key}`;
    else if (depth === 3 && path[1] === "shapes" && (key === "member" || key === "key" || key === "value")) where = `${path[2]}$${key}`;
    else if (depth === 4 && path[1] === "shapes" && path[3] === "members") where = `${path[2]}$${key}`;
    if (where !== undefined) found.set(where, { filename, line: keyLine, column });
  }
}

function decodeKey(raw: string): string {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === "string" ? v : raw.slice(1, -1);
  } catch {
    return raw.slice(1, -1);
  }
}
