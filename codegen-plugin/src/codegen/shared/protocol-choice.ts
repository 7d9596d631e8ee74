// Which protocol a client or server package is generated for: the one asked for with
// --protocol (the service must declare it and the runtime must implement it for the mode), or
// the service's only protocol the mode supports.
import type { Model } from "../../model/model.js";
import type { Shape } from "../../model/shape.js";
import { GenerationError } from "../errors.js";

export interface ProtocolChoice {
  /** The protocol trait id, e.g. "aws.protocols#restJson1". */
  readonly traitId: string;
  /** The runtime's protocol object generated code imports, e.g. "restJson1". */
  readonly runtimeSymbol: string;
}

/**
 * @param supported protocol trait id -> runtime export, for the mode
 * @param modeName for messages, e.g. "server mode"
 */
export function chooseProtocol(
  model: Model,
  service: Shape,
  requested: string | undefined,
  supported: ReadonlyMap<string, string>,
  modeName: string,
): ProtocolChoice {
  const onService = [...service.traits.keys()].filter((id) => model.getTopLevel(id)?.traits.has("smithy.api#protocolDefinition") === true).sort();
  const supportedIds = [...supported.keys()];
  if (requested !== undefined) {
    const runtimeSymbol = supported.get(requested);
    if (runtimeSymbol === undefined) {
      throw new GenerationError("usage", `--protocol ${requested} is not supported by ${modeName} (supported: ${supportedIds.join(", ")})`);
    }
    if (!service.traits.has(requested)) {
      throw new GenerationError("usage", `service ${service.id} does not have the protocol trait ${requested} (it has: ${onService.join(", ") || "none"})`);
    }
    return { traitId: requested, runtimeSymbol };
  }
  const usable = onService.filter((id) => supported.has(id));
  if (usable.length === 1) return { traitId: usable[0]!, runtimeSymbol: supported.get(usable[0]!)! };
  if (usable.length === 0) {
    throw new GenerationError(
      "model",
      `service ${service.id} has no protocol trait ${modeName} supports (it has: ${onService.join(", ") || "none"}; supported: ${supportedIds.join(", ")}); add one of the supported protocol traits to the service`,
    );
  }
  throw new GenerationError("usage", `service ${service.id} supports several protocols (${usable.join(", ")}); choose one with --protocol`);
}
