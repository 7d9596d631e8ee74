// Writes a Model as Smithy IDL 2.0, one file per namespace (plus one for metadata). Reading
// the files back gives the same JSON AST: the writer follows the same rules as the JSON AST
// writer (shapes with mixins list only what they add; traits gained by inherited members are
// `apply` statements; @box is not written) and only uses syntax whose meaning does not depend
// on context it cannot see:
//   - names are written relative when they resolve back to the same shape (same namespace,
//     or a prelude shape the namespace does not shadow), absolute otherwise;
//   - node values never use unquoted shape ids (they would be resolved as references);
//   - an operation's input/output structure is written inline (`:=`) only when it carries
//     @input/@output and has the default derived name.
import { isNodeArray, isNodeObject, type NodeValue } from "../node-value.js";
import type { Model } from "../model.js";
import { isIdentifier, PRELUDE_NAMESPACE } from "../shape-id.js";
import type { MemberShape, Shape } from "../shape.js";
import { isBuiltInShape } from "../ast/writer.js";

const INDENT = "    ";
const UNIT = "smithy.api#Unit";
const DOCUMENTATION = "smithy.api#documentation";
const DEFAULT = "smithy.api#default";
const ENUM_VALUE = "smithy.api#enumValue";
const INPUT = "smithy.api#input";
const OUTPUT = "smithy.api#output";
/** Traits that exist only inside the semantic model. */
const UNSERIALIZED = new Set(["smithy.api#box"]);

/**
 * Shape statements are grouped, each group sorted by id: trait definitions first, then
 * services, resources, operations, structures, unions, lists and maps, then every other shape
 * (the order Smithy's own serializer uses).
 */
function statementGroup(shape: Shape): number {
  if (shape.traits.has("smithy.api#trait")) return 0;
  const i = ["service", "resource", "operation", "structure", "union", "list", "set", "map"].indexOf(shape.type);
  return i < 0 ? 9 : i === 6 ? 6 : i + 1;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A string literal in IDL syntax. */
function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s.charAt(i);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Object keys: bare when they are identifiers, quoted otherwise. */
function key(k: string): string {
  return isIdentifier(k) ? k : quote(k);
}

function formatNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

/** A node value in IDL syntax; nested entries go one per line, indented from `indent`. */
function formatNode(value: NodeValue, indent: string): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return quote(value);
  const inner = indent + INDENT;
  if (isNodeArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + formatNode(v, inner)).join("\n")}\n${indent}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return "{}";
  return `{\n${keys.map((k) => `${inner}${key(k)}: ${formatNode(value[k]!, inner)}`).join("\n")}\n${indent}}`;
}

class NamespaceWriter {
  private readonly lines: string[] = [];
  private readonly inlined = new Set<string>();

  constructor(
    private readonly model: Model,
    private readonly namespace: string,
    private readonly shapes: readonly Shape[],
  ) {}

  /** How `id` is written in this file so that it resolves back to `id`. */
  private name(id: string): string {
    const hash = id.indexOf("#");
    const ns = id.slice(0, hash);
    const rest = id.slice(hash + 1);
    const dollar = rest.indexOf("$");
    const root = dollar < 0 ? rest : rest.slice(0, dollar);
    if (ns === this.namespace) return rest;
    if (ns === PRELUDE_NAMESPACE && !this.model.has(`${this.namespace}#${root}`)) return rest;
    return id;
  }

  /** A name used inside a node value, where true/false/null would read as keywords. */
  private nodeName(id: string): string {
    const n = this.name(id);
    return n === "true" || n === "false" || n === "null" ? id : n;
  }

  write(): string {
    this.findInlineIo();
    const out = this.lines;
    out.push('$version: "2.0"', "", `namespace ${this.namespace}`, "");
    const sorted = [...this.shapes].sort((a, b) => statementGroup(a) - statementGroup(b) || byCodePoint(a.id, b.id));
    for (const shape of sorted) {
      if (this.inlined.has(shape.id)) continue;
      this.writeShape(shape, "");
      out.push("");
      this.writeApplies(shape);
    }
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return `${out.join("\n")}\n`;
  }

  // ----- inline operation input/output -----

