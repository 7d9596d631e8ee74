// Our prelude and bundled trait namespaces must mean exactly what Smithy's official files
// mean: same shape ids, types, mixins, members (names, order, targets, member traits) and
// trait values (trait definitions with selectors, conflicts, breakingChanges; constraints,
// defaults, idRef, private, unstable, ...). Documentation is ours and is not compared.
//
// Both sides go through the same loader, each loaded on its own; the official files are
// read in place from the corpus (test oracles only).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { assemblePrelude } from "../../../src/model/assembler/assembler.js";
import { formatEvent } from "../../../src/model/events.js";
import { parseIdl } from "../../../src/model/idl/parser.js";
import { loadModel, type LoadResult } from "../../../src/model/loader.js";
import { Model } from "../../../src/model/model.js";
import { BUNDLED_NAMESPACES, PRELUDE } from "../../../src/model/prelude/index.js";
import { diffFacts, namespaceFacts } from "./model-facts.js";

const corpus = corpusOrSkip("comparison of the bundled namespaces with the official ones");

/** Official definition of each bundled namespace that has one in the corpus. */
const ORACLES: readonly (readonly [namespace: string, path: string])[] = [
  ["aws.api", "traits/aws.api.smithy"],
  ["aws.auth", "traits/aws.auth.smithy"],
  ["aws.customizations", "traits/aws.customizations.smithy"],
  ["aws.protocols", "traits/aws.protocols.smithy"],
  ["smithy.framework", "traits/smithy.framework.validation.smithy"],
  ["smithy.protocols", "traits/smithy.protocols.rpcv2.smithy"],
  ["smithy.rules", "traits/smithy.rules.smithy"],
  ["smithy.test", "traits/smithy.test.smithy"],
];

/** Prelude models built the way the loader builds the prelude: assembled with nothing beneath. */
function preludeModel(filename: string, text: string): { model: Model; problems: string[] } {
  const built = assemblePrelude([parseIdl(filename, text)]);
  return { model: new Model(built.prelude.shapes.values()), problems: built.events.map(formatEvent) };
}

function problems(result: LoadResult): string[] {
  return result.events.filter((e) => e.severity !== "SUPPRESSED").map(formatEvent);
}

describe.skipIf(!corpus)("bundled namespaces match the official definitions", () => {
  const official = (path: string): string => readFileSync(join(corpus!, path), "utf8");

  test("every bundled namespace except smithy.waiters has an oracle", () => {
    const covered = new Set(ORACLES.map(([ns]) => ns));
    expect([...BUNDLED_NAMESPACES.keys()].filter((ns) => !covered.has(ns))).toEqual(["smithy.waiters"]);
  });

  test("smithy.api (prelude)", () => {
    const ours = preludeModel(PRELUDE.filename, PRELUDE.text);
    const theirs = preludeModel("prelude/prelude.smithy", official("prelude/prelude.smithy"));
    expect(ours.problems).toEqual([]);
    expect(theirs.problems).toEqual([]);
    const oursFacts = namespaceFacts(ours.model, "smithy.api");
    expect(oursFacts.size).toBe(129);
    expect(diffFacts(oursFacts, namespaceFacts(theirs.model, "smithy.api"))).toEqual([]);
  });

  test.each(ORACLES)("%s", (namespace, path) => {
    const bundled = BUNDLED_NAMESPACES.get(namespace)!;
    const ours = loadModel([{ filename: bundled.filename, text: bundled.text }]);
    const theirs = loadModel([{ filename: path, text: official(path) }]);
    expect(problems(ours)).toEqual([]);
    expect(problems(theirs)).toEqual([]);
    const oursFacts = namespaceFacts(ours.model, namespace);
    expect(oursFacts.size).toBeGreaterThan(0);
    expect(diffFacts(oursFacts, namespaceFacts(theirs.model, namespace))).toEqual([]);
  });
});

// The comparison above cannot see a parser mistake that both sides share (both texts go
// through the same parser). These values were hand-encoded in our IDL (escapes, text
// blocks), so check the decoded strings themselves.
describe("hand-encoded values decode to the specified strings", () => {
  const prelude = loadModel([]);
  const trait = (model: Model, shape: string, traitId: string) => model.getTrait(shape, traitId);

  test("loading nothing yields the whole prelude and no events", () => {
    expect(problems(prelude)).toEqual([]);
    expect([...prelude.model.shapes()].filter((s) => s.id.startsWith("smithy.api#"))).toHaveLength(129);
  });

  test("text-block selectors keep their line breaks", () => {
    expect(trait(prelude.model, "smithy.api#box", "smithy.api#trait")).toEqual({
      selector:
        ":test(boolean, byte, short, integer, long, float, double,\n" +
        "member > :test(boolean, byte, short, integer, long, float, double))",
    });
    const protocols = loadModel([{ filename: "ex.smithy", text: '$version: "2"\nnamespace ex\n@aws.protocols#awsQueryCompatible\nservice S {}\n' }]);
    expect(trait(protocols.model, "aws.protocols#awsQueryCompatible", "smithy.api#trait")).toEqual({
      selector:
        "service :test([trait|aws.protocols#awsJson1_0],\n" +
        "              [trait|smithy.protocols#rpcv2Cbor],\n" +
        "              [trait|smithy.protocols#rpcv2Json])",
    });
  });

  test("escapes: newline, backslash and backtick", () => {
    expect(trait(prelude.model, "smithy.api#LocalMixinTrait", "smithy.api#idRef")).toMatchObject({
      errorMessage: "Strings provided to the localTraits property of a mixin trait\nmust target a valid trait.",
    });
    expect(trait(prelude.model, "smithy.api#Identifier", "smithy.api#pattern")).toBe("^(_+[a-zA-Z0-9]|[a-zA-Z])\\w*$");
    expect(trait(prelude.model, "smithy.api#protocolDefinition$noInlineDocumentSupport", "smithy.api#deprecated")).toEqual({
      message: "Use the `@traitValidators` trait instead",
    });
  });
});

