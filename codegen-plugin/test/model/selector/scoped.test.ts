import { describe, expect, test } from "vitest";
import { parseSelector } from "../../../src/model/index.js";
import { ids, ModelBuilder } from "./fixture.js";

const model = new ModelBuilder()
  .simple("Backwards", "integer", { traits: { range: { min: 10, max: 1 } } })
  .simple("Forwards", "integer", { traits: { range: { min: 1, max: 10 } } })
  .simple("OpenEnded", "integer", { traits: { range: { min: 1 } } })
  .string("Colors", {
    traits: {
      enum: [
        { value: "red", tags: ["deprecated"], deprecated: true },
        { value: "blue", tags: ["fresh"] },
      ],
    },
  })
  .string("HalfDeprecated", {
    traits: {
      enum: [
        { value: "x", tags: ["deprecated"] },
        { value: "y", deprecated: true },
      ],
    },
  })
  .string("StrictRef", { traits: { idRef: { failWhenMissing: true } } })
  .string("LooseRef", { traits: { idRef: { failWhenMissing: true, errorMessage: "nope" } } })
  .string("NoFailRef", { traits: { idRef: {} } })
  .structure("Key1", {}, { traits: { httpApiKeyAuth: { name: "header", in: "X-Api-Token" } } })
  .structure("Key2", {}, { traits: { httpApiKeyAuth: { name: "header", in: "query" } } })
  .structure("Key3", {}, { traits: { httpApiKeyAuth: { name: "HEADER", in: "cookie" } } })
  .build();

const sel = (text: string): string[] => ids(parseSelector(text).select(model));

describe("scoped attribute selectors", () => {
  test("comparing two values of the scope", () => {
    expect(sel("[@trait|range: @{min} > @{max}]")).toEqual(["ex#Backwards"]);
    expect(sel("[@trait|range: @{min} < @{max}]")).toEqual(["ex#Forwards"]);
    // A missing value is not a number: nothing matches.
    expect(sel("[@trait|range: @{min} < @{nope}]")).toEqual([]);
  });

  test("an empty scope is the shape itself", () => {
    // Trait definitions that are applied to themselves.
    const self = parseSelector("[trait|trait][@: @{trait|(keys)} = @{id}]").select(model).map((s) => s.id);
    expect(self).toEqual(["smithy.api#trait"]);
    expect(sel("[@: @{id|name} = @{id|name}] [id|name = Colors]")).toEqual(["ex#Colors"]);
  });

  test("a projected scope matches when one element satisfies every assertion", () => {
    const both = "[@trait|enum|(values): @{deprecated} = true && @{tags|(values)} = deprecated]";
    expect(sel(both)).toEqual(["ex#Colors"]);
    // The non-scoped equivalent mixes elements: HalfDeprecated matches with different entries.
    expect(sel("[trait|enum|(values)|deprecated = true][trait|enum|(values)|tags|(values) = deprecated]")).toEqual(["ex#Colors", "ex#HalfDeprecated"]);
  });

  test("&& needs every assertion; ?= checks absence", () => {
    expect(sel("[@trait|idRef: @{failWhenMissing} = true && @{errorMessage} ?= false]")).toEqual(["ex#StrictRef"]);
    expect(sel("[@trait|idRef: @{failWhenMissing} ?= false]")).toEqual(["ex#NoFailRef"]);
  });

  test("several right-hand values match when any does; i folds case per assertion", () => {
    expect(sel("[@trait|httpApiKeyAuth: @{name} = header && @{in} != 'x-api-token', 'authorization']")).toEqual(["ex#Key1", "ex#Key2"]);
    expect(sel("[@trait|httpApiKeyAuth: @{name} = header && @{in} = 'x-api-token', 'query']")).toEqual(["ex#Key2"]);
    expect(sel("[@trait|httpApiKeyAuth: @{name} = header && @{in} = 'x-api-token', 'query' i]")).toEqual(["ex#Key1", "ex#Key2"]);
    expect(sel("[@trait|httpApiKeyAuth: @{name} = header i && @{in} = 'cookie']")).toEqual(["ex#Key3"]);
    expect(sel("[@trait|httpApiKeyAuth: @{name} = header && @{in} = 'cookie']")).toEqual([]);
  });

  test("a scope that does not exist never matches", () => {
    expect(sel("[@trait|nope: @{a} ?= false]")).toEqual([]);
  });

  test("literals may appear on the left", () => {
    expect(sel("[@trait|range: 5 < @{max}]")).toEqual(["ex#Forwards"]);
  });
});

