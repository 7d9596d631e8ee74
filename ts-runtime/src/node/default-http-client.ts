// The default HTTP client under Node (selected by the "node" export condition of
// "@smithy-ts/runtime/default-http-client"; other platforms get ../client/default-http-client.ts).
import type { HttpClient } from "../http/types.js";
import { NodeHttpClient } from "./http-client.js";

export function createDefaultHttpClient(): HttpClient {
  return new NodeHttpClient();
}