// smithy.waiters has no official file in the corpus: check the facts taken from the Smithy
// waiters specification (additional-specs/waiters.rst) directly.
describe("smithy.waiters follows the waiters specification", () => {
  const { model, events } = loadModel([
    { filename: "w.smithy", text: '$version: "2"\nnamespace ex\nuse smithy.waiters#waitable\n@waitable(A: { acceptors: [{ state: "success", matcher: { success: true } }] })\noperation Op {}\n' },
  ]);
  const shape = (id: string) => model.getTopLevel(`smithy.waiters#${id}`);
  const members = (id: string) =>
    Object.fromEntries([...(shape(id)?.members.values() ?? [])].map((m) => [m.memberName, m.target.replace("smithy.api#", "").replace("smithy.waiters#", "")]));
  const memberTrait = (id: string, member: string, traitId: string) => model.getTrait(`smithy.waiters#${id}$${member}`, traitId);
  const enumValues = (id: string) => [...(shape(id)?.members.values() ?? [])].map((m) => m.traits.get("smithy.api#enumValue"));

  test("a model using @waitable loads cleanly", () => {
    expect(events.filter((e) => e.severity !== "SUPPRESSED").map(formatEvent)).toEqual([]);
  });

  test("waitable: a map of waiter names to waiters on non-event-stream operations", () => {
    expect(shape("waitable")?.type).toBe("map");
    expect(model.getTrait("smithy.waiters#waitable", "smithy.api#trait")).toEqual({
      selector: "operation :not(-[input, output]-> structure > member > union[trait|streaming])",
    });
    expect(model.getTrait("smithy.waiters#waitable", "smithy.api#length")).toEqual({ min: 1 });
    expect(members("waitable")).toEqual({ key: "WaiterName", value: "Waiter" });
    // waiter-name = upper-alpha *(ALPHA / DIGIT)
    expect(model.getTrait("smithy.waiters#WaiterName", "smithy.api#pattern")).toBe("^[A-Z]+[A-Za-z0-9]*$");
  });

  test("Waiter: acceptors required, delays default to 2 and 120 seconds and are at least 1", () => {
    expect(shape("Waiter")?.type).toBe("structure");
    expect(members("Waiter")).toEqual({
      documentation: "String",
      acceptors: "Acceptors",
      minDelay: "WaiterDelay",
      maxDelay: "WaiterDelay",
      deprecated: "Boolean",
      tags: "NonEmptyStringList",
    });
    expect(memberTrait("Waiter", "acceptors", "smithy.api#required")).toEqual({});
    expect(memberTrait("Waiter", "minDelay", "smithy.api#default")).toBe(2);
    expect(memberTrait("Waiter", "maxDelay", "smithy.api#default")).toBe(120);
    expect(shape("WaiterDelay")?.type).toBe("integer");
    expect(model.getTrait("smithy.waiters#WaiterDelay", "smithy.api#range")).toEqual({ min: 1 });
    expect(shape("Acceptors")?.type).toBe("list");
    expect(model.getTrait("smithy.waiters#Acceptors", "smithy.api#length")).toEqual({ min: 1 });
    expect(members("Acceptors")).toEqual({ member: "Acceptor" });
  });

  test("Acceptor: required state and matcher, optional message", () => {
    expect(members("Acceptor")).toEqual({ state: "AcceptorState", matcher: "Matcher", message: "String" });
    expect(memberTrait("Acceptor", "state", "smithy.api#required")).toEqual({});
    expect(memberTrait("Acceptor", "matcher", "smithy.api#required")).toEqual({});
    expect(memberTrait("Acceptor", "message", "smithy.api#required")).toBeUndefined();
    expect(shape("AcceptorState")?.type).toBe("enum");
    expect(enumValues("AcceptorState")).toEqual(["success", "failure", "retry"]);
  });

  test("Matcher union and PathMatcher", () => {
    expect(shape("Matcher")?.type).toBe("union");
    expect(members("Matcher")).toEqual({
      output: "PathMatcher",
      inputOutput: "PathMatcher",
      errorType: "String",
      success: "Boolean",
    });
    expect(members("PathMatcher")).toEqual({ path: "String", expected: "String", comparator: "PathComparator" });
    for (const m of ["path", "expected", "comparator"]) expect(memberTrait("PathMatcher", m, "smithy.api#required")).toEqual({});
    expect(enumValues("PathComparator")).toEqual(["stringEquals", "booleanEquals", "allStringEquals", "anyStringEquals"]);
  });

  test("helper shapes are private; the trait, WaiterName and WaiterDelay are not", () => {
    for (const id of ["Waiter", "Acceptors", "Acceptor", "AcceptorState", "Matcher", "PathMatcher", "PathComparator", "NonEmptyStringList", "NonEmptyString"]) {
      expect(model.hasTrait(`smithy.waiters#${id}`, "smithy.api#private"), id).toBe(true);
    }
    for (const id of ["waitable", "WaiterName", "WaiterDelay"]) {
      expect(model.hasTrait(`smithy.waiters#${id}`, "smithy.api#private"), id).toBe(false);
    }
    expect(model.getTrait("smithy.waiters#NonEmptyString", "smithy.api#length")).toEqual({ min: 1 });
    expect(members("NonEmptyStringList")).toEqual({ member: "NonEmptyString" });
  });
});
