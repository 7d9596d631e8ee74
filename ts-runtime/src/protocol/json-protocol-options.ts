// What the JSON protocols (restJson1, awsJson1_0, awsJson1_1) are built with. The lossless
// JSON reader is opt-in: only services whose shapes reach a bigInteger or bigDecimal need it,
// so only their generated code imports it and passes it in (`withLosslessJson`), and every
// other bundle leaves it out.
import type { LosslessJsonReader } from "../serde/json-codec.js";

export interface JsonProtocolOptions {
  /** Reads bigInteger and bigDecimal values exactly: the runtime's parseLosslessJson. */
  readonly losslessReader?: LosslessJsonReader;
}

/**
 * Remembers a protocol's lossless variant, so the clients (or services) of one package share a
 * single instance and its per-schema caches however often they ask for it.
 */
export class LosslessVariant<P> {
  #reader: LosslessJsonReader | undefined;
  #protocol: P | undefined;

  get(reader: LosslessJsonReader, create: (options: JsonProtocolOptions) => P): P {
    if (this.#protocol === undefined || this.#reader !== reader) {
      this.#protocol = create({ losslessReader: reader });
      this.#reader = reader;
    }
    return this.#protocol;
  }
}