  private findInlineIo(): void {
    const used = new Set<string>();
    for (const shape of this.shapes) {
      if (shape.type !== "operation") continue;
      const opName = shape.id.slice(shape.id.indexOf("#") + 1);
      for (const [target, trait, suffix] of [[shape.input, INPUT, "Input"], [shape.output, OUTPUT, "Output"]] as const) {
        if (target === undefined || used.has(target)) continue;
        const struct = this.model.getTopLevel(target);
        if (
          struct && struct.type === "structure" && struct.id === `${this.namespace}#${opName}${suffix}` &&
          struct.introducedTraits.has(trait) && !isBuiltInShape(struct)
        ) {
          used.add(target);
          this.inlined.add(target);
        }
      }
    }
  }

  // ----- traits -----

  /**
   * Trait lines for a shape or member: documentation first (as a `///` comment when
   * `docComments` and the text allows it), then the others sorted by id.
   */
  private traitLines(
    traits: ReadonlyMap<string, NodeValue>,
    indent: string,
    skip: ReadonlySet<string> = new Set(),
    docComments = true,
  ): void {
    const doc = traits.get(DOCUMENTATION);
    const docAsComment = docComments && typeof doc === "string" && !doc.includes("\r") && !skip.has(DOCUMENTATION);
    if (docAsComment) {
      for (const line of doc.split("\n")) this.lines.push(line === "" ? `${indent}///` : `${indent}/// ${line}`);
    }
    const ids = [...traits.keys()]
      .filter((id) => !UNSERIALIZED.has(id) && !skip.has(id) && !(docAsComment && id === DOCUMENTATION))
      .sort(byCodePoint);
    for (const id of ids) this.lines.push(indent + this.traitText(id, traits.get(id)!, indent));
  }

  /** `@name`, `@name(value)`, or for objects `@name(key: value ...)`; lines continue at `indent`. */
  private traitText(id: string, value: NodeValue, indent: string): string {
    const name = `@${this.name(id)}`;
    if (isNodeObject(value)) {
      const keys = Object.keys(value);
      if (keys.length === 0) return this.annotationMeansEmptyObject(id) ? name : `${name}({})`;
      const inner = indent + INDENT;
      return `${name}(\n${keys.map((k) => `${inner}${key(k)}: ${formatNode(value[k]!, inner)}`).join("\n")}\n${indent})`;
    }
    return `${name}(${formatNode(value, indent)})`;
  }

  /** `@foo` without a value reads as `{}` when the trait shape is a structure or map (or unknown). */
  private annotationMeansEmptyObject(traitId: string): boolean {
    const shape = this.model.getTopLevel(traitId);
    return !shape || shape.type === "structure" || shape.type === "map";
  }

  // ----- shapes -----

  private localName(id: string): string {
    return id.slice(id.indexOf("#") + 1);
  }

  /** ` with [A]`, or one mixin per line when there are several. */
  private mixinsClause(shape: Shape, indent = ""): string {
    if (shape.mixins.length === 0) return "";
    if (shape.mixins.length === 1) return ` with [${this.name(shape.mixins[0]!)}]`;
    const inner = indent + INDENT;
    return ` with [\n${shape.mixins.map((m) => inner + this.name(m)).join("\n")}\n${indent}]`;
  }

  private writeShape(shape: Shape, indent: string): void {
    this.traitLines(shape.introducedTraits, indent);
    const head = `${indent}${shape.type === "set" ? "list" : shape.type} ${this.localName(shape.id)}${this.mixinsClause(shape, indent)}`;
    this.writeBody(shape, head, indent);
  }

  /** Writes `head` followed by the shape's body (nothing for simple shapes). */
  private writeBody(shape: Shape, head: string, indent: string): void {
    switch (shape.type) {
      case "structure":
      case "union":
      case "list":
      case "set":
      case "map":
        this.writeMembers(shape, head, indent);
        return;
      case "enum":
      case "intEnum":
        this.writeEnumMembers(shape, head, indent);
        return;
      case "service":
        this.writeService(shape, head, indent);
        return;
      case "resource":
        this.writeResource(shape, head, indent);
        return;
      case "operation":
        this.writeOperation(shape, head, indent);
        return;
      default:
        this.lines.push(head);
    }
  }

  /** Members the shape defines itself (inherited ones come from its mixins). */
  private localMembers(shape: Shape): MemberShape[] {
    return [...shape.members.values()].filter((m) => m.mixins.length === 0);
  }

