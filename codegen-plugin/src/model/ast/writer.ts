// Writes a Model as a Smithy 2.0 JSON AST document, following the rules of Smithy's own
// serializer so outputs can be compared with the reference tools':
//   - shapes sorted by id, trait keys sorted, metadata keys sorted at every depth;
//   - absolute ids everywhere; operation input/output always present (smithy.api#Unit);
//   - the prelude (and bundled trait namespaces loaded on demand) left out unless asked;
//   - a shape using mixins lists only what it adds: its own members and traits, and for a
//     member inherited from a mixin that gained traits, an `"type": "apply"` entry;
//   - IDL 1.0 sets written as lists, @box (an IDL 1.0 marker) left out.
import { isNodeArray, isNodeObject, type NodeObject, nodeObject, type NodeValue } from "../node-value.js";
import type { Model } from "../model.js";
import { isPreludeId } from "../shape-id.js";
import type { MemberShape, Shape } from "../shape.js";
import { BUNDLED_NAMESPACES, PRELUDE } from "../prelude/index.js";

export interface WriteJsonAstOptions {
  /** Include the prelude and the bundled namespaces the loader added on its own. */
  readonly includePrelude?: boolean;
}

/** Traits that exist only inside the semantic model and are never serialized. */
const UNSERIALIZED_TRAITS: ReadonlySet<string> = new Set(["smithy.api#box"]);

const UNIT = "smithy.api#Unit";

/** Pseudo filenames of the models smithy-ts ships: shapes defined there are not the user's. */
const BUNDLED_FILENAMES: ReadonlySet<string> = new Set([PRELUDE.filename, ...[...BUNDLED_NAMESPACES.values()].map((b) => b.filename)]);

