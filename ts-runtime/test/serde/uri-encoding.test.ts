import { describe, expect, test } from "vitest";
import { encodeLabel, formatQueryString, percentDecode, percentEncode } from "../../src/serde/uri-encoding.js";
import { SerdeError } from "../../src/serde/serde-error.js";

describe("percent-encoding", () => {
  test("keeps only RFC 3986 unreserved characters", () => {
    expect(percentEncode("AZaz09-._~")).toBe("AZaz09-._~");
    expect(percentEncode(" %:/?#[]@!$&'()*+,;=")).toBe("%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D");
    expect(percentEncode("ü🙂")).toBe("%C3%BC%F0%9F%99%82");
  });

  test("refuses unpaired surrogates with a SerdeError", () => {
    expect(() => percentEncode("\ud800")).toThrow(SerdeError);
  });

  test("greedy labels keep their slashes", () => {
    expect(encodeLabel("a/b c", true)).toBe("a/b%20c");
    expect(encodeLabel("a/b c", false)).toBe("a%2Fb%20c");
  });

  test("query strings", () => {
    expect(formatQueryString([["a b", "c&d"], ["e", ""]])).toBe("a%20b=c%26d&e=");
    expect(formatQueryString([])).toBe("");
  });

  test("decoding rejects malformed escapes", () => {
    expect(percentDecode("a%20b%2Fc")).toBe("a b/c");
    expect(() => percentDecode("%E0%A4%A")).toThrow(SerdeError);
  });
});
