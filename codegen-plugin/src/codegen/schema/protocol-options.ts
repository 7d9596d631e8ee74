// What a package's protocol is built with. The runtime's timestamp code and its lossless JSON
// reader are opt-in, so that bundles of packages that do not need them leave them out:
//   timestamps       shapes have timestamps              -> withOptions({ timestamps: timestampCodec })
//   losslessReader   shapes reach bigInteger/bigDecimal  -> withOptions({ losslessReader: parseLosslessJson })
// (the native JSON.parse would round big numbers). Longs need no reader: the runtime refuses a
// long beyond 2^53 that the native parser read, rather than rounding it.
import type { Model } from "../../model/model.js";
import type { Shape } from "../../model/shape.js";
import type { ImportScope } from "../render/imports.js";

export interface ProtocolNeeds {
  readonly timestamps: boolean;
  readonly bigNumbers: boolean;
}

const TIMESTAMPS: ReadonlySet<string> = new Set(["timestamp"]);
const BIG_NUMBERS: ReadonlySet<string> = new Set(["bigInteger", "bigDecimal"]);

/** What the shapes of a service closure need from the protocol. */
export function protocolNeeds(model: Model, shapes: readonly Shape[]): ProtocolNeeds {
  const typeOf = (id: string): string | undefined => model.getTopLevel(id)?.type ?? preludeType(id);
  const reaches = (types: ReadonlySet<string>): boolean =>
    shapes.some((shape) => types.has(shape.type) || [...shape.members.values()].some((m) => types.has(typeOf(m.target) ?? "")));
  return { timestamps: reaches(TIMESTAMPS), bigNumbers: reaches(BIG_NUMBERS) };
}

/** The types of the prelude shapes a model may leave out. */
function preludeType(id: string): string | undefined {
  switch (id) {
    case "smithy.api#Timestamp":
      return "timestamp";
    case "smithy.api#BigInteger":
      return "bigInteger";
    case "smithy.api#BigDecimal":
      return "bigDecimal";
    default:
      return undefined;
  }
}

/** The protocol object generated code passes the runtime: `protocol`, or `protocol.withOptions({...})` (imports registered). */
export function protocolExpression(protocol: string, needs: ProtocolNeeds, scope: ImportScope): string {
  const options: string[] = [];
  if (needs.timestamps) options.push(`timestamps: ${scope.useValue("timestampCodec", "@smithy-ts/runtime/codegen-v1/timestamps")}`);
  if (needs.bigNumbers) options.push(`losslessReader: ${scope.useValue("parseLosslessJson", "@smithy-ts/runtime/codegen-v1/lossless-json")}`);
  return options.length === 0 ? protocol : `${protocol}.withOptions({ ${options.join(", ")} })`;
}