/** Whether a shape comes from the prelude or a namespace the loader bundled on its own. */
export function isBuiltInShape(shape: Shape): boolean {
  return isPreludeId(shape.id) || BUNDLED_FILENAMES.has(shape.source.filename);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ref(id: string): NodeObject {
  return { target: id };
}

function refList(ids: readonly string[]): NodeValue[] {
  return [...ids].sort(byCodePoint).map(ref);
}

function sortedTraits(traits: ReadonlyMap<string, NodeValue>): NodeObject | undefined {
  const keys = [...traits.keys()].filter((k) => !UNSERIALIZED_TRAITS.has(k)).sort(byCodePoint);
  if (keys.length === 0) return undefined;
  return nodeObject(keys.map((k) => [k, traits.get(k)!] as const));
}

function deepSorted(v: NodeValue): NodeValue {
  if (isNodeArray(v)) return v.map(deepSorted);
  if (isNodeObject(v)) return nodeObject(Object.keys(v).sort(byCodePoint).map((k) => [k, deepSorted(v[k]!)] as const));
  return v;
}

/** Entries of `all` not inherited from any mixin: what a shape declares when that was not recorded. */
function notInherited(all: readonly string[], inherited: readonly (readonly string[])[]): string[] {
  if (inherited.length === 0) return [...all];
  const fromMixins = new Set(inherited.flat());
  return all.filter((id) => !fromMixins.has(id));
}

class JsonAstWriter {
  private readonly shapes: (readonly [string, NodeValue])[] = [];

  constructor(private readonly model: Model) {}

  private mixinShapes(shape: Shape): Shape[] {
    const out: Shape[] = [];
    for (const id of shape.mixins) {
      const m = this.model.getTopLevel(id);
      if (m) out.push(m);
    }
    return out;
  }

  write(options: WriteJsonAstOptions): NodeObject {
    for (const id of this.model.sortedIds()) {
      const shape = this.model.getTopLevel(id)!;
      if (!options.includePrelude && isBuiltInShape(shape)) continue;
      this.writeShape(shape);
    }
    this.shapes.sort((a, b) => byCodePoint(a[0], b[0]));
    const doc: (readonly [string, NodeValue])[] = [["smithy", "2.0"]];
    if (this.model.metadata.size > 0) {
      const keys = [...this.model.metadata.keys()].sort(byCodePoint);
      doc.push(["metadata", nodeObject(keys.map((k) => [k, deepSorted(this.model.metadata.get(k)!)] as const))]);
    }
    doc.push(["shapes", nodeObject(this.shapes)]);
    return nodeObject(doc);
  }

  private writeShape(shape: Shape): void {
    const body: (readonly [string, NodeValue])[] = [["type", shape.type === "set" ? "list" : shape.type]];
    if (shape.mixins.length > 0) body.push(["mixins", shape.mixins.map(ref)]);
    const pendingApplies: MemberShape[] = [];
    const member = (m: MemberShape): NodeValue | undefined => {
      if (m.mixins.length === 0) return this.memberNode(m);
      if (m.introducedTraits.size > 0) pendingApplies.push(m);
      return undefined;
    };
    switch (shape.type) {
      case "structure":
      case "union":
      case "enum":
      case "intEnum": {
        const members: (readonly [string, NodeValue])[] = [];
        for (const m of shape.members.values()) {
          const node = member(m);
          if (node !== undefined) members.push([m.memberName, node]);
        }
        body.push(["members", nodeObject(members)]);
        break;
      }
      case "list":
      case "set":
      case "map":
        for (const name of shape.type === "map" ? ["key", "value"] : ["member"]) {
          const m = shape.members.get(name);
          const node = m ? member(m) : undefined;
          if (node !== undefined) body.push([name, node]);
        }
        break;
      case "operation":
        this.writeOperation(shape, body);
        break;
      case "resource":
        this.writeResource(shape, body);
        break;
      case "service":
        this.writeService(shape, body);
        break;
      default:
        break;
    }
    const traits = sortedTraits(shape.introducedTraits);
    if (traits) body.push(["traits", traits]);
    this.shapes.push([shape.id, nodeObject(body)]);
    for (const m of pendingApplies) {
      const applied = sortedTraits(m.introducedTraits);
      if (applied) this.shapes.push([m.id, nodeObject([["type", "apply"], ["traits", applied]])]);
    }
  }

  private memberNode(m: MemberShape): NodeValue {
    const traits = sortedTraits(m.introducedTraits);
    return traits ? { target: m.target, traits } : { target: m.target };
  }

  /** The operations, resources or errors a shape declares itself. */
  private declared(shape: Shape, key: "operations" | "resources" | "errors"): string[] {
    if (shape.mixins.length === 0) return [...shape[key]];
    if (shape.introduced) return [...shape.introduced[key]];
    return notInherited(shape[key], this.mixinShapes(shape).map((m) => m[key]));
  }

  private writeOperation(shape: Shape, body: (readonly [string, NodeValue])[]): void {
    body.push(["input", ref(shape.input ?? UNIT)]);
    body.push(["output", ref(shape.output ?? UNIT)]);
    const errors = this.declared(shape, "errors");
    if (errors.length > 0) body.push(["errors", refList(errors)]);
  }

  private writeResource(shape: Shape, body: (readonly [string, NodeValue])[]): void {
    if (shape.identifiers.size > 0) {
      body.push(["identifiers", nodeObject([...shape.identifiers].map(([k, v]) => [k, ref(v)] as const))]);
    }
    if (shape.properties.size > 0) {
      body.push(["properties", nodeObject([...shape.properties].map(([k, v]) => [k, ref(v)] as const))]);
    }
    for (const key of ["put", "create", "read", "update", "delete", "list"] as const) {
      const target = shape[key];
      if (target !== undefined) body.push([key, ref(target)]);
    }
    const operations = this.declared(shape, "operations");
    if (operations.length > 0) body.push(["operations", refList(operations)]);
    if (shape.collectionOperations.length > 0) body.push(["collectionOperations", refList(shape.collectionOperations)]);
    const resources = this.declared(shape, "resources");
    if (resources.length > 0) body.push(["resources", refList(resources)]);
  }

  private writeService(shape: Shape, body: (readonly [string, NodeValue])[]): void {
    let version = shape.version;
    let rename: (readonly [string, string])[] = [...shape.rename];
    if (shape.mixins.length > 0 && shape.introduced) {
      version = shape.introduced.version;
      rename = [...shape.introduced.rename];
    } else if (shape.mixins.length > 0) {
      let inheritedVersion = "";
      const inheritedRename = new Map<string, string>();
      for (const m of this.mixinShapes(shape)) {
        if (m.version) inheritedVersion = m.version;
        for (const [k, v] of m.rename) inheritedRename.set(k, v);
      }
      if (version === inheritedVersion) version = undefined;
      rename = rename.filter(([k, v]) => inheritedRename.get(k) !== v);
    }
    if (version !== undefined && version.trim() !== "") body.push(["version", version]);
    const operations = this.declared(shape, "operations");
    if (operations.length > 0) body.push(["operations", refList(operations)]);
    const resources = this.declared(shape, "resources");
    if (resources.length > 0) body.push(["resources", refList(resources)]);
    const errors = this.declared(shape, "errors");
    if (errors.length > 0) body.push(["errors", refList(errors)]);
    if (rename.length > 0) body.push(["rename", nodeObject(rename)]);
  }
}

/** The model as a JSON AST document (a plain object; see `stringifyJsonAst`). */
export function writeJsonAst(model: Model, options: WriteJsonAstOptions = {}): NodeObject {
  return new JsonAstWriter(model).write(options);
}

/** JSON text for a JSON AST document: 2-space indentation, keys in the writer's (sorted) order. */
export function stringifyJsonAst(doc: NodeValue): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
