// MD5 (RFC 1321), needed only for the Content-MD5 header of @httpChecksumRequired
// operations. Written here because the core runtime may not use node:crypto, and
// WebCrypto's digest() offers no MD5. Not for security purposes.

/** Per-round left-rotation amounts, indexed by (round << 2) | (step & 3). */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

let sineTable: Int32Array | undefined;

/** K[i] = floor(|sin(i + 1)| * 2^32), computed on first use rather than at import. */
function constants(): Int32Array {
  if (sineTable === undefined) {
    sineTable = new Int32Array(64);
    for (let i = 0; i < 64; i++) sineTable[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) | 0;
  }
  return sineTable;
}

/** The 16-byte MD5 digest of `data`. */
export function md5(data: Uint8Array): Uint8Array {
  const k = constants();
  const state = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  const words = new Int32Array(16);
  const length = data.length;
  const fullBlocks = length >>> 6;
  for (let block = 0; block < fullBlocks; block++) {
    let j = block << 6;
    for (let w = 0; w < 16; w++, j += 4) {
      words[w] = data[j]! | (data[j + 1]! << 8) | (data[j + 2]! << 16) | (data[j + 3]! << 24);
    }
    compress(state, words, k);
  }
  // Tail: the remaining bytes, the 0x80 marker, zero padding and the 64-bit bit length.
  const tail = new Uint8Array(length % 64 < 56 ? 64 : 128);
  tail.set(data.subarray(fullBlocks << 6));
  tail[length & 63] = 0x80;
  const bitsLow = (length * 8) >>> 0;
  const bitsHigh = Math.floor(length / 0x20000000);
  const end = tail.length;
  for (let i = 0; i < 4; i++) {
    tail[end - 8 + i] = (bitsLow >>> (8 * i)) & 0xff;
    tail[end - 4 + i] = (bitsHigh >>> (8 * i)) & 0xff;
  }
  for (let j = 0; j < end; j += 64) {
    for (let w = 0, p = j; w < 16; w++, p += 4) {
      words[w] = tail[p]! | (tail[p + 1]! << 8) | (tail[p + 2]! << 16) | (tail[p + 3]! << 24);
    }
    compress(state, words, k);
  }
  const digest = new Uint8Array(16);
  for (let i = 0; i < 16; i++) digest[i] = (state[i >> 2]! >>> ((i & 3) << 3)) & 0xff;
  return digest;
}

function compress(state: Int32Array, words: Int32Array, k: Int32Array): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    if (i < 16) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (i < 32) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) & 15;
    } else if (i < 48) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const x = (a + f + k[i]! + words[g]!) | 0;
    const s = SHIFTS[((i >> 4) << 2) | (i & 3)]!;
    a = d;
    d = c;
    c = b;
    b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
}
