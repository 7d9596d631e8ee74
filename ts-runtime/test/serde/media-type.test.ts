import { describe, expect, test } from "vitest";
import { acceptAdmits, mediaTypeEssence } from "../../src/serde/media-type.js";

describe("media types", () => {
  test("essence drops parameters and case", () => {
    expect(mediaTypeEssence("Application/JSON; charset=utf-8")).toBe("application/json");
    expect(mediaTypeEssence(" text/plain ")).toBe("text/plain");
  });

  test.each([
    [undefined, true],
    ["", true],
    ["application/json", true],
    ["*/*", true],
    ["application/*", true],
    ["text/html, application/json;q=0.9", true],
    ["application/hal+json", false],
    ["text/*", false],
    ["application/json;q=0", false],
  ])("Accept %j admits application/json: %s", (accept, admits) => {
    expect(acceptAdmits(accept, "application/json")).toBe(admits);
  });
});
