// Helpers for request/response bodies the pipeline itself needs to inspect (checksums,
// compression, retries). Protocol codecs have their own readers; these stay tiny.
import type { HttpBody } from "../http/types.js";

const EMPTY = new Uint8Array(0);
let encoder: TextEncoder | undefined;

/** UTF-8 bytes of a string (one shared encoder, created on first use). */
export function utf8(text: string): Uint8Array {
  return (encoder ??= new TextEncoder()).encode(text);
}

/** True when the body can be sent again on a retry (it is not a one-shot stream). */
export function isReplayable(body: HttpBody): boolean {
  return body === undefined || typeof body === "string" || body instanceof Uint8Array;
}

/** Reads any body into one byte array. */
export async function collectBody(body: HttpBody): Promise<Uint8Array> {
  if (body === undefined) return EMPTY;
  if (typeof body === "string") return utf8(body);
  if (body instanceof Uint8Array) return body;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (isReadableStream(body)) {
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.byteLength;
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of body) {
      chunks.push(chunk);
      size += chunk.byteLength;
    }
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function isReadableStream(body: unknown): body is ReadableStream<Uint8Array> {
  return typeof body === "object" && body !== null && typeof (body as { getReader?: unknown }).getReader === "function";
}

/** A ReadableStream view of a body (for stream transforms such as compression). */
export function toReadableStream(body: Exclude<HttpBody, undefined>): ReadableStream<Uint8Array> {
  if (isReadableStream(body)) return body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    const bytes = typeof body === "string" ? utf8(body) : body;
    return new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
  }
  const iterator = body[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

/** Standard base64 of bytes (btoa exists in browsers, workers, Deno, Bun and Node >= 16). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
}
