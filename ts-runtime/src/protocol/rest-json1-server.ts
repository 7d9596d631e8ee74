// The server half of aws.protocols#restJson1 (see rest-json1.ts): HTTP bindings with a JSON
// document body; error responses carry X-Amzn-Errortype with the error's shape name, and
// framework errors a {"message"} body.
import type { JsonCodec } from "../serde/json-codec.js";
import { HttpBindingServerProtocol } from "./http-binding/http-binding-server.js";
import { jsonProtocolCodec, ProtocolVariants, sameOptions, type JsonProtocolOptions } from "./json-protocol-options.js";
import { REST_JSON_1 } from "./protocol-ids.js";

export class RestJson1ServerProtocol extends HttpBindingServerProtocol {
  readonly id = REST_JSON_1;
  protected readonly codec: JsonCodec;
  protected readonly documentType = "application/json";
  readonly #options: JsonProtocolOptions;
  readonly #variants = new ProtocolVariants<RestJson1ServerProtocol>();

  constructor(options: JsonProtocolOptions = {}) {
    super();
    this.#options = options;
    this.codec = jsonProtocolCodec("restJson1", options);
  }

  /**
   * This protocol built with `options` (timestamp support, the lossless JSON reader), as
   * generated code asks for it; the same options always give the same instance.
   */
  withOptions(options: JsonProtocolOptions): RestJson1ServerProtocol {
    if (sameOptions(this.#options, options)) return this;
    return this.#variants.get(options, (o) => new RestJson1ServerProtocol(o));
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
