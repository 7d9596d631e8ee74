// The client half of aws.protocols#restJson1 (see rest-json1.ts): HTTP bindings with a JSON
// document body; error responses name their error in X-Amzn-Errortype, then the body's "code",
// then "__type".
import type { HttpHeaders } from "../http/types.js";
import { JsonCodec, type LosslessJsonReader } from "../serde/json-codec.js";
import { findErrorCode, parseErrorDocument } from "./error-code.js";
import { HttpBindingClientProtocol } from "./http-binding/http-binding-client.js";
import { LosslessVariant, type JsonProtocolOptions } from "./json-protocol-options.js";
import { REST_JSON_1 } from "./protocol-ids.js";

export class RestJson1ClientProtocol extends HttpBindingClientProtocol {
  readonly id = REST_JSON_1;
  protected readonly codec: JsonCodec;
  protected readonly documentType = "application/json";
  readonly #lossless = new LosslessVariant<RestJson1ClientProtocol>();

  constructor(options: JsonProtocolOptions = {}) {
    super();
    this.codec = new JsonCodec({ useJsonName: true, timestampFormat: "epoch-seconds", ...options });
  }

  /** This protocol reading bigInteger and bigDecimal values exactly with `reader` (parseLosslessJson). */
  withLosslessJson(reader: LosslessJsonReader): RestJson1ClientProtocol {
    if (this.codec.losslessReader === reader) return this;
    return this.#lossless.get(reader, (options) => new RestJson1ClientProtocol(options));
  }

  protected identifyError(headers: HttpHeaders, bodyText: string): { code: string | undefined; document: Readonly<Record<string, unknown>> | undefined } {
    const document = parseErrorDocument(bodyText);
    return { code: findErrorCode(headers, document, ["code", "__type"]), document };
  }
}

/** The client side of restJson1 (stateless; one instance serves every client). */
export const restJson1Client: RestJson1ClientProtocol = /* @__PURE__ */ new RestJson1ClientProtocol();
