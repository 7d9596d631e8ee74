import { describe, expect, test } from "vitest";
import { parseMessageTemplate, parseSelector, SelectorSyntaxError } from "../../../src/model/index.js";
import { ModelBuilder } from "./fixture.js";

const model = new ModelBuilder()
  .service("Svc", { version: "2024-01-01", operations: ["Op"] })
  .operation("Op", { traits: { tags: ["b", "a"], http: { method: "GET", uri: "/x", code: 200 } } })
  .build();

function expandFor(selector: string, template: string): string[] {
  const t = parseMessageTemplate(template);
  return parseSelector(selector).selectMatches(model).map((m) => t.expand(m.shape, m.vars));
}

describe("message templates", () => {
  test("plain text and escaped @", () => {
    expect(expandFor("operation", "no attributes")).toEqual(["no attributes"]);
    expect(expandFor("operation", "mail me @@ home")).toEqual(["mail me @ home"]);
  });

  test("attributes of the matched shape and of captured variables", () => {
    expect(expandFor("operation", "@{id|name} in @{id|namespace}")).toEqual(["Op in ex"]);
    expect(expandFor("service $svc(*) ~> operation", "@{id} of @{var|svc|service|version}")).toEqual(["ex#Op of [2024-01-01]"]);
  });

  test("node values print as compact JSON; projections sorted in brackets; missing values as nothing", () => {
    expect(expandFor("operation", "@{trait|http}")).toEqual(['{"method":"GET","uri":"/x","code":200}']);
    expect(expandFor("operation", "@{trait|tags|(values)}")).toEqual(['["a", "b"]']);
    expect(expandFor("operation", "@{trait|http|method}!")).toEqual(['"GET"!']);
    expect(expandFor("operation", "[@{trait|documentation}]")).toEqual(["[]"]);
  });

  test("malformed templates are rejected with a position", () => {
    expect(() => parseMessageTemplate("lone @ sign")).toThrow(SelectorSyntaxError);
    try {
      parseMessageTemplate("x @{id|name");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SelectorSyntaxError);
      expect((e as SelectorSyntaxError).reason).toBe("Expected: '}', but found '[EOF]'");
      expect((e as SelectorSyntaxError).column).toBe(12);
    }
    expect(() => parseMessageTemplate("@{bogus}")).toThrow(/Invalid shape selector attribute: bogus/);
  });
});
