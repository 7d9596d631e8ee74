// The Fetch API adapter: `(request: Request) => Promise<Response>`, the shape Bun.serve, Deno.serve,
// Cloudflare Workers and Hono (`app.fetch(c.req.raw)`) all speak.
import type { HttpBody, HttpResponse } from "../../http/types.js";
import { FrameworkError } from "../../protocol/protocol.js";
import { tooLarge } from "../body.js";
import type { Service } from "../service.js";
import type { ServerRequest } from "../types.js";
import { addHeader, headersTooLarge, isBodiless, newHeaderMap, parseQueryString, splitTarget, withoutFraming } from "./request-parts.js";

export type FetchHandler = (request: Request) => Promise<Response>;

export function createFetchHandler(service: Service): FetchHandler {
  return async (request: Request): Promise<Response> => {
    let response: HttpResponse;
    try {
      const parsed = await toServerRequest(request, service);
      response = parsed instanceof FrameworkError ? service.frameworkErrorResponse(parsed) : await service.handle(parsed);
    } catch (e) {
      // Reading the request failed: over the limit, or the client went away mid-body.
      response = service.frameworkErrorResponse(e instanceof FrameworkError ? e : new FrameworkError("Serialization", "the request body could not be read", { cause: e }));
    }
    try {
      return toFetchResponse(response);
    } catch (e) {
      // The platform refused the response (an invalid header value from a handler, say).
      return toFetchResponse(service.internalFailure(e));
    }
  };
}

async function toServerRequest(request: Request, service: Service): Promise<ServerRequest | FrameworkError> {
  const limits = service.limits;
  const url = request.url;
  // An absolute URL: the target starts at the first "/" after the scheme's "//".
  const scheme = url.indexOf("://");
  const slash = url.indexOf("/", scheme < 0 ? 0 : scheme + 3);
  const { path, query } = splitTarget(slash < 0 ? "/" : url.slice(slash));
  const pairs = parseQueryString(query, limits);
  if (pairs instanceof FrameworkError) return pairs;

  const headers = newHeaderMap();
  let headerBytes = 0;
  request.headers.forEach((value, name) => {
    headerBytes += addHeader(headers, name, value);
  });
  if (headerBytes > limits.maxHeaderBytes) return headersTooLarge(limits);

  const host = headers["host"] ?? "";
  const colon = host.lastIndexOf(":");
  const port = colon > 0 ? Number(host.slice(colon + 1)) : NaN;
  return {
    method: request.method,
    protocol: url.startsWith("https:") ? "https:" : "http:",
    hostname: colon > 0 && Number.isInteger(port) ? host.slice(0, colon) : host,
    ...(Number.isInteger(port) ? { port } : {}),
    path,
    query: pairs,
    headers,
    body: await readBody(request, headers, limits.maxRequestBodyBytes),
    signal: request.signal,
  };
}

async function readBody(request: Request, headers: Record<string, string>, limit: number): Promise<Uint8Array | undefined> {
  if (request.body === null) return undefined;
  const declared = headers["content-length"];
  if (declared !== undefined) {
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0) throw new FrameworkError("Serialization", "the Content-Length header is not a valid length");
    if (length > limit) throw tooLarge(limit);
    // The platform framed the body by this length: reading it whole is bounded and fastest.
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > limit) throw tooLarge(limit);
    return bytes;
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Converts the runtime's response to a Fetch Response. */
export function toFetchResponse(response: HttpResponse): Response {
  const status = response.statusCode;
  if (isBodiless(status)) return new Response(null, { status, headers: withoutFraming(response.headers) });
  return new Response(toBodyInit(response.body), { status, headers: response.headers });
}

function toBodyInit(body: HttpBody): BodyInit | null {
  if (body === undefined) return null;
  if (typeof body === "string" || body instanceof ReadableStream) return body;
  if (body instanceof Uint8Array) return body as Uint8Array<ArrayBuffer>;
  const iterator = body[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
