// An HttpClient over the Fetch API: the default in browsers, Deno, Bun and Workers (and usable
// under Node, where the node:http client is faster).
import type { HttpClient, HttpHeaders, HttpRequest, HttpResponse } from "../http/types.js";
import { isReadableStream } from "../http/body.js";
import { toReadableStream } from "./body.js";
import { requestUrl } from "./url.js";

export interface FetchHttpClientOptions {
  /** The fetch function to use (default: globalThis.fetch at call time). */
  readonly fetch?: typeof globalThis.fetch;
  /** Extra fields for every RequestInit (e.g. credentials, mode, cache). */
  readonly requestInit?: Omit<RequestInit, "method" | "headers" | "body" | "signal">;
}

/** Headers fetch computes itself or refuses to let scripts set. */
const SKIPPED_HEADERS = new Set(["host", "content-length", "connection", "transfer-encoding"]);

export class FetchHttpClient implements HttpClient {
  readonly #fetch: typeof globalThis.fetch | undefined;
  readonly #init: Omit<RequestInit, "method" | "headers" | "body" | "signal"> | undefined;

  constructor(options: FetchHttpClientOptions = {}) {
    this.#fetch = options.fetch;
    this.#init = options.requestInit;
  }

  async handle(request: HttpRequest, options: { readonly signal?: AbortSignal }): Promise<HttpResponse> {
    const headers: [string, string][] = [];
    for (const name in request.headers) {
      if (!SKIPPED_HEADERS.has(name)) headers.push([name, request.headers[name]!]);
    }
    const init: RequestInit & { duplex?: "half" } = { ...this.#init, method: request.method, headers };
    const body = request.body;
    const bodiless = request.method === "GET" || request.method === "HEAD";
    if (body !== undefined && !(bodiless && (body === "" || (body instanceof Uint8Array && body.byteLength === 0)))) {
      if (typeof body === "string" || body instanceof Uint8Array) {
        init.body = body as BodyInit;
      } else {
        init.body = isReadableStream(body) ? body : toReadableStream(body);
        // Streaming request bodies need half-duplex mode in fetch implementations that support them.
        init.duplex = "half";
      }
    }
    if (options.signal !== undefined) init.signal = options.signal;
    const fetchFn = this.#fetch ?? globalThis.fetch;
    const response = await fetchFn(requestUrl(request), init);
    const responseHeaders: HttpHeaders = Object.create(null) as HttpHeaders;
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    return { statusCode: response.status, headers: responseHeaders, body: response.body ?? undefined };
  }
}