  private writeMembers(shape: Shape, head: string, indent: string): void {
    const members = this.localMembers(shape);
    const open = head.trim() === "" ? `${head}{` : `${head} {`;
    if (members.length === 0) {
      this.lines.push(`${open}}`);
      return;
    }
    this.lines.push(open);
    const inner = indent + INDENT;
    members.forEach((m, i) => {
      if (i > 0 && this.hasTraitLines(m)) this.lines.push("");
      this.traitLines(m.introducedTraits, inner, new Set([DEFAULT]));
      const dflt = m.introducedTraits.get(DEFAULT);
      const assign = dflt !== undefined ? ` = ${formatNode(dflt, inner)}` : "";
      this.lines.push(`${inner}${m.memberName}: ${this.name(m.target)}${assign}`);
    });
    this.lines.push(`${indent}}`);
  }

  private hasTraitLines(m: MemberShape): boolean {
    for (const id of m.introducedTraits.keys()) if (id !== DEFAULT && !UNSERIALIZED.has(id)) return true;
    return false;
  }

  private writeEnumMembers(shape: Shape, head: string, indent: string): void {
    const members = this.localMembers(shape);
    if (members.length === 0) {
      this.lines.push(`${head} {}`);
      return;
    }
    this.lines.push(`${head} {`);
    const inner = indent + INDENT;
    members.forEach((m, i) => {
      if (i > 0 && [...m.introducedTraits.keys()].some((k) => k !== ENUM_VALUE && !UNSERIALIZED.has(k))) this.lines.push("");
      this.traitLines(m.introducedTraits, inner, new Set([ENUM_VALUE]));
      const value = m.introducedTraits.get(ENUM_VALUE);
      const implicit = shape.type === "enum" && value === m.memberName;
      const assign = value === undefined || implicit ? "" : ` = ${formatNode(value, inner)}`;
      this.lines.push(`${inner}${m.memberName}${assign}`);
    });
    this.lines.push(`${indent}}`);
  }

  /** Entity properties the shape declares itself (mixins supply the rest). */
  private declared(shape: Shape, k: "operations" | "resources" | "errors"): string[] {
    if (shape.mixins.length === 0) return [...shape[k]];
    if (shape.introduced) return [...shape.introduced[k]];
    const inherited = new Set<string>();
    for (const id of shape.mixins) for (const x of this.model.getTopLevel(id)?.[k] ?? []) inherited.add(x);
    return shape[k].filter((x) => !inherited.has(x));
  }

  private idList(label: string, ids: readonly string[], indent: string): string[] {
    if (ids.length === 0) return [];
    const inner = indent + INDENT;
    return [`${indent}${label}: [`, ...[...ids].sort(byCodePoint).map((id) => `${inner}${this.nodeName(id)}`), `${indent}]`];
  }

  private writeService(shape: Shape, head: string, indent: string): void {
    const inner = indent + INDENT;
    const body: string[] = [];
    let version = shape.version;
    let rename = [...shape.rename];
    if (shape.mixins.length > 0) {
      if (shape.introduced) {
        version = shape.introduced.version;
        rename = [...shape.introduced.rename];
      } else {
        const mixins = shape.mixins.map((id) => this.model.getTopLevel(id)).filter((m): m is Shape => m !== undefined);
        const inheritedVersion = mixins.reduce((v, m) => m.version || v, "");
        if (version === inheritedVersion) version = undefined;
        rename = rename.filter(([k, v]) => !mixins.some((m) => m.rename.get(k) === v));
      }
    }
    if (version !== undefined && version !== "") body.push(`${inner}version: ${quote(version)}`);
    body.push(...this.idList("operations", this.declared(shape, "operations"), inner));
    body.push(...this.idList("resources", this.declared(shape, "resources"), inner));
    body.push(...this.idList("errors", this.declared(shape, "errors"), inner));
    if (rename.length > 0) {
      body.push(`${inner}rename: {`);
      for (const [from, to] of rename) body.push(`${inner}${INDENT}${quote(from)}: ${quote(to)}`);
      body.push(`${inner}}`);
    }
    this.block(head, body, indent);
  }

