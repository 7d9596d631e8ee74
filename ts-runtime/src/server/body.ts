// Reading request bodies under a size limit. Adapters that can see the body arrive (node:http,
// Fetch) stop reading at the limit; this covers everything else, streams included, on top of
// the runtime's shared body reader.
import type { HttpBody } from "../http/types.js";
import { BodyTooLargeError, collectBody as collectBytes } from "../http/body.js";
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
  try {
    return await collectBytes(body, limit);
  } catch (e) {
    // The shared reader stops at the limit; servers answer that as a 413 framework error.
    if (e instanceof BodyTooLargeError) throw tooLarge(limit);
    throw e;
  }
}
