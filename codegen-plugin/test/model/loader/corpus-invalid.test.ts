// loader/invalid: every file must fail to load (an ERROR or DANGER event, never an exception),
// and the events should contain the message on the file's first line ("// <expected text>").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusOrSkip } from "@smithy-ts/test-tooling";
import { describe, expect, test } from "vitest";
import { formatEvent } from "../../../src/model/events.js";
import { blocking, listFiles, loadFiles } from "./corpus-support.js";

const corpus = corpusOrSkip("loader/invalid corpus tests");

/**
 * Files known not to be rejected (or not with the expected message), with the reason. Their
 * tests run expecting failure, so a fix is noticed (then remove the entry). Empty: all pass.
 */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

/** The expected text: the first line without "// ", with "\n" read as a line break. */
function expectedText(text: string): string | undefined {
  const first = text.split(/\r?\n/, 1)[0]!;
  if (!first.startsWith("//")) return undefined;
  return first.replace(/^\/\/\s?/, "").trim();
}

describe.skipIf(!corpus)("loader/invalid", () => {
  const dir = join(corpus ?? "", "loader/invalid");
  const files = corpus ? listFiles(dir, [".smithy", ".json"]) : [];
  for (const path of files) {
    const name = path.slice(dir.length + 1);
    const known = KNOWN_FAILURES[name];
    const fails = (): void => {
      const result = loadFiles([path], {}, dir);
      expect(blocking(result.events).length).toBeGreaterThan(0);
    };
    if (known) test.fails(`${name} fails to load (known failure: ${known})`, fails);
    else test(`${name} fails to load`, fails);
    const expected = expectedText(readFileSync(path, "utf8"));
    if (expected === undefined) continue;
    const check = (): void => {
      const result = loadFiles([path], {}, dir);
      const formatted = result.events.map(formatEvent);
      const wanted = [expected, expected.replace(/\\n/g, "\n")];
      expect(formatted.some((f) => wanted.some((w) => f.includes(w))), `${wanted[0]}\nin:\n${formatted.join("\n")}`).toBe(true);
    };
    if (known) test.fails(`${name} message (known failure: ${known})`, check);
    else test(`${name} message`, check);
  }
});