describe("projection comparators", () => {
  // Services declare allowed tags; shapes in their closure use tags.
  const tagged = new ModelBuilder()
    .structure("allowedTags", {}, { traits: { trait: {} } })
    .service("Svc", { operations: ["A", "B", "C", "D"], traits: { "ex#allowedTags": ["internal", "external"] } })
    .operation("A", { input: "AInput" })
    .operation("B", { traits: { tags: ["internal"] } })
    .operation("C", { traits: { tags: ["internal", "external"] } })
    .operation("D", { traits: { tags: ["invalid"] } })
    .structure("AInput", { bad: "BadEnum", good: "GoodEnum" })
    .string("BadEnum", { traits: { enum: [{ value: "a", tags: ["internal"] }, { value: "b", tags: ["invalid"] }] } })
    .string("GoodEnum", { traits: { enum: [{ value: "a" }, { value: "b", tags: ["internal", "external"] }, { value: "c", tags: ["internal"] }] } })
    .build();
  const tsel = (text: string): string[] => ids(parseSelector(text).select(tagged));
  const prefix = "service [trait|ex#allowedTags] $service(*) ~> ";

  test("any-match comparison of two projections", () => {
    expect(tsel(`${prefix} [trait|tags] :not([@: @{trait|tags|(values)} = @{var|service|trait|ex#allowedTags|(values)}])`)).toEqual(["ex#D"]);
    // One allowed tag is enough for =, so the bad enum slips through...
    expect(tsel(`${prefix} [trait|enum] :not([@: @{trait|enum|(values)|tags|(values)} = @{var|service|trait|ex#allowedTags|(values)}])`)).toEqual([]);
  });

  test("{<} subset, {<<} proper subset, {=} and {!=} set equality", () => {
    const cmp = (op: string) =>
      tsel(`${prefix} [trait|enum] [@: @{trait|enum|(values)|tags|(values)} ${op} @{var|service|trait|ex#allowedTags|(values)}]`);
    expect(cmp("{<}")).toEqual(["ex#GoodEnum"]);
    expect(cmp("{=}")).toEqual(["ex#GoodEnum"]);
    expect(cmp("{!=}")).toEqual(["ex#BadEnum"]);
    expect(cmp("{<<}")).toEqual([]);
    expect(tsel(`${prefix} [trait|tags] [@: @{trait|tags|(values)} {<<} @{var|service|trait|ex#allowedTags|(values)}]`)).toEqual(["ex#B"]);
    expect(tsel(`${prefix} [trait|tags] [@: @{trait|tags|(values)} {=} @{var|service|trait|ex#allowedTags|(values)}]`)).toEqual(["ex#C"]);
    expect(tsel(`${prefix} [trait|tags] [@: @{trait|tags|(values)} {=} @{var|service|trait|ex#allowedTags|(values)} i]`)).toEqual(["ex#C"]);
  });

  test("variables as projections of shapes: auth traits not offered by the service", () => {
    const auth = new ModelBuilder()
      .service("Svc", { operations: ["Digest", "Basic", "None"], traits: { httpBasicAuth: {}, httpBearerAuth: {} } })
      .operation("Digest", { traits: { auth: ["smithy.api#httpDigestAuth"] } })
      .operation("Basic", { traits: { auth: ["smithy.api#httpBasicAuth"] } })
      .operation("None")
      .build();
    // Mark the auth traits as auth definitions so `[trait|authDefinition]` finds them.
    const withDefs = auth.withChanges({
      put: ["httpBasicAuth", "httpBearerAuth", "httpDigestAuth"].map((t) => {
        const s = auth.getTopLevel(`smithy.api#${t}`)!;
        return { ...s, traits: new Map([...s.traits, ["smithy.api#authDefinition", {}]]) };
      }),
    });
    const selector = parseSelector(
      "service $authTraits(-[trait]-> [trait|authDefinition]) ~> operation [trait|auth] :not([@: @{trait|auth|(values)} {<} @{var|authTraits|id}])",
    );
    expect(ids(selector.select(withDefs))).toEqual(["ex#Digest"]);
  });
});
