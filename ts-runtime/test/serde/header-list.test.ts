import { describe, expect, test } from "vitest";
import { quoteHeaderItem, splitHeaderList, splitHttpDateList } from "../../src/serde/header-list.js";

describe("list headers", () => {
  test("quotes only items that need it, escaping quotes and backslashes", () => {
    expect(quoteHeaderItem("plain")).toBe("plain");
    expect(quoteHeaderItem("x,y")).toBe('"x,y"');
    expect(quoteHeaderItem('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteHeaderItem('a\\b"')).toBe('"a\\\\b\\""');
  });

  test("splits, trims and unquotes", () => {
    expect(splitHeaderList("a, b,c")).toEqual(["a", "b", "c"]);
    expect(splitHeaderList('"x,y", "\\"q\\"", z')).toEqual(["x,y", '"q"', "z"]);
    expect(splitHeaderList('"a\\\\b"')).toEqual(["a\\b"]);
    expect(splitHeaderList("one")).toEqual(["one"]);
  });

  test("quoting round-trips through splitting", () => {
    const items = ["", "plain", "with, comma", 'with "quotes"', "back\\slash", " padded "];
    expect(splitHeaderList(items.map(quoteHeaderItem).join(", "))).toEqual(items.map((i) => (/[,"]/.test(i) ? i : i.trim())));
  });

  test("http-date lists split on every second comma", () => {
    expect(splitHttpDateList("Wed, 01 Jan 2020 00:00:00 GMT, Thu, 02 Jan 2020 00:00:00 GMT")).toEqual(["Wed, 01 Jan 2020 00:00:00 GMT", "Thu, 02 Jan 2020 00:00:00 GMT"]);
  });
});
