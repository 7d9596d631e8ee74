// The one object allocated per routed request to carry its context through HTTP plugins,
// the upgrade, model plugins and the handler.
import { Extensions } from "./extensions.js";
import type { HandlerContext, OperationInfo, RequestParts, ServerRequest } from "./types.js";

/** A signal that never aborts, for requests whose adapter cannot observe disconnects. */
const NEVER_ABORTED: AbortSignal = new AbortController().signal;

/** Request ids taken from a header must look like ids: bounded, printable, no separators. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:\-]{1,128}$/;

export function generateRequestId(): string {
  return globalThis.crypto.randomUUID();
}

export class RequestContext implements HandlerContext {
  readonly request: RequestParts;
  readonly operation: OperationInfo;
  readonly #source: ServerRequest;
  readonly #requestIdHeader: string;
  #requestId: string | undefined;
  #extensions: Extensions | undefined;

  constructor(request: ServerRequest, operation: OperationInfo, requestIdHeader: string) {
    this.request = request;
    this.operation = operation;
    this.#source = request;
    this.#requestIdHeader = requestIdHeader;
  }

  /** Read on use: adapters may create the signal lazily. */
  get signal(): AbortSignal {
    return this.#source.signal ?? NEVER_ABORTED;
  }

  /** Worked out on first use, so requests nobody asks about pay nothing for it. */
  get requestId(): string {
    if (this.#requestId === undefined) {
      const fromHeader = this.#source.headers[this.#requestIdHeader];
      this.#requestId = fromHeader !== undefined && SANE_REQUEST_ID.test(fromHeader) ? fromHeader : (this.#source.requestId ?? generateRequestId());
    }
    return this.#requestId;
  }

  get extensions(): Extensions {
    return (this.#extensions ??= new Extensions());
  }
}
