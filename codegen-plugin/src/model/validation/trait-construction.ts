// Checks Smithy performs while turning a prelude trait's value into its typed form, before
// any validator runs (so a failure stops validation, as a loading error would): structure
// traits need objects, @error is "client" or "server", @externalDocumentation values are
// URLs, @auth lists shape ids, @requestCompression has `encodings`. Reported as
// "Error creating trait `name`: ..." with the Model event id. @http URIs and @endpoint host
// prefixes are parsed here too.
import type { ValidationEvent } from "../events.js";
import type { Model } from "../model.js";
import { isNodeArray, isNodeObject, nodeTypeName, type NodeValue } from "../node-value.js";
import { isAbsoluteShapeId, isPreludeId } from "../shape-id.js";
import type { AnyShape } from "../shape.js";
import { shapeEvent, traitName } from "./event-builder.js";
import { parseHostPrefix, parseUriPattern } from "./indexes/uri-pattern.js";

export function traitConstructionEvents(model: Model): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const shape of model.allShapes()) {
    if (isPreludeId(shape.id)) continue;
    for (const [traitId, value] of shape.traits) {
      if (!isPreludeId(traitId)) continue;
      const problem = constructionProblem(model, traitId, value);
      if (problem !== undefined) events.push(creationError(shape, traitId, problem));
    }
  }
  return events;
}

function creationError(shape: AnyShape, traitId: string, problem: string): ValidationEvent {
  return shapeEvent("Model", "ERROR", shape, `Error creating trait \`${traitName(traitId)}\`: ${problem}`);
}

function constructionProblem(model: Model, traitId: string, value: NodeValue): string | undefined {
  switch (traitId) {
    case "smithy.api#error":
      if (typeof value === "string" && value !== "client" && value !== "server") {
        return `error trait must be set to client or server, found \`${value}\``;
      }
      return undefined;
    case "smithy.api#externalDocumentation":
      if (!isNodeObject(value)) return undefined;
      for (const [name, url] of Object.entries(value)) {
        if (typeof url === "string" && !isUrl(url)) {
          return `Each externalDocumentation value must be a valid URL. Found "${url}" for name "${name}"`;
        }
      }
      return undefined;
    case "smithy.api#auth":
      if (!isNodeArray(value)) return undefined;
      for (const id of value) {
        if (typeof id === "string" && !isAbsoluteShapeId(id)) return `Invalid shape ID: ${id}`;
      }
      return undefined;
    case "smithy.api#http":
      if (isNodeObject(value) && typeof value["uri"] === "string") {
        const parsed = parseUriPattern(value["uri"]);
        if ("error" in parsed) return parsed.error;
      }
      break;
    case "smithy.api#endpoint":
      if (isNodeObject(value) && typeof value["hostPrefix"] === "string") {
        const parsed = parseHostPrefix(value["hostPrefix"]);
        if ("error" in parsed) return parsed.error;
      }
      break;
    case "smithy.api#requestCompression":
      if (isNodeObject(value) && value["encodings"] === undefined) return "Missing expected member `encodings`.";
      break;
    default:
      break;
  }
  const traitShape = model.getTopLevel(traitId);
  if (traitShape?.type === "structure" && traitShape.members.size > 0 && !isNodeObject(value)) {
    return `Expected object, but found ${nodeTypeName(value)}.`;
  }
  return undefined;
}

/** A URL with a scheme, as Java's URL class requires. */
function isUrl(text: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
