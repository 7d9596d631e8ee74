// Known failures: known-failures/<side>.txt lists case ids that fail today, one per line,
// each with the reason after "#" ("Id  # why it fails"). An id that names both a request and a
// response case (the corpus reuses ids across the two) is qualified with the kind it means:
// "response:Id". Blank lines and lines starting with "#" are ignored. Listed cases run as
// `test.fails`, so the day one passes the run fails until the entry is removed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { KNOWN_FAILURES_DIR } from "./paths.js";
import type { Side } from "./suites.js";

export interface KnownFailure {
  readonly id: string;
  readonly reason: string;
  readonly line: number;
}

/** Parses a known-failures list; malformed lines are errors naming the file and line. */
export function parseKnownFailures(text: string, file: string): Map<string, KnownFailure> {
  const out = new Map<string, KnownFailure>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const hash = line.indexOf("#");
    const id = (hash < 0 ? line : line.slice(0, hash)).trim();
    const reason = hash < 0 ? "" : line.slice(hash + 1).trim();
    const where = `${file}:${i + 1}`;
    if (!/^(?:(?:request|response|malformed):)?[A-Za-z0-9_]+$/.test(id)) throw new Error(`${where}: "${id}" is not a test case id (expected "CaseId  # reason" or "kind:CaseId  # reason")`);
    if (reason === "") throw new Error(`${where}: ${id} has no reason; write "${id}  # why it fails"`);
    if (out.has(id)) throw new Error(`${where}: ${id} is listed twice`);
    out.set(id, { id, reason, line: i + 1 });
  });
  return out;
}

export function knownFailuresFile(side: Side): string {
  return join(KNOWN_FAILURES_DIR, `${side}.txt`);
}

/** The entry for a case: its kind-qualified entry, else its plain one. */
export function knownFailureOf(known: ReadonlyMap<string, KnownFailure>, kind: string, id: string): KnownFailure | undefined {
  return known.get(`${kind}:${id}`) ?? known.get(id);
}

/** The known failures of one side (none when its list does not exist). */
export function readKnownFailures(side: Side): Map<string, KnownFailure> {
  const file = knownFailuresFile(side);
  return existsSync(file) ? parseKnownFailures(readFileSync(file, "utf8"), file) : new Map();
}
