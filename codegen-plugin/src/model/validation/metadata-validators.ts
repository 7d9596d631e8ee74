// Validators configured in the model itself: `metadata validators = [{name, id, message,
// severity, namespaces, selector, configuration}]`. Smithy's built-in configurable validators
// are EmitEachSelector, EmitNoneSelector and UnreferencedShape; any other name yields a
// WARNING (UnknownValidator_<name>) rather than failing the build.
import type { Severity, ValidationEvent } from "../events.js";
import type { Model } from "../model.js";
import { isNodeArray, isNodeObject, nodeTypeName, type NodeObject } from "../node-value.js";
import { isPreludeId, namespaceOf } from "../shape-id.js";
import { parseMessageTemplate, parseSelector, SelectorSyntaxError, type Selector } from "../selector/index.js";
import type { SourceLocation } from "../source-location.js";
import type { ValidationContext } from "./context.js";
import { modelEvent, shapeEvent, tickedList } from "./event-builder.js";
import { unreferencedShapes } from "./indexes/unreferenced.js";

const SEVERITIES = ["DANGER", "WARNING", "NOTE"];

/** A configured validator: produces raw events that its definition then renames/refilters. */
type ConfiguredValidator = (ctx: ValidationContext) => ValidationEvent[];

interface Definition {
  readonly name: string;
  readonly id: string;
  readonly message: string | undefined;
  readonly severity: Severity | undefined;
  readonly namespaces: readonly string[];
  readonly selector: Selector | undefined;
  readonly configuration: NodeObject;
  readonly source: SourceLocation | undefined;
}

class DefinitionError extends Error {}

export interface MetadataValidators {
  /** Problems found while reading the definitions (reported whatever else happens). */
  readonly events: readonly ValidationEvent[];
  /** Runs the configured validators. */
  run(ctx: ValidationContext): ValidationEvent[];
}

/** Reads `metadata validators` and creates each configured validator. */
export function loadMetadataValidators(model: Model): MetadataValidators {
  const events: ValidationEvent[] = [];
  const configured: { readonly def: Definition; readonly validator: ConfiguredValidator }[] = [];
  const result: MetadataValidators = {
    events,
    run: (ctx) => configured.flatMap(({ def, validator }) => mapEvents(ctx.model, def, validator(ctx))),
  };
  const value = model.metadata.get("validators");
  if (value === undefined) return result;
  if (!isNodeArray(value)) {
    events.push(modelEvent("Model", "ERROR", `validators must be an array. Found ${nodeTypeName(value)}.`));
    return result;
  }
  const definitions: Definition[] = [];
  for (const element of value) {
    if (!isNodeObject(element)) {
      events.push(modelEvent("Model", "ERROR", `Each element of \`validators\` must be an object. Found ${nodeTypeName(element)}.`));
      continue;
    }
    try {
      definitions.push(readDefinition(element));
    } catch (e) {
      if (!(e instanceof DefinitionError)) throw e;
      events.push(modelEvent("Model", "ERROR", e.message));
    }
  }
  for (const def of definitions) {
    let validator: ConfiguredValidator | undefined;
    try {
      validator = createValidator(def.name, def.configuration);
    } catch (e) {
      if (!(e instanceof DefinitionError)) throw e;
      events.push(modelEvent("Model", "ERROR", `Error creating \`${def.name}\` validator: ${e.message}`, def.source));
      continue;
    }
    if (!validator) {
      events.push(
        modelEvent("UnknownValidator_" + def.name, "WARNING", `Unable to locate a validator named \`${def.name}\``, def.source),
      );
      continue;
    }
    configured.push({ def, validator });
  }
  return result;
}

/** Reads one definition; unknown keys are ignored, as Smithy only logs them. */
function readDefinition(node: NodeObject): Definition {
  const name = node["name"];
  if (name === undefined) throw new DefinitionError("Missing expected member `name`.");
  if (typeof name !== "string") throw new DefinitionError(`Expected \`name\` member to be a string, but found ${nodeTypeName(name)}.`);
  const id = optionalString(node, "id") ?? name;
  const message = optionalString(node, "message");
  const severityText = optionalString(node, "severity");
  if (severityText !== undefined && !SEVERITIES.includes(severityText)) {
    throw new DefinitionError(`Expected one of ${tickedList(SEVERITIES)}; got \`${severityText}\`.`);
  }
  const namespaces: string[] = [];
  const ns = node["namespaces"];
  if (ns !== undefined) {
    if (!isNodeArray(ns) || !ns.every((n) => typeof n === "string")) {
      throw new DefinitionError(`Expected \`namespaces\` to be an array of strings. Found ${nodeTypeName(ns)}.`);
    }
    namespaces.push(...(ns as string[]));
  }
  const configuration = node["configuration"];
  if (configuration !== undefined && !isNodeObject(configuration)) {
    throw new DefinitionError(`Expected \`configuration\` to be an object; found ${nodeTypeName(configuration)}`);
  }
  const selectorText = optionalString(node, "selector");
  let selector: Selector | undefined;
  if (selectorText !== undefined) {
    try {
      selector = parseSelector(selectorText);
    } catch (e) {
      if (e instanceof SelectorSyntaxError) throw new DefinitionError(e.message);
      throw e;
    }
  }
  return {
    name,
    id,
    message,
    severity: severityText as Severity | undefined,
    namespaces,
    selector,
    configuration: configuration ?? {},
    source: undefined,
  };
}

