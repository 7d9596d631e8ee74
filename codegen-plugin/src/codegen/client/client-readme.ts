// The generated client's README: how to create the client, call an operation both ways,
// handle errors, paginate, customize a call and use the low-level path, with examples drawn
// from the model (@examples when the operation has them, else its required members).
import type { NodeValue } from "../../model/node-value.js";
import { isNodeArray, isNodeObject, nodeObject } from "../../model/node-value.js";
import { isPreludeId, nameOf } from "../../model/shape-id.js";
import type { Shape } from "../../model/shape.js";
import type { GenerationContext } from "../modes/mode.js";
import { TRAIT } from "../traits.js";
import type { ClientNames, OperationNames } from "./client-names.js";
import type { ProtocolChoice, ServiceAuth } from "./client-protocol.js";
import type { ExampleValues } from "./example-values.js";
import { fluentSetterNames } from "./fluent-setters.js";

export interface ReadmeInput {
  readonly ctx: GenerationContext;
  readonly names: ClientNames;
  readonly protocol: ProtocolChoice;
  readonly auth: ServiceAuth;
  readonly examples: ExampleValues;
}

export function clientReadme(input: ReadmeInput): string {
  const { ctx, names } = input;
  const example = exampleCall(input);
  const paginated = names.operations.find((op) => ctx.model.getTopLevel(op.id)?.traits.has("smithy.api#paginated") === true);
  const errorId = example === undefined ? undefined : firstError(ctx, example.op);
  return ctx.renderer.render("client/README.md.hbs", {
    packageName: ctx.packageName,
    serviceId: ctx.service.id,
    serviceVersion: ctx.service.version ?? null,
    protocol: input.protocol.traitId,
    generatorVersion: ctx.generatorVersion,
    runtimeVersion: ctx.runtimeVersion,
    client: names.service.client,
    config: names.service.config,
    serviceError: names.service.error,
    example: example ?? null,
    error: errorId === undefined ? null : { name: names.symbols.symbol(errorId).name },
    paginated: paginated === undefined ? null : { method: paginated.method, pageSize: paginationSetting(ctx, paginated, "pageSize") !== undefined },
    auth: input.auth.supported.map((a) => ({ traitId: a.traitId, key: a.configKey })),
    unsupportedAuth: input.auth.unsupported.join(", "),
    operations: names.operations.map((op) => ({ method: op.method, name: op.name, summary: summary(ctx.model.getTopLevel(op.id)) })),
    skipped: input.names.skipped.map((s) => ({ name: nameOf(s.id), reason: s.reason })),
  });
}

interface ExampleCall {
  readonly op: OperationNames;
  /** `client.getForecast({ city: "Paris" })` */
  readonly objectCall: string;
  /** `client.getForecast().city("Paris")`, or null when the example sets no member. */
  readonly fluentCall: string | null;
  readonly schema: string;
  readonly inputLiteral: string;
}

