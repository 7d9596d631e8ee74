// ByteStream: the value of a @streaming blob member. It wraps whatever body the transport
// produced (or the caller supplied) and is read at most once, so large payloads never have
// to sit in memory unless the consumer asks for them.
import type { HttpBody } from "./types.js";
import { collectBody, collectBodyText } from "./body.js";

/** What callers may pass for a streaming blob. */
export type StreamingBlobInput = ByteStream | Uint8Array | string | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export class ByteStream implements AsyncIterable<Uint8Array> {
  private consumed = false;

  constructor(private readonly source: HttpBody) {}

  static from(input: StreamingBlobInput | undefined): ByteStream {
    return input instanceof ByteStream ? input : new ByteStream(input);
  }

  /** The underlying body, for handing to a transport without reading it. */
  get body(): HttpBody {
    return this.source;
  }

  /** Reads the whole stream into memory. */
  async bytes(): Promise<Uint8Array> {
    this.claim();
    return collectBody(this.source);
  }

  /** Reads the whole stream as UTF-8 text. */
  async text(): Promise<string> {
    this.claim();
    return collectBodyText(this.source);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    this.claim();
    const source = this.source;
    if (source === undefined) return;
    if (source instanceof Uint8Array) {
      if (source.length > 0) yield source;
      return;
    }
    if (typeof source === "string") {
      if (source.length > 0) yield new TextEncoder().encode(source);
      return;
    }
    if (Symbol.asyncIterator in source) {
      yield* source as AsyncIterable<Uint8Array>;
      return;
    }
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }

  private claim(): void {
    if (this.consumed) throw new Error("this ByteStream has already been read; a stream can be consumed only once");
    this.consumed = true;
  }
}
