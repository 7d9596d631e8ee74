// The client half of aws.protocols#restJson1 (see rest-json1.ts): HTTP bindings with a JSON
// document body; error responses name their error in X-Amzn-Errortype, then the body's "code",
// then "__type".
import type { HttpHeaders } from "../http/types.js";
import type { JsonCodec } from "../serde/json-codec.js";
import { findErrorCode, parseErrorDocument } from "./error-code.js";
import { HttpBindingClientProtocol } from "./http-binding/http-binding-client.js";
import { jsonProtocolCodec, ProtocolVariants, sameOptions, type JsonProtocolOptions } from "./json-protocol-options.js";
import { REST_JSON_1 } from "./protocol-ids.js";

export class RestJson1ClientProtocol extends HttpBindingClientProtocol {
  readonly id = REST_JSON_1;
  protected readonly codec: JsonCodec;
  protected readonly documentType = "application/json";
  readonly #options: JsonProtocolOptions;
  readonly #variants = new ProtocolVariants<RestJson1ClientProtocol>();

  constructor(options: JsonProtocolOptions = {}) {
    super();
    this.#options = options;
    this.codec = jsonProtocolCodec("restJson1", options);
  }

  /**
   * This protocol built with `options` (timestamp support, the lossless JSON reader), as
   * generated code asks for it; the same options always give the same instance.
   */
  withOptions(options: JsonProtocolOptions): RestJson1ClientProtocol {
    if (sameOptions(this.#options, options)) return this;
    return this.#variants.get(options, (o) => new RestJson1ClientProtocol(o));
  }

  protected identifyError(headers: HttpHeaders, bodyText: string): { code: string | undefined; document: Readonly<Record<string, unknown>> | undefined } {
    const document = parseErrorDocument(bodyText);
    return { code: findErrorCode(headers, document, ["code", "__type"]), document };
  }
}

/** The client side of restJson1 (stateless; one instance serves every client). */
export const restJson1Client: RestJson1ClientProtocol = /* @__PURE__ */ new RestJson1ClientProtocol();
