// aws.protocols#awsJson1_0 and aws.protocols#awsJson1_1: every request is a POST to "/" with
// X-Amz-Target "<Service>.<Operation>" and the whole input as a JSON object; HTTP binding
// traits and @jsonName are ignored. The versions differ only in the Content-Type
// (application/x-amz-json-1.0 / -1.1) and in the error name servers put in "__type" (the full
// shape id for 1.0, the shape name for 1.1; clients accept both).
//
// Services with @awsQueryCompatible (ServiceSchema.awsQueryCompatible) additionally get the
// x-amzn-query-mode request header, and their clients take the error code from the
// x-amzn-query-error response header ("Code;Sender").
//
// The client half is aws-json-client.ts and the server half aws-json-server.ts; generated
// packages import one of them. This module joins both for tools and tests.
import { parseLosslessJson } from "../serde/lossless-json-reader.js";
import { timestampCodec } from "../serde/timestamp.js";
import { AwsJsonClientProtocol } from "./aws-json-client.js";
import { AwsJsonServerProtocol } from "./aws-json-server.js";
import { ClientServerProtocol } from "./client-server-protocol.js";

export { AWS_JSON_1_0, AWS_JSON_1_1 } from "./protocol-ids.js";

/** Both sides of awsJson1_0 or awsJson1_1, with timestamp support, reading big numbers exactly. */
export class AwsJsonProtocol extends ClientServerProtocol<AwsJsonClientProtocol, AwsJsonServerProtocol> {
  readonly contentType: string;

  constructor(version: "1.0" | "1.1") {
    const options = { losslessReader: parseLosslessJson, timestamps: timestampCodec };
    super(new AwsJsonClientProtocol(version, options), new AwsJsonServerProtocol(version, options));
    this.contentType = this.client.contentType;
  }
}

/** awsJson1_0, both sides (stateless; one instance serves every client and server). */
export const awsJson1_0: AwsJsonProtocol = /* @__PURE__ */ new AwsJsonProtocol("1.0");
/** awsJson1_1, both sides (stateless; one instance serves every client and server). */
export const awsJson1_1: AwsJsonProtocol = /* @__PURE__ */ new AwsJsonProtocol("1.1");
