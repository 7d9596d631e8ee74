// A model plugin that refuses the first `times` calls it sees with the modeled Throttled error
// (429 over restJson1, marked @retryable(throttling: true)), then lets every call through. The
// end-to-end tests use it to watch generated clients retry; it is off in the server program.
import type { ModelPlugin } from "@smithy-ts/runtime/server";

export function throttleFirstCalls(times: number, Throttled: new (fields: { message: string; retryAfterSeconds?: number }) => Error): ModelPlugin {
  let refused = 0;
  return (next) => async (input, ctx) => {
    if (refused < times) {
      refused++;
      throw new Throttled({ message: "slow down: too many requests", retryAfterSeconds: 1 });
    }
    return next(input, ctx);
  };
}
