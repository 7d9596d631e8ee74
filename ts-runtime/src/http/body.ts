// Turning any HttpBody into bytes or text. Transports hand back streams (web ReadableStream
// from fetch, async iterables from node:http); serializers produce strings or bytes.
import type { HttpBody } from "./types.js";
import { utf8ByteLength, utf8Decode, utf8Encode } from "../serde/utf8.js";

/** Thrown by collectBody when a body exceeds the given limit. */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
  constructor(readonly limit: number) {
    super(`body exceeds the limit of ${limit} bytes`);
  }
}

const EMPTY = new Uint8Array(0);

/** A body already in memory: nothing to read. */
export type InMemoryBody = string | Uint8Array | undefined;

export function isInMemory(body: HttpBody): body is InMemoryBody {
  return body === undefined || typeof body === "string" || body instanceof Uint8Array;
}

/** The bytes of an in-memory body, at most `limit` of them (else BodyTooLargeError). */
export function bytesOf(body: InMemoryBody, limit = Infinity): Uint8Array {
  if (body === undefined) return EMPTY;
  return checkLimit(typeof body === "string" ? utf8Encode(body) : body, limit);
}

/** The UTF-8 text of an in-memory body (invalid UTF-8 throws a SerdeError), at most `limit` bytes. */
export function textOf(body: InMemoryBody, limit = Infinity): string {
  if (typeof body === "string") {
    // Cheap bound first: UTF-8 takes at least one byte and at most three per UTF-16 unit.
    if (body.length * 3 > limit && utf8ByteLength(body) > limit) throw new BodyTooLargeError(limit);
    return body;
  }
  if (body === undefined) return "";
  return utf8Decode(checkLimit(body, limit));
}

/**
 * Reads a whole body into memory. `limit` (bytes) guards servers against oversized input;
 * reading stops as soon as it is exceeded.
 */
export async function collectBody(body: HttpBody, limit = Infinity): Promise<Uint8Array> {
  if (isInMemory(body)) return bytesOf(body, limit);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const take = (chunk: Uint8Array): void => {
    total += chunk.length;
    if (total > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk);
  };
  if (isReadableStream(body)) {
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(value);
      }
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      throw e;
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of body) take(typeof chunk === "string" ? utf8Encode(chunk) : chunk);
  }
  return concatBytes(chunks, total);
}

/** Reads a whole body as UTF-8 text (invalid UTF-8 throws a SerdeError). */
export async function collectBodyText(body: HttpBody, limit = Infinity): Promise<string> {
  return isInMemory(body) ? textOf(body, limit) : utf8Decode(await collectBody(body, limit));
}

/** Whether a body is known to be empty without reading it. */
export function isEmptyBody(body: HttpBody): boolean {
  return body === undefined || (typeof body === "string" ? body.length === 0 : body instanceof Uint8Array && body.length === 0);
}

export function concatBytes(chunks: readonly Uint8Array[], total?: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total ?? chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function checkLimit(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length > limit) throw new BodyTooLargeError(limit);
  return bytes;
}

/** Whether a body (or any value) is a web ReadableStream rather than bytes, text or an async iterable. */
export function isReadableStream(body: unknown): body is ReadableStream<Uint8Array> {
  return typeof body === "object" && body !== null && typeof (body as { getReader?: unknown }).getReader === "function";
}
