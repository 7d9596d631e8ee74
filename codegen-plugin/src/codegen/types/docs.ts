// TSDoc for generated declarations, from @documentation, @deprecated, @externalDocumentation
// and (on operation input/output structures) @examples.
//
// The result holds the comment's lines without the " * " prefix (templates wrap them, see
// templates/shared/tsdoc.hbs). Every line is escaped so model text can never close the
// comment early.
import type { NodeValue } from "../../model/node-value.js";
import { isNodeArray, isNodeObject } from "../../model/node-value.js";
import type { AnyShape } from "../../model/shape.js";
import { TRAIT } from "../traits.js";

/**
 * A doc comment for templates: its lines (already escaped), and the text when it fits the
 * one-line form. Null when there is nothing to say.
 */
export type DocLines = { readonly lines: readonly string[]; readonly oneLine: string | null } | null;

export interface DocOptions {
  /** Documentation to use when the shape has none of its own (e.g. a member's target). */
  readonly fallback?: AnyShape | undefined;
  /** Extra paragraphs appended after the tags-free text, e.g. rendered examples. */
  readonly extra?: readonly (readonly string[])[] | undefined;
}

export function docLines(shape: AnyShape, options: DocOptions = {}): DocLines {
  const paragraphs: string[][] = [];
  const text = stringTrait(shape, TRAIT.documentation) ?? (options.fallback ? stringTrait(options.fallback, TRAIT.documentation) : undefined);
  if (text !== undefined) {
    const lines = trimBlankEdges(text.split(/\r\n|\r|\n/).map((l) => l.trimEnd()));
    if (lines.length > 0) paragraphs.push(lines);
  }
  for (const extra of options.extra ?? []) if (extra.length > 0) paragraphs.push([...extra]);

  const tags: string[] = [];
  const external = shape.traits.get(TRAIT.externalDocumentation);
  if (isNodeObject(external)) {
    for (const name of Object.keys(external).sort()) {
      const url = external[name];
      if (typeof url === "string") tags.push(`@see {@link ${url} | ${name}}`);
    }
  }
  const deprecated = shape.traits.get(TRAIT.deprecated);
  if (deprecated !== undefined) tags.push(deprecatedTag(deprecated));
  if (tags.length > 0) paragraphs.push(tags);

  const out: string[] = [];
  for (const p of paragraphs) {
    if (out.length > 0) out.push("");
    out.push(...p);
  }
  return docComment(out);
}

/** Wraps comment lines (escaped here) for templates. */
export function docComment(lines: readonly string[]): DocLines {
  if (lines.length === 0) return null;
  const escaped = lines.map(escapeCommentText);
  return { lines: escaped, oneLine: escaped.length === 1 ? escaped[0]! : null };
}

function deprecatedTag(value: NodeValue): string {
  if (!isNodeObject(value)) return "@deprecated";
  const since = typeof value["since"] === "string" ? `since ${value["since"]}` : "";
  const message = typeof value["message"] === "string" ? value["message"].replace(/\s*\n\s*/g, " ") : "";
  const text = [since, message].filter((s) => s !== "").join(": ");
  return text === "" ? "@deprecated" : `@deprecated ${text}`;
}

/**
 * `@example` paragraphs for an operation's input or output structure from the operation's
 * @examples trait: each example's title and documentation, then the value as JSON.
 */
export function exampleParagraphs(operation: AnyShape, part: "input" | "output"): string[][] {
  const examples = operation.traits.get(TRAIT.examples);
  if (!isNodeArray(examples)) return [];
  const out: string[][] = [];
  for (const ex of examples) {
    if (!isNodeObject(ex)) continue;
    const value = ex[part];
    if (value === undefined || (isNodeObject(value) && Object.keys(value).length === 0)) continue;
    const title = typeof ex["title"] === "string" ? ex["title"] : "Example";
    const lines = [`@example ${title.replace(/\s*\n\s*/g, " ")}`];
    if (typeof ex["documentation"] === "string") lines.push(...ex["documentation"].split(/\r\n|\r|\n/).map((l) => l.trimEnd()));
    lines.push("```json", ...JSON.stringify(value, null, 2).split("\n"), "```");
    out.push(lines);
  }
  return out;
}

/** Makes text safe inside a block comment: "*\/" cannot end it early. */
export function escapeCommentText(line: string): string {
  return line.replace(/\*\//g, "*\\/");
}

function stringTrait(shape: AnyShape, id: string): string | undefined {
  const v = shape.traits.get(id);
  return typeof v === "string" ? v : undefined;
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === "") start++;
  while (end > start && lines[end - 1] === "") end--;
  return lines.slice(start, end);
}
