// Whether a package's shapes reach a bigInteger or bigDecimal. Only such packages give their
// protocol the runtime's lossless JSON reader (`protocol.withLosslessJson(parseLosslessJson)`):
// the native JSON.parse would round those values, and every other package's bundle is smaller
// without the reader. Longs need no reader: the runtime refuses a long beyond 2^53 that the
// native parser read, rather than rounding it.
import type { Model } from "../../model/model.js";
import type { Shape } from "../../model/shape.js";

const BIG_NUMBER_TYPES: ReadonlySet<string> = new Set(["bigInteger", "bigDecimal"]);
const PRELUDE_BIG_NUMBERS: ReadonlySet<string> = new Set(["smithy.api#BigInteger", "smithy.api#BigDecimal"]);

/** True when one of `shapes` (a service closure) is, or has a member targeting, a bigInteger or bigDecimal. */
export function reachesBigNumbers(model: Model, shapes: readonly Shape[]): boolean {
  const isBig = (id: string): boolean => PRELUDE_BIG_NUMBERS.has(id) || BIG_NUMBER_TYPES.has(model.getTopLevel(id)?.type ?? "");
  return shapes.some((shape) => BIG_NUMBER_TYPES.has(shape.type) || [...shape.members.values()].some((m) => isBig(m.target)));
}
