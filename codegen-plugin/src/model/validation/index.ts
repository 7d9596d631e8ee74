// Runs the built-in validators over an assembled model.
import type { ValidationEvent } from "../events.js";
import type { Model } from "../model.js";
import { BUILT_IN_VALIDATORS } from "./registry.js";
import type { ValidationOptions } from "./validator.js";

export type { ValidationOptions, Validator } from "./validator.js";

export function validateModel(model: Model, options: ValidationOptions = {}): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const v of BUILT_IN_VALIDATORS) {
    for (const e of v.validate(model, options)) events.push(e);
  }
  return events;
}
