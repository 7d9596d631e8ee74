// ShapeClosure: `metadata shapeClosures` entries need unique ids that are not shape ids,
// some roots (namespaces that have shapes, or a selector that adds shapes), renames that
// change names of shapes in the closure without case-insensitive collisions, and (as a
// warning) case-insensitively unique names in the closure.
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject, type NodeValue } from "../../node-value.js";
import { parseSelector, SelectorSyntaxError, type Selector } from "../../selector/index.js";
import { isAbsoluteShapeId, nameOf, namespaceOf } from "../../shape-id.js";
import type { AnyShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { modelEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "ShapeClosure";

interface Closure {
  readonly id: string;
  readonly includeNamespaces: readonly string[];
  readonly includeBySelector: string | undefined;
  readonly rename: ReadonlyMap<string, string>;
}

export const shapeClosureValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const metadata = ctx.model.metadata.get("shapeClosures");
    if (!isNodeArray(metadata)) return;
    const namespaces = new Set<string>();
    for (const shape of ctx.model.allShapes()) namespaces.add(namespaceOf(shape.id));
    const seen = new Set<string>();
    for (const element of metadata) {
      const closure = readClosure(element);
      if (!closure) continue;
      if (seen.has(closure.id)) {
        yield modelEvent(ID, "ERROR", `Shape closure id \`${closure.id}\` is declared more than once.`);
        continue;
      }
      seen.add(closure.id);
      if (ctx.model.has(closure.id)) {
        yield modelEvent(ID, "ERROR", `Shape closure ids must not match the ids of shapes in the model, but \`${closure.id}\` does.`);
      }
      if (closure.includeNamespaces.length === 0 && closure.includeBySelector === undefined) {
        yield modelEvent(ID, "ERROR", `Shape closure \`${closure.id}\` must define at least one of \`includeNamespaces\` or \`includeBySelector\`.`);
      }
      const nonEmpty = new Set<string>();
      for (const ns of closure.includeNamespaces) {
        if (namespaces.has(ns)) {
          nonEmpty.add(ns);
        } else {
          yield modelEvent(
            `${ID}.EmptyNamespace.${closure.id}`,
            "DANGER",
            `Shape closure \`${closure.id}\` includes namespace \`${ns}\`, which has no shapes in the model.`,
          );
        }
      }
      const roots = new Map<string, AnyShape>();
      for (const shape of ctx.model.allShapes()) if (closure.includeNamespaces.includes(namespaceOf(shape.id))) roots.set(shape.id, shape);
      if (closure.includeBySelector !== undefined) {
        if (closure.includeBySelector === "") continue;
        let selector: Selector;
        try {
          selector = parseSelector(closure.includeBySelector);
        } catch (e) {
          if (!(e instanceof SelectorSyntaxError)) throw e;
          yield modelEvent(ID, "ERROR", `Shape closure \`${closure.id}\` has an invalid \`includeBySelector\`: ${e.message}`);
          continue;
        }
        for (const shape of selector.select(ctx.model)) roots.set(shape.id, shape);
        if (nonEmpty.size === 0 && roots.size === 0) {
          yield modelEvent(
            `${ID}.EmptySelector.${closure.id}`,
            "DANGER",
            `Shape closure \`${closure.id}\` has an \`includeBySelector\` that matches no shapes in the model.`,
          );
        } else if (nonEmpty.size > 0 && ![...roots.values()].some((s) => !nonEmpty.has(namespaceOf(s.id)))) {
          yield modelEvent(
            `${ID}.EmptySelector.${closure.id}`,
            "DANGER",
            `Shape closure \`${closure.id}\` has an \`includeBySelector\` that matches no shapes in the model that ` +
              "aren't already in an included namespace.",
          );
        }
      }
      const shapes = closureShapes(ctx, roots.values());
      yield* renames(closure, shapes);
      yield* nameConflicts(closure, shapes);
    }
  },
};

