// MD5 against RFC 1321's test suite, the protocol-test vector, and node:crypto on many sizes.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { toBase64 } from "../../src/serde/base64.js";
import { utf8Encode as utf8 } from "../../src/serde/utf8.js";
import { md5 } from "../../src/client/md5.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("md5", () => {
  test.each([
    ["", "d41d8cd98f00b204e9800998ecf8427e"],
    ["a", "0cc175b9c0f1b6a831c399e269772661"],
    ["abc", "900150983cd24fb0d6963f7d28e17f72"],
    ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
    ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
    ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"],
    ["1234567890".repeat(8), "57edf4a22be3c955ac49da2e2107b67a"],
  ])("RFC 1321 vector %j", (input, expected) => {
    expect(hex(md5(utf8(input)))).toBe(expected);
  });

  test("Content-MD5 of the compact restJson1 HttpChecksumRequired body", () => {
    expect(toBase64(md5(utf8('{"foo":"base64 encoded md5 checksum"}')))).toBe("iB0/3YSo7maijL0IGOgA9g==");
  });

  test("matches node:crypto around block and padding boundaries", () => {
    const data = new Uint8Array(300);
    for (let i = 0; i < data.length; i++) data[i] = (i * 131 + 7) & 0xff;
    for (let size = 0; size <= 300; size++) {
      const slice = data.subarray(0, size);
      expect(hex(md5(slice)), `size ${size}`).toBe(createHash("md5").update(slice).digest("hex"));
    }
  });

  test("matches node:crypto on a 1 MiB input", () => {
    const data = new Uint8Array(1 << 20);
    for (let i = 0; i < data.length; i++) data[i] = (i ^ (i >>> 8)) & 0xff;
    expect(hex(md5(data))).toBe(createHash("md5").update(data).digest("hex"));
  });
});
