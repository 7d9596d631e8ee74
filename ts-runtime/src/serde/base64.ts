// Standard base64 (RFC 4648 section 4, with padding) without Node's Buffer, so it runs in
// every JavaScript runtime. Decoding is strict: it is used on untrusted input by servers, and
// the protocol tests require rejecting unpadded, URL-safe or otherwise malformed text.
import { SerdeError } from "./serde-error.js";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Character code -> 6-bit value; -1 for characters outside the alphabet. */
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = "";
  const full = bytes.length - (bytes.length % 3);
  for (let i = 0; i < full; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - full;
  if (rest === 1) {
    const n = bytes[full]! << 16;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + "==";
  } else if (rest === 2) {
    const n = (bytes[full]! << 16) | (bytes[full + 1]! << 8);
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + "=";
  }
  return out;
}

/** Decodes padded standard base64; throws SerdeError on anything else. */
export function fromBase64(text: string): Uint8Array {
  const length = text.length;
  if (length % 4 !== 0) throw new SerdeError("invalid base64: length is not a multiple of 4");
  if (length === 0) return new Uint8Array(0);
  let padding = 0;
  if (text.charCodeAt(length - 1) === 61 /* = */) padding = text.charCodeAt(length - 2) === 61 ? 2 : 1;
  const out = new Uint8Array((length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < length; i += 4) {
    const last = i + 4 === length;
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    if (last && padding === 2) {
      out[o++] = (a << 2) | (b >> 4);
      break;
    }
    const c = sextet(text, i + 2);
    if (last && padding === 1) {
      out[o++] = (a << 2) | (b >> 4);
      out[o++] = ((b & 15) << 4) | (c >> 2);
      break;
    }
    const d = sextet(text, i + 3);
    out[o++] = (a << 2) | (b >> 4);
    out[o++] = ((b & 15) << 4) | (c >> 2);
    out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const value = code < 128 ? DECODE[code]! : -1;
  if (value < 0) throw new SerdeError(`invalid base64: unexpected character at offset ${index}`);
  return value;
}