/** Reads one entry; entries Smithy cannot read are left to the TypedMetadata validator. */
function readClosure(object: NodeValue): Closure | undefined {
  if (!isNodeObject(object)) return undefined;
  const id = object["id"];
  if (typeof id !== "string") return undefined;
  const namespaces = object["includeNamespaces"];
  const selector = object["includeBySelector"];
  const rename = object["rename"];
  const renames = new Map<string, string>();
  if (isNodeObject(rename)) {
    for (const [from, to] of Object.entries(rename)) {
      if (!isAbsoluteShapeId(from) || typeof to !== "string") return undefined;
      renames.set(from, to);
    }
  }
  return {
    id,
    includeNamespaces: isNodeArray(namespaces) ? namespaces.filter((n): n is string => typeof n === "string") : [],
    includeBySelector: typeof selector === "string" ? selector : undefined,
    rename: renames,
  };
}

/** Everything reachable from the roots through directed relationships. */
function closureShapes(ctx: ValidationContext, roots: Iterable<AnyShape>): Map<string, AnyShape> {
  const out = new Map<string, AnyShape>();
  const stack = [...roots];
  while (stack.length > 0) {
    const shape = stack.pop()!;
    if (out.has(shape.id)) continue;
    out.set(shape.id, shape);
    for (const rel of ctx.neighbors.neighbors(shape)) if (!out.has(rel.neighbor.id)) stack.push(rel.neighbor);
  }
  return out;
}

function* renames(closure: Closure, shapes: ReadonlyMap<string, AnyShape>): Iterable<ValidationEvent> {
  if (closure.rename.size === 0) return;
  const nonRenamed = new Map<string, string>();
  for (const id of [...shapes.keys()].sort()) {
    if (id.includes("$") || closure.rename.has(id)) continue;
    const key = nameOf(id).toLowerCase();
    if (!nonRenamed.has(key)) nonRenamed.set(key, id);
  }
  const renamed = new Map<string, string>();
  for (const [from, to] of closure.rename) {
    if (to === nameOf(from)) {
      yield modelEvent(ID, "ERROR", `Shape closure \`${closure.id}\` rename for \`${from}\` does not change the name from \`${to}\`.`);
    }
    if (!shapes.has(from)) {
      yield modelEvent(ID, "ERROR", `Shape closure \`${closure.id}\` attempts to rename \`${from}\`, which is not in the closure.`);
      continue;
    }
    const key = to.toLowerCase();
    const previous = renamed.get(key);
    renamed.set(key, from);
    if (previous !== undefined) {
      yield modelEvent(
        ID,
        "ERROR",
        `Shape closure \`${closure.id}\` rename for \`${from}\` ("${to}") case-insensitively conflicts with the rename for \`${previous}\`.`,
      );
    }
    const conflicting = nonRenamed.get(key);
    if (conflicting !== undefined) {
      yield modelEvent(
        ID,
        "ERROR",
        `Shape closure \`${closure.id}\` rename for \`${from}\` ("${to}") case-insensitively conflicts with non-renamed shape \`${conflicting}\`.`,
      );
    }
  }
}

function* nameConflicts(closure: Closure, shapes: ReadonlyMap<string, AnyShape>): Iterable<ValidationEvent> {
  const byName = new Map<string, string[]>();
  for (const id of shapes.keys()) {
    if (id.includes("$") || closure.rename.has(id)) continue;
    const key = nameOf(id).toLowerCase();
    const list = byName.get(key);
    if (list) list.push(id);
    else byName.set(key, [id]);
  }
  for (const ids of byName.values()) {
    if (ids.length < 2) continue;
    yield modelEvent(
      `${ID}.NameConflicts.${closure.id}`,
      "WARNING",
      `Shape closure \`${closure.id}\` contains shapes whose names conflict case-insensitively: [${ids.sort().join(", ")}]. ` +
        "Shapes in a closure should have case-insensitively unique names regardless of their namespaces. Some code " +
        "generators or other tools may require this in order to work. The `rename` property may be used to disambiguate them.",
    );
  }
}