function optionalString(node: NodeObject, key: string): string | undefined {
  const v = node[key];
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw new DefinitionError(`Expected \`${key}\` to be a string; found ${nodeTypeName(v)}`);
  return v;
}

/** Applies a definition's namespace/selector filters and its id, severity and message. */
function mapEvents(model: Model, def: Definition, events: readonly ValidationEvent[]): ValidationEvent[] {
  const candidates = def.selector ? new Set(def.selector.select(model).map((s) => s.id)) : undefined;
  const out: ValidationEvent[] = [];
  for (const event of events) {
    if (event.shapeId !== undefined) {
      if (def.namespaces.length > 0 && !def.namespaces.includes(namespaceOf(event.shapeId))) continue;
      if (candidates && !candidates.has(event.shapeId)) continue;
    }
    if (def.name === def.id && def.severity === undefined && def.message === undefined) {
      out.push(event);
      continue;
    }
    const dot = event.id.indexOf(".");
    out.push({
      ...event,
      id: dot < 0 ? def.id : def.id + event.id.slice(dot),
      severity: def.severity ?? event.severity,
      message: def.message !== undefined ? def.message.replaceAll("{super}", event.message) : event.message,
    });
  }
  return out;
}

function createValidator(name: string, config: NodeObject): ConfiguredValidator | undefined {
  switch (name) {
    case "EmitEachSelector":
      return emitEachSelector(config);
    case "EmitNoneSelector":
      return emitNoneSelector(config);
    case "UnreferencedShape":
      return unreferencedShape(config);
    default:
      return undefined;
  }
}

/** A selector from a configuration property, with the deserialization error Smithy reports. */
function configSelector(config: NodeObject, key: string): Selector | undefined {
  const text = config[key];
  if (text === undefined) return undefined;
  if (typeof text !== "string") {
    throw new DefinitionError(`Deserialization error at (/${key}): expected a string selector, found ${nodeTypeName(text)}`);
  }
  try {
    return parseSelector(text);
  } catch (e) {
    if (!(e instanceof SelectorSyntaxError)) throw e;
    throw new DefinitionError(
      `Deserialization error at (/${key}): unable to create software.amazon.smithy.model.selector.Selector from ` +
        `${JSON.stringify(text)}: Unable to deserialize Node using fromNode method: ${e.message}`,
    );
  }
}

function emitEachSelector(config: NodeObject): ConfiguredValidator {
  const selector = configSelector(config, "selector");
  if (!selector) throw new DefinitionError("selector is required");
  const bindToTrait = typeof config["bindToTrait"] === "string" ? config["bindToTrait"] : undefined;
  const templateText = config["messageTemplate"];
  let template: ReturnType<typeof parseMessageTemplate> | undefined;
  if (typeof templateText === "string") {
    try {
      template = parseMessageTemplate(templateText);
    } catch (e) {
      if (!(e instanceof SelectorSyntaxError)) throw e;
      throw new DefinitionError(
        `Syntax error at line ${e.line} column ${e.column} of EmitEachSelector message template: ${e.reason}`,
      );
    }
  }
  return (ctx) => {
    if (bindToTrait !== undefined && ctx.shapesWithTrait(bindToTrait).length === 0) return [];
    const events: ValidationEvent[] = [];
    const bound = (shape: { traits: ReadonlyMap<string, unknown> }): boolean =>
      bindToTrait === undefined || shape.traits.has(bindToTrait);
    if (!template) {
      for (const shape of selector.select(ctx.model)) {
        if (!bound(shape)) continue;
        events.push(shapeEvent("EmitEachSelector", "DANGER", shape, `Selector capture matched selector: ${selector.text}`));
      }
    } else {
      for (const match of selector.selectMatches(ctx.model)) {
        if (!bound(match.shape)) continue;
        events.push(shapeEvent("EmitEachSelector", "DANGER", match.shape, template.expand(match.shape, match.vars)));
      }
    }
    return events;
  };
}

function emitNoneSelector(config: NodeObject): ConfiguredValidator {
  const selector = configSelector(config, "selector");
  if (!selector) throw new DefinitionError("selector is required");
  return (ctx) => {
    const matched = selector.select(ctx.model).some((s) => !isPreludeId(s.id));
    return matched ? [] : [modelEvent("EmitNoneSelector", "DANGER", `Expected at least one shape to match selector: ${selector.text}`)];
  };
}

function unreferencedShape(config: NodeObject): ConfiguredValidator {
  const unknown = Object.keys(config).filter((k) => k !== "rootShapeSelector");
  if (unknown.length > 0) {
    throw new DefinitionError(
      `Expected an object with possible properties of \`rootShapeSelector\`, but found additional properties: ${unknown.sort().map((k) => `\`${k}\``).join(", ")}`,
    );
  }
  const text = config["rootShapeSelector"];
  let root: Selector = parseSelector("service");
  if (typeof text === "string") {
    try {
      root = parseSelector(text);
    } catch (e) {
      if (!(e instanceof SelectorSyntaxError)) throw e;
      throw new DefinitionError(`Error parsing \`rootShapeSelector\`: ${e.message}`);
    }
  }
  return (ctx) =>
    unreferencedShapes(ctx, root).map((shape) =>
      shapeEvent(
        "UnreferencedShape",
        "NOTE",
        shape,
        `This shape is unreferenced. It has no modeled connections to shapes that match the following selector: \`${root.text}\``,
      ),
    );
}
