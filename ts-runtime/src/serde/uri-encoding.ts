// Percent-encoding for URI labels and query strings. Smithy requires every character outside
// RFC 3986's unreserved set (ALPHA / DIGIT / "-" / "." / "_" / "~") to be percent-encoded;
// encodeURIComponent leaves !'()* alone, so those are encoded on top.
import { SerdeError } from "./serde-error.js";

const UNRESERVED_ONLY = /^[A-Za-z0-9\-._~]*$/;

export function percentEncode(text: string): string {
  if (UNRESERVED_ONLY.test(text)) return text;
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    throw new SerdeError("string contains an unpaired UTF-16 surrogate and cannot be URI-encoded");
  }
  return encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Encodes a URI label value; a greedy label keeps its "/" separators. */
export function encodeLabel(text: string, greedy: boolean): string {
  if (!greedy) return percentEncode(text);
  return text.split("/").map(percentEncode).join("/");
}

/** Renders decoded query pairs as a query string (without the leading "?"). */
export function formatQueryString(query: readonly (readonly [string, string])[]): string {
  let out = "";
  for (let i = 0; i < query.length; i++) {
    const [name, value] = query[i]!;
    if (i > 0) out += "&";
    out += `${percentEncode(name)}=${percentEncode(value)}`;
  }
  return out;
}

/** Decodes one percent-encoded URI component; throws SerdeError on malformed escapes. */
export function percentDecode(text: string): string {
  if (text.indexOf("%") < 0) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    throw new SerdeError(`malformed percent-encoding in "${text.length > 64 ? `${text.slice(0, 64)}…` : text}"`);
  }
}
