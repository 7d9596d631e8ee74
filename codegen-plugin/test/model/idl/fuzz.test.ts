// The loader must survive any input: random text, token soup, truncated and mutated real
// models. Nothing may throw, and no problem may be reported as an internal error.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findCorpus } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { loadModel } from "../../../src/model/loader.js";

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLE = `$version: "2.0"
$operationInputSuffix: "Request"
metadata suppressions = [{ id: "X", namespace: "*" }]
namespace example.fuzz

use smithy.api#String

/// Docs
@mixin(localTraits: [internal])
@internal
structure Base {
    @required
    id: String = "x"
}

structure Thing for Res with [Base] {
    $id
    tags: Tags
    text: String = """
        multi
        line
        """
}

resource Res { identifiers: { id: String }, read: GetThing }

@readonly
operation GetThing {
    input := @sensitive {
        @required
        id: String
    }
    output := with [Base] {}
    errors: [Oops]
}

@error("client") structure Oops { message: String }
list Tags { member: String }
map Attrs { key: String, value: Thing }
enum Color {
    RED
    GREEN = "green"
}
intEnum Size {
    SMALL = 1
}
union Choice { a: String, b: Unit }
apply Thing$tags @length(min: 1)
apply Thing { @deprecated @since("1.0") }
service Svc { version: "1", operations: [GetThing], rename: { "example.fuzz#Oops": "Problem" } }
`;

const VOCABULARY = [
  "$version", ":", '"2.0"', "\n", " ", "namespace", "a.b", "structure", "Foo", "{", "}", "[", "]", "(", ")",
  "@", "trait", "member", "String", "=", ":=", "with", "for", "apply", "use", "a.b#C", "$", "#", ".", ",",
  "///", "//", '"""', '"', "\\", "1", "-2.5e3", "true", "null", "metadata", "operation", "input", "enum",
  "\t", "\r\n", "é", "\u0000", "__proto__",
];

function check(text: string, what: string): void {
  let events: readonly { message: string }[] = [];
  expect(() => {
    events = loadModel([{ filename: "fuzz.smithy", text }]).events;
  }, what).not.toThrow();
  expect(events.filter((e) => e.message.includes("Internal error")).map((e) => e.message), what).toEqual([]);
}

describe("loader robustness", () => {
  test("the sample model itself loads", () => {
    const result = loadModel([{ filename: "fuzz.smithy", text: SAMPLE }]);
    expect(result.events.filter((e) => e.severity === "ERROR").map((e) => e.message)).toEqual([]);
  });

  test("every truncation of a model", () => {
    for (let i = 0; i <= SAMPLE.length; i += 3) check(SAMPLE.slice(0, i), `prefix ${i}`);
  });

  test("random single-character mutations", () => {
    const next = random(1);
    const alphabet = '{}[]()@$#:=,."\\/ \n\tazAZ09_-*!';
    for (let i = 0; i < 600; i++) {
      const at = Math.floor(next() * SAMPLE.length);
      const ch = alphabet.charAt(Math.floor(next() * alphabet.length));
      const mode = Math.floor(next() * 3);
      const text = mode === 0 ? SAMPLE.slice(0, at) + ch + SAMPLE.slice(at + 1)
        : mode === 1 ? SAMPLE.slice(0, at) + ch + SAMPLE.slice(at)
          : SAMPLE.slice(0, at) + SAMPLE.slice(at + 1);
      check(text, `mutation ${i} (${mode} at ${at}: ${JSON.stringify(ch)})`);
    }
  });

  test("token soup and random characters", () => {
    const next = random(2);
    for (let i = 0; i < 400; i++) {
      const parts: string[] = [i % 2 === 0 ? '$version: "2.0"\nnamespace a.b\n' : ""];
      const n = Math.floor(next() * 60);
      for (let k = 0; k < n; k++) parts.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
      check(parts.join(i % 3 === 0 ? " " : ""), `soup ${i}`);
      let chars = "";
      for (let k = 0; k < 80; k++) chars += String.fromCharCode(Math.floor(next() * 0x2000));
      check(chars, `chars ${i}`);
    }
  });

  test("JSON AST inputs of the wrong shape", () => {
    const docs = [
      "", "[]", "null", '"x"', "{", '{"smithy": 2}', '{"smithy": "2.0", "shapes": []}',
      '{"smithy": "2.0", "shapes": {"a#B": {"type": "structure", "members": []}}}',
      '{"smithy": "2.0", "shapes": {"a#B": {"type": "map", "key": 1}}}',
      '{"smithy": "2.0", "shapes": {"a#B": {"type": "service", "rename": {"x": 1}}}}',
      '{"smithy": "2.0", "shapes": {"a#B": {"type": "operation", "errors": [{}]}}}',
      '{"smithy": "2.0", "shapes": {"a#B": {"type": "apply", "traits": {"smithy.api#tags": null}}}}',
      '{"smithy": "2.0", "metadata": {"__proto__": {"x": 1}}, "shapes": {"a#B$c": {"type": "string"}}}',
    ];
    for (const text of docs) {
      expect(() => loadModel([{ filename: "doc.json", text }]), text).not.toThrow();
    }
  });

  test.skipIf(!findCorpus())("truncations of real corpus models", () => {
    const corpus = findCorpus()!;
    const files = ["protocol-tests/aws/restJson1/http-labels.smithy", "traits/smithy.rules.smithy", "prelude/prelude.smithy"];
    const next = random(3);
    for (const f of files) {
      const text = readFileSync(join(corpus, f), "utf8");
      for (let i = 0; i < 40; i++) {
        const cut = Math.floor(next() * text.length);
        check(text.slice(0, cut), `${f} cut at ${cut}`);
      }
    }
  });
});
