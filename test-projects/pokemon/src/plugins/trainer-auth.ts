// A model plugin that authorizes the operations acting for a trainer: the `secret` input member
// (the `X-Trainer-Secret` header over restJson1) must match the trainer's. It runs after
// deserialization and validation, so it reads typed input rather than raw headers; scope it to
// the operations that carry a secret when registering it. An unknown trainer is left to the
// handler, which answers ResourceNotFound.
import type { ModelPlugin } from "@smithy-ts/runtime/server";
import type { PokedexStore } from "../store.js";

/** The operations this plugin guards. */
export const TRAINER_OPERATIONS = ["UpdateTrainer", "DeleteTrainer", "CatchPokemon", "ReleasePokemon"] as const;

export function trainerAuthorization(store: PokedexStore, NotAuthorized: new (fields: { message: string }) => Error): ModelPlugin {
  return (next, operation) => async (input, ctx) => {
    const { trainerId, secret } = input;
    if (typeof trainerId !== "string" || typeof secret !== "string") {
      // Registered on an operation without these members: a wiring mistake, not the caller's.
      throw new Error(`trainerAuthorization is registered on ${operation.name}, whose input has no trainerId and secret`);
    }
    const trainer = store.trainer(trainerId);
    if (trainer !== undefined && trainer.secret !== secret) {
      throw new NotAuthorized({ message: `the X-Trainer-Secret does not match trainer ${trainerId}'s secret` });
    }
    return next(input, ctx);
  };
}
