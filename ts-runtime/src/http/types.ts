// HTTP messages as the runtime sees them, independent of any HTTP library. The node:http and
// fetch clients, the server adapters and the protocols all speak these types.

/**
 * Header map with lower-case names. Repeated headers are joined with ", " (HTTP list
 * semantics). Objects built from network input are created with a null prototype.
 */
export type HttpHeaders = Record<string, string>;

/**
 * A message body. Serializers produce strings or bytes; transports may hand back streams.
 * `collectBody` turns any of them into bytes.
 */
export type HttpBody = Uint8Array | string | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | undefined;

export interface HttpRequest {
  readonly method: string;
  readonly protocol: "http:" | "https:";
  readonly hostname: string;
  readonly port?: number;
  /** Percent-encoded path, beginning with "/". */
  readonly path: string;
  /** Decoded query parameters in wire order (a name may repeat). */
  readonly query: readonly (readonly [string, string])[];
  readonly headers: HttpHeaders;
  readonly body: HttpBody;
}

export interface HttpResponse {
  readonly statusCode: number;
  readonly headers: HttpHeaders;
  readonly body: HttpBody;
}

/** Sends one request. Implementations: node:http (default under Node), fetch, or the user's own. */
export interface HttpClient {
  handle(request: HttpRequest, options: { readonly signal?: AbortSignal }): Promise<HttpResponse>;
}