/** The operation the README shows: the first with @examples input, else a readonly one, else the first. */
function exampleCall({ ctx, names, examples }: ReadmeInput): ExampleCall | undefined {
  const shapeOf = (op: OperationNames) => ctx.model.getTopLevel(op.id)!;
  const hasInput = (op: OperationNames) => {
    const input = shapeOf(op).input;
    return input !== undefined && (ctx.model.getTopLevel(input)?.members.size ?? 0) > 0;
  };
  const withExample = names.operations.find((op) => exampleInput(shapeOf(op)) !== undefined);
  const readonly = names.operations.find((op) => hasInput(op) && shapeOf(op).traits.has("smithy.api#readonly"));
  const op = withExample ?? readonly ?? names.operations.find(hasInput) ?? names.operations[0];
  if (op === undefined) return undefined;
  const shape = ctx.model.getTopLevel(op.id)!;
  const input = shape.input === undefined ? undefined : ctx.model.getTopLevel(shape.input);
  if (input === undefined) {
    return { op, objectCall: `client.${op.method}()`, fluentCall: null, schema: op.schema, inputLiteral: "{}" };
  }
  const value = exampleInput(shape) ?? madeUpInput(ctx, input);
  const members = examples.members(input, value);
  const literal = examples.expression(input.id, value);
  const setters = fluentSetterNames(input);
  const chain = members
    .map((m) => {
      const names = setters.get(m.name)!;
      const target = ctx.model.getTopLevel(m.target);
      if (names.short !== undefined && (target?.type === "list" || target?.type === "set") && isNodeArray(m.value)) {
        const element = target.members.get("member")!.target;
        return `.${names.short}(${m.value.map((v) => examples.expression(element, v)).join(", ")})`;
      }
      if (names.short !== undefined && target?.type === "map" && isNodeObject(m.value)) {
        const valueTarget = target.members.get("value")!.target;
        const entries = m.value;
        return Object.keys(entries).map((k) => `.${names.short}(${JSON.stringify(k)}, ${examples.expression(valueTarget, entries[k]!)})`).join("");
      }
      return `.${names.short ?? names.set}(${m.text})`;
    })
    .join("");
  return {
    op,
    objectCall: `client.${op.method}(${literal === "{}" ? "" : literal})`,
    fluentCall: chain === "" ? null : `client.${op.method}()${chain}`,
    schema: op.schema,
    inputLiteral: literal,
  };
}

function exampleInput(op: Shape): NodeValue | undefined {
  const examples = op.traits.get(TRAIT.examples);
  if (!isNodeArray(examples)) return undefined;
  for (const ex of examples) if (isNodeObject(ex) && isNodeObject(ex["input"]) && ex["error"] === undefined) return ex["input"];
  return undefined;
}

/** Placeholder values for the @required members of an input structure. */
function madeUpInput(ctx: GenerationContext, input: Shape): NodeValue {
  const entries: [string, NodeValue][] = [];
  for (const m of input.members.values()) {
    if (!m.traits.has(TRAIT.required) || m.traits.has(TRAIT.default)) continue;
    entries.push([m.memberName, placeholder(ctx, m.target)]);
  }
  return nodeObject(entries);
}

function placeholder(ctx: GenerationContext, id: string): NodeValue {
  const shape = ctx.model.getTopLevel(id);
  const type = shape?.type ?? (isPreludeId(id) ? nameOf(id).replace(/^Primitive/, "").toLowerCase() : "string");
  switch (type) {
    case "enum":
    case "intEnum": {
      const first = shape?.members.values().next().value;
      const v = first?.traits.get(TRAIT.enumValue);
      return v ?? first?.memberName ?? "";
    }
    case "boolean":
      return true;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "bigInteger":
    case "bigDecimal":
      return 1;
    case "timestamp":
      return 1700000000;
    case "list":
    case "set":
      return [];
    case "map":
    case "structure":
    case "union":
    case "document":
      return nodeObject([]);
    default:
      return "example";
  }
}

/** A @paginated setting of an operation, falling back to the service's. */
function paginationSetting(ctx: GenerationContext, op: OperationNames, key: string): string | undefined {
  const own = ctx.model.getTopLevel(op.id)?.traits.get("smithy.api#paginated");
  const service = ctx.service.traits.get("smithy.api#paginated");
  const value = (isNodeObject(own) ? own[key] : undefined) ?? (isNodeObject(service) ? service[key] : undefined);
  return typeof value === "string" ? value : undefined;
}

function firstError(ctx: GenerationContext, op: OperationNames): string | undefined {
  return ctx.model.getTopLevel(op.id)?.errors[0] ?? ctx.service.errors[0];
}

/** The first sentence of a shape's documentation, without markup, for a one-line listing. */
function summary(shape: Shape | undefined): string {
  const doc = shape?.traits.get(TRAIT.documentation);
  if (typeof doc !== "string") return "";
  const text = doc.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end < 0 ? text : text.slice(0, end + 1);
  return sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence;
}
