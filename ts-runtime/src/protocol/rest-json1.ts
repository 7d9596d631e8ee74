// aws.protocols#restJson1: HTTP bindings with a JSON document body.
//   body        JSON; @jsonName applies; timestamps default to epoch-seconds
//   errors      clients read X-Amzn-Errortype, then the body's "code", then "__type";
//               servers send X-Amzn-Errortype with the error's shape name
import type { HttpHeaders } from "../http/types.js";
import { JsonCodec } from "../serde/json-codec.js";
import { findErrorCode, parseErrorDocument } from "./error-code.js";
import { HttpBindingProtocol } from "./http-binding/http-binding-protocol.js";

export const REST_JSON_1 = "aws.protocols#restJson1";

export class RestJson1Protocol extends HttpBindingProtocol {
  readonly id = REST_JSON_1;
  protected readonly codec = new JsonCodec({ useJsonName: true, timestampFormat: "epoch-seconds" });
  protected readonly documentType = "application/json";

  protected identifyError(headers: HttpHeaders, bodyText: string): { code: string | undefined; document: Readonly<Record<string, unknown>> | undefined } {
    const document = parseErrorDocument(bodyText);
    return { code: findErrorCode(headers, document, ["code", "__type"]), document };
  }

  protected nameError(code: string, headers: Record<string, string>): void {
    headers["x-amzn-errortype"] = code;
  }

  protected frameworkErrorBody(_code: string, message: string): string {
    return JSON.stringify({ message });
  }
}

/** The restJson1 protocol (stateless; one instance serves every client and server). */
export const restJson1: RestJson1Protocol = /* @__PURE__ */ new RestJson1Protocol();
