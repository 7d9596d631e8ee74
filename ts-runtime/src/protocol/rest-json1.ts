// aws.protocols#restJson1: HTTP bindings with a JSON document body.
//   body        JSON; @jsonName applies; timestamps default to epoch-seconds
//   errors      clients read X-Amzn-Errortype, then the body's "code", then "__type";
//               servers send X-Amzn-Errortype with the error's shape name
//
// The client half is rest-json1-client.ts and the server half rest-json1-server.ts; generated
// packages import one of them. This module joins both for tools and tests.
import { parseLosslessJson } from "../serde/lossless-json-reader.js";
import { timestampCodec } from "../serde/timestamp.js";
import { ClientServerProtocol } from "./client-server-protocol.js";
import { RestJson1ClientProtocol } from "./rest-json1-client.js";
import { RestJson1ServerProtocol } from "./rest-json1-server.js";

export { REST_JSON_1 } from "./protocol-ids.js";

/** Both sides of restJson1, with timestamp support, reading big numbers exactly. */
export class RestJson1Protocol extends ClientServerProtocol<RestJson1ClientProtocol, RestJson1ServerProtocol> {
  constructor() {
    const options = { losslessReader: parseLosslessJson, timestamps: timestampCodec };
    super(new RestJson1ClientProtocol(options), new RestJson1ServerProtocol(options));
  }
}

/** restJson1, both sides (stateless; one instance serves every client and server). */
export const restJson1: RestJson1Protocol = /* @__PURE__ */ new RestJson1Protocol();
