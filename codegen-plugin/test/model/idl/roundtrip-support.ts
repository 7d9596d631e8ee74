// IDL round trip: model -> writeIdl -> parse the files again -> the same JSON AST.
import { expect } from "vitest";
import { writeJsonAst } from "../../../src/model/ast/writer.js";
import { formatEvent, isBlocking } from "../../../src/model/events.js";
import { loadModel, type LoadResult, writeIdl } from "../../../src/model/loader.js";
import type { Model } from "../../../src/model/model.js";

/** Files written by writeIdl as loader sources ("" holds the metadata). */
export function idlSources(model: Model): { filename: string; text: string }[] {
  return [...writeIdl(model)].map(([ns, text]) => ({ filename: `${ns === "" ? "metadata" : ns}.smithy`, text }));
}

export function expectIdlRoundTrip(model: Model): LoadResult {
  const sources = idlSources(model);
  const reloaded = loadModel(sources);
  const problems = reloaded.events.filter(isBlocking).map(formatEvent);
  expect(problems, sources.map((s) => `--- ${s.filename}\n${s.text}`).join("\n")).toEqual([]);
  expect(writeJsonAst(reloaded.model)).toEqual(writeJsonAst(model));
  return reloaded;
}
