// UTF-8 through the web-standard TextEncoder/TextDecoder (available in Node, browsers, Deno,
// Bun and Workers). Decoding is fatal: a body that is not valid UTF-8 is malformed input, not
// something to repair silently with replacement characters.
import { SerdeError } from "./serde-error.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

export function utf8Decode(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new SerdeError("invalid UTF-8");
  }
}

/** Scratch space for measuring short strings; its contents are never read. */
const scratch = new Uint8Array(16 * 1024);

/** Byte length of a string's UTF-8 encoding (lone surrogates count as U+FFFD, 3 bytes, as encoders write them). */
export function utf8ByteLength(text: string): number {
  // The platform encoder measures a string that surely fits the scratch buffer (3 bytes per
  // UTF-16 unit at most) many times faster than a loop over its characters.
  if (text.length * 3 <= scratch.length) return encoder.encodeInto(text, scratch).written;
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) length += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair is 2 UTF-16 units and 4 UTF-8 bytes.
        length += 2;
        i++;
      } else length += 2;
    } else length += 2;
  }
  return length;
}
