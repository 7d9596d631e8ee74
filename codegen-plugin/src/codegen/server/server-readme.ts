// The generated server's README: how to implement the operations, configure plugins, serve the
// service with node:http, the Fetch API and AWS Lambda, and throw modeled errors.
import { nameOf } from "../../model/shape-id.js";
import type { Shape } from "../../model/shape.js";
import type { GenerationContext } from "../modes/mode.js";
import type { ProtocolChoice } from "../shared/protocol-choice.js";
import { TRAIT } from "../traits.js";
import type { ServerNames } from "./server-names.js";

const VALIDATION_EXCEPTION = "smithy.framework#ValidationException";

export interface ServerReadmeInput {
  readonly ctx: GenerationContext;
  readonly names: ServerNames;
  readonly protocol: ProtocolChoice;
}

export function serverReadme({ ctx, names, protocol }: ServerReadmeInput): string {
  const operations = names.operations.map((op) => {
    const shape = ctx.model.getTopLevel(op.id)!;
    // The example throws an error of the operation's own; ValidationException is the framework's to throw.
    const error = shape.errors.find((id) => names.isError(id) && id !== VALIDATION_EXCEPTION);
    return {
      name: op.name,
      handlerMethod: op.handlerMethod,
      serviceMethod: op.serviceMethod,
      customMethod: op.customMethod,
      handler: op.handler,
      summary: summary(shape),
      error: error === undefined ? null : names.symbols.symbol(error).name,
    };
  });
  const first = operations[0] ?? null;
  const withError = operations.find((op) => op.error !== null) ?? null;
  return ctx.renderer.render("server/README.md.hbs", {
    packageName: ctx.packageName,
    serviceId: ctx.service.id,
    serviceVersion: ctx.service.version ?? null,
    protocol: protocol.traitId,
    generatorVersion: ctx.generatorVersion,
    runtimeVersion: ctx.runtimeVersion,
    service: names.service.service,
    config: names.service.config,
    operations,
    first,
    others: operations.slice(1),
    withError,
    skipped: names.skipped.map((s) => ({ name: nameOf(s.id), reason: s.reason })),
  });
}

/** The first sentence of an operation's documentation, on one line. */
function summary(shape: Shape): string {
  const doc = shape.traits.get(TRAIT.documentation);
  if (typeof doc !== "string") return "";
  const text = doc.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
  const end = text.search(/\.(\s|$)/);
  return (end < 0 ? text : text.slice(0, end + 1)).replace(/\|/g, "\\|");
}