  private writeResource(shape: Shape, head: string, indent: string): void {
    const inner = indent + INDENT;
    const body: string[] = [];
    for (const [label, map] of [["identifiers", shape.identifiers], ["properties", shape.properties]] as const) {
      if (map.size === 0) continue;
      body.push(`${inner}${label}: {`);
      for (const [name, target] of map) body.push(`${inner}${INDENT}${key(name)}: ${this.nodeName(target)}`);
      body.push(`${inner}}`);
    }
    for (const k of ["put", "create", "read", "update", "delete", "list"] as const) {
      const target = shape[k];
      if (target !== undefined) body.push(`${inner}${k}: ${this.nodeName(target)}`);
    }
    body.push(...this.idList("operations", this.declared(shape, "operations"), inner));
    body.push(...this.idList("collectionOperations", shape.collectionOperations, inner));
    body.push(...this.idList("resources", this.declared(shape, "resources"), inner));
    this.block(head, body, indent);
  }

  /** A service or resource body (written over two lines even when empty, as Smithy does). */
  private block(head: string, body: readonly string[], indent: string): void {
    this.lines.push(`${head} {`, ...body, `${indent}}`);
  }

  private writeOperation(shape: Shape, head: string, indent: string): void {
    const inner = indent + INDENT;
    this.lines.push(`${head} {`);
    for (const [label, target, trait] of [["input", shape.input, INPUT], ["output", shape.output, OUTPUT]] as const) {
      const id = target ?? UNIT;
      const struct = this.inlined.has(id) ? this.model.getTopLevel(id) : undefined;
      if (!struct) {
        this.lines.push(`${inner}${label}: ${this.name(id)}`);
        continue;
      }
      // input := [traits] [with [...]] { members }; the @input/@output trait is implied.
      const hasTraits = [...struct.introducedTraits.keys()].some((k) => k !== trait && !UNSERIALIZED.has(k));
      if (!hasTraits) {
        this.writeMembers(struct, `${inner}${label} :=${this.mixinsClause(struct, inner)}`, inner);
        continue;
      }
      this.lines.push(`${inner}${label} :=`);
      const deeper = inner + INDENT;
      this.traitLines(struct.introducedTraits, deeper, new Set([trait]));
      this.writeMembers(struct, deeper + this.mixinsClause(struct, deeper).trimStart(), deeper);
    }
    const errors = this.declared(shape, "errors");
    this.lines.push(...this.idList("errors", errors, inner));
    this.lines.push(`${indent}}`);
  }

  /** `apply` statements for traits a shape's inherited members gained. */
  private writeApplies(shape: Shape): void {
    const targets = [shape];
    for (const io of [shape.input, shape.output]) {
      const inlined = io !== undefined && this.inlined.has(io) ? this.model.getTopLevel(io) : undefined;
      if (inlined) targets.push(inlined);
    }
    for (const s of targets) {
      for (const m of s.members.values()) {
        if (m.mixins.length === 0) continue;
        const ids = [...m.introducedTraits.keys()].filter((k) => !UNSERIALIZED.has(k));
        if (ids.length === 0) continue;
        const target = this.name(m.id);
        if (ids.length === 1) {
          this.lines.push(`apply ${target} ${this.traitText(ids[0]!, m.introducedTraits.get(ids[0]!)!, "")}`);
        } else {
          // Doc comments are not allowed inside an apply block: documentation is a plain trait there.
          this.lines.push(`apply ${target} {`);
          this.traitLines(m.introducedTraits, INDENT, new Set(), false);
          this.lines.push("}");
        }
        this.lines.push("");
      }
    }
  }
}

function writeMetadata(model: Model): string {
  const lines = ['$version: "2.0"', ""];
  for (const k of [...model.metadata.keys()].sort(byCodePoint)) {
    lines.push(`metadata ${key(k)} = ${formatNode(model.metadata.get(k)!, "")}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The model as IDL 2.0 text, one entry per namespace (keyed by namespace) for the shapes
 * outside the prelude and bundled namespaces, plus an entry keyed "" holding the metadata
 * when there is any.
 */
export function writeIdl(model: Model): Map<string, string> {
  const byNamespace = new Map<string, Shape[]>();
  for (const shape of model.shapes()) {
    if (isBuiltInShape(shape)) continue;
    const ns = shape.id.slice(0, shape.id.indexOf("#"));
    let list = byNamespace.get(ns);
    if (!list) byNamespace.set(ns, (list = []));
    list.push(shape);
  }
  const out = new Map<string, string>();
  if (model.metadata.size > 0) out.set("", writeMetadata(model));
  for (const ns of [...byNamespace.keys()].sort(byCodePoint)) {
    out.set(ns, new NamespaceWriter(model, ns, byNamespace.get(ns)!).write());
  }
  return out;
}
