// The server half of aws.protocols#restJson1 (see rest-json1.ts): HTTP bindings with a JSON
// document body; error responses carry X-Amzn-Errortype with the error's shape name, and
// framework errors a {"message"} body.
import { JsonCodec, type LosslessJsonReader } from "../serde/json-codec.js";
import { HttpBindingServerProtocol } from "./http-binding/http-binding-server.js";
import { LosslessVariant, type JsonProtocolOptions } from "./json-protocol-options.js";
import { REST_JSON_1 } from "./protocol-ids.js";

export class RestJson1ServerProtocol extends HttpBindingServerProtocol {
  readonly id = REST_JSON_1;
  protected readonly codec: JsonCodec;
  protected readonly documentType = "application/json";
  readonly #lossless = new LosslessVariant<RestJson1ServerProtocol>();

  constructor(options: JsonProtocolOptions = {}) {
    super();
    this.codec = new JsonCodec({ useJsonName: true, timestampFormat: "epoch-seconds", ...options });
  }

  /** This protocol reading bigInteger and bigDecimal values exactly with `reader` (parseLosslessJson). */
  withLosslessJson(reader: LosslessJsonReader): RestJson1ServerProtocol {
    if (this.codec.losslessReader === reader) return this;
    return this.#lossless.get(reader, (options) => new RestJson1ServerProtocol(options));
  }

  protected nameError(code: string, headers: Record<string, string>): void {
    headers["x-amzn-errortype"] = code;
  }

  protected frameworkErrorBody(_code: string, message: string): string {
    return JSON.stringify({ message });
  }
}

/** The server side of restJson1 (stateless; one instance serves every service). */
export const restJson1Server: RestJson1ServerProtocol = /* @__PURE__ */ new RestJson1ServerProtocol();
