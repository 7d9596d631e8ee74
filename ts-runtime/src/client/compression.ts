// @requestCompression: gzip request bodies with the platform's CompressionStream (Node >= 18,
// browsers, Deno, Bun, Workers). Added by generated clients whose service uses the trait.
import type { HttpRequest } from "../http/types.js";
import { deref } from "../schema/schema.js";
import { collectBody } from "../http/body.js";
import { utf8Encode } from "../serde/utf8.js";
import { isReplayable, toReadableStream } from "./body.js";
import type { Interceptor, RequestContext } from "./interceptors.js";

/**
 * Compresses the body of @requestCompression operations before the retry loop (so before
 * signing and checksums). Honors `disableRequestCompression` and
 * `requestMinCompressionSizeBytes`; streaming bodies are always compressed, as streams.
 * List it before contentMd5() so the checksum covers the bytes actually sent.
 */
export function requestCompression(): Interceptor {
  return {
    name: "requestCompression",
    modifyBeforeRetryLoop: compressRequest,
  };
}

async function compressRequest(context: RequestContext): Promise<HttpRequest | void> {
  const { operation, config, request } = context;
  const trait = operation.traits.requestCompression;
  if (trait === undefined || config.disableRequestCompression || request.body === undefined) return;
  // Only the first supported encoding may be used; gzip is the only one this runtime supports.
  if (!trait.encodings.some((encoding) => encoding.toLowerCase() === "gzip")) return;
  if (typeof CompressionStream !== "function") return;
  const body = request.body;
  const headers = { ...request.headers };
  const existing = headers["content-encoding"];
  headers["content-encoding"] = existing === undefined || existing === "" ? "gzip" : `${existing}, gzip`;
  delete headers["content-length"];
  const streamingInput = deref(operation.input).members.some((member) => member.traits.streaming === true);
  if (!isReplayable(body)) {
    return { ...request, headers, body: toReadableStream(body).pipeThrough(gzipStream()) };
  }
  const bytes = typeof body === "string" ? utf8Encode(body) : (body as Uint8Array);
  if (!streamingInput && bytes.byteLength < config.requestMinCompressionSizeBytes) return;
  return { ...request, headers, body: await gzip(bytes) };
}

/** gzip of a byte array, collected so the body stays replayable for retries. */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return collectBody(toReadableStream(bytes).pipeThrough(gzipStream()));
}

/** lib.dom types CompressionStream's writable side as BufferSource; bytes are what we feed it. */
function gzipStream(): ReadableWritablePair<Uint8Array, Uint8Array> {
  return new CompressionStream("gzip") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
}
