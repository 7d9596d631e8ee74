// Body helpers the pipeline needs beyond ../http/body.ts (which reads bodies): telling
// replayable bodies from one-shot streams, and viewing any body as a ReadableStream.
import { isReadableStream } from "../http/body.js";
import type { HttpBody } from "../http/types.js";
import { utf8Encode } from "../serde/utf8.js";

/** True when the body can be sent again on a retry (it is not a one-shot stream). */
export function isReplayable(body: HttpBody): boolean {
  return body === undefined || typeof body === "string" || body instanceof Uint8Array;
}

/** A ReadableStream view of a body (for stream transforms such as compression). */
export function toReadableStream(body: Exclude<HttpBody, undefined>): ReadableStream<Uint8Array> {
  if (isReadableStream(body)) return body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    const bytes = typeof body === "string" ? utf8Encode(body) : body;
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
