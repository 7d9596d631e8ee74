// What the JSON protocols (restJson1, awsJson1_0, awsJson1_1) are built with. Timestamp
// support and the lossless JSON reader are opt-in: only packages whose shapes have timestamps,
// or reach a bigInteger or bigDecimal, need them, so only their generated code imports them
// and passes them in (`protocol.withOptions({ ... })`), and every other bundle leaves them out.
import { JsonCodec, type LosslessJsonReader } from "../serde/json-codec.js";
import type { TimestampCodec } from "../serde/timestamp.js";

export interface JsonProtocolOptions {
  /** Reads bigInteger and bigDecimal values exactly: the runtime's parseLosslessJson. */
  readonly losslessReader?: LosslessJsonReader;
  /** Reads and writes timestamps: the runtime's timestampCodec. */
  readonly timestamps?: TimestampCodec;
}

/**
 * Remembers the variants of a protocol built with other options, so the clients (or services)
 * of one package share a single instance and its per-schema caches however often they ask.
 */
export class ProtocolVariants<P> {
  readonly #variants: { readonly options: JsonProtocolOptions; readonly protocol: P }[] = [];

  get(options: JsonProtocolOptions, create: (options: JsonProtocolOptions) => P): P {
    const known = this.#variants.find((v) => sameOptions(v.options, options));
    if (known !== undefined) return known.protocol;
    const protocol = create(options);
    this.#variants.push({ options, protocol });
    return protocol;
  }
}

/** Whether a protocol built with `current` options already has what `wanted` asks for. */
export function sameOptions(current: JsonProtocolOptions, wanted: JsonProtocolOptions): boolean {
  return current.losslessReader === wanted.losslessReader && current.timestamps === wanted.timestamps;
}

/**
 * The JSON codec of restJson1 (member names follow @jsonName) and of awsJson1_0/1_1 (they do
 * not); both use epoch-seconds timestamps by default. The client and server halves of each
 * protocol build their codec here, so the two directions cannot drift apart.
 */
export function jsonProtocolCodec(protocol: "restJson1" | "awsJson", options: JsonProtocolOptions): JsonCodec {
  return new JsonCodec({ useJsonName: protocol === "restJson1", timestampFormat: "epoch-seconds", ...options });
}
