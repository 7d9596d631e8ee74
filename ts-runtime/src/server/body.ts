// Reading request bodies under a size limit. Adapters that can see the body arrive (node:http,
// Fetch) stop reading at the limit; this covers everything else, streams included.
import type { HttpBody } from "../http/types.js";
import { FrameworkError } from "../protocol/protocol.js";

export function tooLarge(limit: number): FrameworkError {
  return new FrameworkError("RequestTooLarge", `the request body exceeds the limit of ${limit} bytes`);
}

const encoder = new TextEncoder();

export type CollectedBody = Uint8Array | string | undefined;

/** Whether the body is already in memory (no reading needed). */
export function isCollected(body: HttpBody): body is CollectedBody {
  return body === undefined || typeof body === "string" || body instanceof Uint8Array;
}

/** Checks an in-memory body against the limit; throws a RequestTooLarge FrameworkError when over. */
export function checkCollected(body: CollectedBody, limit: number): CollectedBody {
  if (body === undefined) return undefined;
  if (typeof body === "string") {
    // A UTF-16 code unit never takes more than 3 UTF-8 bytes: short strings need no encoding.
    if (body.length * 3 > limit && encoder.encode(body).length > limit) throw tooLarge(limit);
    return body;
  }
  if (body.length > limit) throw tooLarge(limit);
  return body;
}

/** The body as bytes or text, never larger than `limit` bytes; throws a RequestTooLarge FrameworkError otherwise. */
export async function collectBody(body: HttpBody, limit: number): Promise<CollectedBody> {
  if (isCollected(body)) return checkCollected(body, limit);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const add = (chunk: Uint8Array): void => {
    total += chunk.length;
    if (total > limit) throw tooLarge(limit);
    chunks.push(chunk);
  };
  if (isReadableStream(body)) {
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        add(value);
      }
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      throw e;
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of body) add(chunk);
  }
  return concat(chunks, total);
}

function isReadableStream(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): body is ReadableStream<Uint8Array> {
  return typeof (body as ReadableStream<Uint8Array>).getReader === "function";
}

export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
