// The built-in `build-info` plugin: smithy-build-info.json with the projection's name and
// configuration, the projected model's validation events, the traits used and defined, the
// service, operation and resource shape ids, and the metadata, laid out as the Java plugin does.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ValidationEvent } from "../../model/events.js";
import type { Model } from "../../model/model.js";
import { nodeObject, type NodeObject, type NodeValue } from "../../model/node-value.js";
import type { ProjectionConfig } from "../config/build-config.js";
import { SUPPORTED_VERSION } from "../config/build-config.js";
import { prettyJson, type PluginDefinition } from "./plugin.js";

export const BUILD_INFO_FILE = "smithy-build-info.json";
const TRAIT_TRAIT = "smithy.api#trait";

export const buildInfoPlugin: PluginDefinition = {
  name: "build-info",
  prepare() {
    return async (ctx) => {
      const info = buildInfo(ctx.projectionName, ctx.projection, ctx.events, ctx.model);
      await writeFile(join(ctx.pluginDir, BUILD_INFO_FILE), prettyJson(info));
    };
  },
};

export function buildInfo(projectionName: string, projection: ProjectionConfig, events: readonly ValidationEvent[], model: Model): NodeObject {
  const traitDefs = [...model.shapes()].filter((s) => s.traits.has(TRAIT_TRAIT)).map((s) => s.id);
  const defined = new Set(traitDefs);
  const applied = new Set<string>();
  for (const s of model.allShapes()) for (const t of s.traits.keys()) if (defined.has(t)) applied.add(t);
  const idsOfType = (type: "service" | "operation" | "resource"): string[] => sortShapeIds([...model.shapesOfType(type)].map((s) => s.id));
  return nodeObject([
    ["version", SUPPORTED_VERSION],
    ["projectionName", projectionName],
    ["projection", projectionNode(projection)],
    ["validationEvents", events.map(eventNode)],
    ["traitNames", sortShapeIds([...applied])],
    ["traitDefNames", sortShapeIds(traitDefs)],
    ["serviceShapeIds", idsOfType("service")],
    ["operationShapeIds", idsOfType("operation")],
    ["resourceShapeIds", idsOfType("resource")],
    ["metadata", nodeObject(model.metadata)],
  ]);
}

function projectionNode(p: ProjectionConfig): NodeObject {
  return nodeObject([
    ["abstract", p.abstract],
    ["imports", p.imports.map((i) => i.path)],
    ["transforms", p.transforms.map((t) => nodeObject([["name", t.name], ["args", t.args]]))],
    ["plugins", nodeObject([...p.plugins].map(([id, entry]): [string, NodeValue] => [id, entry.settings]))],
  ]);
}

/** A validation event as Smithy's JSON form of events spells it. */
export function eventNode(e: ValidationEvent): NodeObject {
  const entries: [string, NodeValue][] = [["id", e.id], ["severity", e.severity]];
  if (e.shapeId !== undefined) entries.push(["shapeId", e.shapeId]);
  entries.push(["message", e.message]);
  if (e.suppressionReason !== undefined) entries.push(["suppressionReason", e.suppressionReason]);
  entries.push(["filename", e.source?.filename ?? ""], ["line", e.source?.line ?? 0], ["column", e.source?.column ?? 0]);
  return nodeObject(entries);
}

/** Smithy's shape id order: case-insensitive, ties broken case-sensitively. */
export function sortShapeIds(ids: string[]): string[] {
  return ids.sort((a, b) => {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    if (la !== lb) return la < lb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
