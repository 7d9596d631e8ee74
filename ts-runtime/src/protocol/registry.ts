// Protocol lookup by trait id, for tools and tests that pick a protocol at run time: it
// holds both sides of every protocol. Generated code never uses it: a client imports only the
// client half of its own protocol and a server only the server half, so their bundles carry
// nothing else. Adding a protocol is one module plus one entry here.
import { awsJson1_0, awsJson1_1 } from "./aws-json.js";
import type { ClientProtocol, ServerProtocol } from "./protocol.js";
import { AWS_JSON_1_0, AWS_JSON_1_1, REST_JSON_1 } from "./protocol-ids.js";
import { restJson1 } from "./rest-json1.js";

export type Protocol = ClientProtocol & ServerProtocol;

const PROTOCOLS: ReadonlyMap<string, Protocol> = new Map<string, Protocol>([
  [REST_JSON_1, restJson1],
  [AWS_JSON_1_0, awsJson1_0],
  [AWS_JSON_1_1, awsJson1_1],
]);

/** Trait ids of the protocols this runtime implements. */
export function supportedProtocols(): readonly string[] {
  return [...PROTOCOLS.keys()];
}

/** The protocol for a protocol trait id; throws naming the supported ones when unknown. */
export function protocolFor(id: string): Protocol {
  const protocol = PROTOCOLS.get(id);
  if (protocol === undefined) throw new Error(`unsupported protocol "${id}"; this runtime implements ${supportedProtocols().join(", ")}`);
  return protocol;
}
