// The default HTTP client outside Node (selected by the "default" export condition of
// "@smithy-ts/runtime/default-http-client"; Node gets ../node/default-http-client.ts).
import type { HttpClient } from "../http/types.js";
import { FetchHttpClient } from "./fetch-http-client.js";

export function createDefaultHttpClient(): HttpClient {
  return new FetchHttpClient();
}
