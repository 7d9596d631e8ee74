// Timers and abort signals for attempt/operation timeouts and caller aborts. Everything here
// cleans up after itself: timers are cleared and listeners removed when a scope ends, so a
// long-lived caller signal does not accumulate listeners and no timer outlives its call.

/** Waits `ms` milliseconds; rejects with the signal's reason if it aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/**
 * An AbortSignal that fires when its parent fires (passing on the parent's reason) or when
 * its own timeout elapses (with the reason `onTimeout()` makes). Call `dispose()` when done.
 */
export class AbortScope {
  readonly #controller = new AbortController();
  readonly #parent: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timedOut = false;
  readonly #onParentAbort = () => this.#controller.abort(this.#parent!.reason);

  constructor(parent: AbortSignal | undefined, timeoutMs: number | undefined, onTimeout: () => unknown) {
    this.#parent = parent;
    if (parent !== undefined) {
      if (parent.aborted) this.#controller.abort(parent.reason);
      else parent.addEventListener("abort", this.#onParentAbort, { once: true });
    }
    if (timeoutMs !== undefined && !this.#controller.signal.aborted) {
      this.#timer = setTimeout(() => {
        this.#timedOut = true;
        this.#controller.abort(onTimeout());
      }, timeoutMs);
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True when this scope's own timer fired (rather than the parent aborting). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#parent?.removeEventListener("abort", this.#onParentAbort);
  }
}
