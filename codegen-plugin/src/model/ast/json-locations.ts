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
      const start = i;
      let escaped = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) {
          escaped = true;
          i += 2;
          continue;
        }
        if (d === QUOTE) break;
        i++;
      }
      const end = Math.min(i, n);
      i++;
      if (isObject[isObject.length - 1] === true && pendingKey === undefined) {
        // A string in key position; a following ':' confirms it.
        let j = i;
        while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d || text.charCodeAt(j) === 0x0a)) j++;
        if (text.charCodeAt(j) === 0x3a) {
          const raw = text.slice(start, end + 1);
          const key = escaped ? decodeKey(raw) : raw.slice(1, -1);
          pendingKey = key;
          record(key, { filename, line, column: start - lineStart + 1 });
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

  function record(key: string, location: SourceLocation): void {
    // path[0] is the top-level object itself (""), so a shape id key sits at depth 2.
    const depth = path.length;
    if (depth === 2 && path[1] === "shapes") found.set(key, location);
    else if (depth === 2 && path[1] === "metadata") found.set(`metadata:${key}`, location);
    else if (depth === 3 && path[1] === "shapes" && (key === "member" || key === "key" || key === "value")) {
      found.set(`${path[2]}$${key}`, location);
    } else if (depth === 4 && path[1] === "shapes" && path[3] === "members") found.set(`${path[2]}$${key}`, location);
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
