// The node:http adapter: `http.createServer(toNodeListener(app))`.
//
// Bodies are read as they arrive and refused with 413 the moment they pass the service's
// limit (or at once when Content-Length already says so); the connection is then closed
// rather than drained. A client that disconnects before the response is written aborts the
// handler's signal. Response bodies that are streams are written with backpressure.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HttpBody, HttpResponse } from "../http/types.js";
import { FrameworkError } from "../protocol/protocol.js";
import { tooLarge } from "../server/body.js";
import { addHeader, isBodiless, newHeaderMap, parseQueryString, splitTarget, withoutFraming } from "../server/adapters/request-parts.js";
import type { Service } from "../server/service.js";
import type { ServerRequest } from "../server/types.js";

export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

export function toNodeListener(service: Service): NodeListener {
  return (req, res) => {
    handle(service, req, res).catch((e: unknown) => {
      // Only a failure to write the response itself lands here; the service already answered.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      try {
        writeResponse(res, service.internalFailure(e))?.catch(() => res.destroy());
      } catch {
        res.destroy();
      }
    });
  };
}

/**
 * The request's abort signal, created only if something asks for it (most handlers never do,
 * and an AbortController per request is a measurable share of a small request's cost).
 */
class Disconnect {
  #controller: AbortController | undefined;
  #reason: Error | undefined;

  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#reason !== undefined) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  get happened(): boolean {
    return this.#reason !== undefined;
  }

  fire(): void {
    this.#reason = new Error("the client disconnected before the response was complete");
    this.#controller?.abort(this.#reason);
  }
}

async function handle(service: Service, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const disconnect = new Disconnect();
  res.once("close", () => {
    if (!res.writableFinished) disconnect.fire();
  });

  const headers = readHeaders(req);
  let body: Uint8Array | undefined;
  try {
    body = await readBody(req, headers, service.limits.maxRequestBodyBytes);
  } catch (e) {
    if (e instanceof FrameworkError) return refuse(service, res, e);
    // The client went away mid-body: nobody is left to answer.
    res.destroy();
    return;
  }
  let target = req.url ?? "/";
  // Absolute-form targets (sent to proxies) carry the origin: keep the path onwards.
  if (!target.startsWith("/")) {
    const scheme = target.indexOf("://");
    const slash = scheme < 0 ? -1 : target.indexOf("/", scheme + 3);
    target = slash < 0 ? "/" : target.slice(slash);
  }
  const { path, query } = splitTarget(target);
  const pairs = parseQueryString(query, service.limits);
  if (pairs instanceof FrameworkError) return refuse(service, res, pairs);
  const encrypted = (req.socket as { encrypted?: boolean } | null)?.encrypted === true;
  const request = new NodeServerRequest(req.method ?? "GET", encrypted, path, pairs, headers, body, disconnect);
  const response = await service.handle(request);
  if (disconnect.happened) return;
  const streaming = writeResponse(res, response, disconnect);
  if (streaming !== undefined) await streaming;
}

/** One shape for every request (a class, not an object literal with spreads and getters): cheap to build and to read. */
class NodeServerRequest implements ServerRequest {
  readonly protocol: "http:" | "https:";
  readonly hostname: string;
  declare readonly port?: number;
  readonly #disconnect: Disconnect;

  constructor(
    readonly method: string,
    encrypted: boolean,
    readonly path: string,
    readonly query: readonly (readonly [string, string])[],
    readonly headers: Record<string, string>,
    readonly body: Uint8Array | undefined,
    disconnect: Disconnect,
  ) {
    this.protocol = encrypted ? "https:" : "http:";
    this.#disconnect = disconnect;
    const host = headers["host"] ?? "";
    const colon = host.lastIndexOf(":");
    const port = colon > 0 ? Number(host.slice(colon + 1)) : NaN;
    if (Number.isInteger(port)) {
      this.hostname = host.slice(0, colon);
      // Set only when known: `port` is optional, and exactOptionalPropertyTypes forbids an explicit undefined.
      (this as { port?: number }).port = port;
    } else {
      this.hostname = host;
    }
  }

  get signal(): AbortSignal {
    return this.#disconnect.signal;
  }
}

/** The request's headers from node's raw list (so node never builds its own header object): lower-case names, repeats joined. */
function readHeaders(req: IncomingMessage): Record<string, string> {
  const headers = newHeaderMap();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) addHeader(headers, raw[i]!, raw[i + 1]!);
  return headers;
}

/** Reads the body up to `limit` bytes; undefined when the request has none. */
function readBody(req: IncomingMessage, headers: Record<string, string>, limit: number): Promise<Uint8Array | undefined> {
  const declared = headers["content-length"];
  if (declared !== undefined) {
    const length = Number(declared);
    if (length > limit) return Promise.reject(tooLarge(limit));
    if (length === 0) return Promise.resolve(undefined);
  } else if (headers["transfer-encoding"] === undefined) {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const cleanup = (): void => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    const onData = (chunk: Uint8Array): void => {
      total += chunk.length;
      if (total > limit) {
        cleanup();
        req.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      // The other listeners stay: after 'end' they find nothing left to do.
      if (total === 0) resolve(undefined);
      else if (chunks.length === 1) resolve(chunks[0]);
      else {
        const out = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      }
    };
    const onError = (e: Error): void => {
      cleanup();
      reject(e);
    };
    const onClose = (): void => {
      if (!req.complete) onError(new Error("the client closed the connection before sending the whole body"));
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
}

/** Answers a request refused before it reached the service; its unread body is not drained. */
async function refuse(service: Service, res: ServerResponse, error: FrameworkError): Promise<void> {
  const response = service.frameworkErrorResponse(error);
  await writeResponse(res, { ...response, headers: { ...response.headers, connection: "close" } });
}

/** Writes a response; in-memory bodies are written at once (undefined), streams return the promise of their end. */
function writeResponse(res: ServerResponse, response: HttpResponse, disconnect?: Disconnect): Promise<void> | undefined {
  const bodiless = isBodiless(response.statusCode);
  const headers = bodiless ? withoutFraming(response.headers) : response.headers;
  const body = bodiless ? undefined : response.body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    const out = headers["content-length"] === undefined ? { ...headers, "content-length": String(typeof body === "string" ? Buffer.byteLength(body) : body.length) } : headers;
    res.writeHead(response.statusCode, out);
    res.end(body);
    return undefined;
  }
  res.writeHead(response.statusCode, headers);
  if (body === undefined) {
    res.end();
    return undefined;
  }
  return writeStream(res, body, disconnect);
}

async function writeStream(res: ServerResponse, body: Exclude<HttpBody, string | Uint8Array | undefined>, disconnect: Disconnect | undefined): Promise<void> {
  const iterable: AsyncIterable<Uint8Array> = body instanceof ReadableStream ? readableIterable(body) : body;
  for await (const chunk of iterable) {
    if (disconnect?.happened || res.destroyed) return;
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.off("drain", done);
          res.off("close", done);
          resolve();
        };
        res.on("drain", done);
        res.on("close", done);
      });
    }
  }
  res.end();
}

async function* readableIterable(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
