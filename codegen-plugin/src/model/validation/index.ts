// Runs validation over an assembled model, in Smithy's order: prelude trait values that
// cannot be constructed at all (an error there stops everything); the correctness
// validators (broken references make most other checks meaningless, so an ERROR stops
// there); the critical validators (trait targets and values, defaults, id conflicts, ...;
// an ERROR stops there too); then everything else, including validators configured in
// metadata.
// Suppressions and severity overrides are applied to every event, and only ERRORs are
// reported for prelude shapes.
import type { ValidationEvent } from "../events.js";
import type { Model } from "../model.js";
import { isPreludeId } from "../shape-id.js";
import { ValidationContext } from "./context.js";
import { createDecorator } from "./decorator.js";
import { loadMetadataValidators } from "./metadata-validators.js";
import { traitConstructionEvents } from "./trait-construction.js";
import { CORRECTNESS_VALIDATORS, CRITICAL_VALIDATORS, OTHER_VALIDATORS } from "./registry.js";
import type { ValidationOptions } from "./validator.js";

export type { ValidationOptions, Validator } from "./validator.js";
export { ValidationContext } from "./context.js";

export function validateModel(model: Model, options: ValidationOptions = {}): ValidationEvent[] {
  const ctx = new ValidationContext(model, options);
  const { decorator, events } = createDecorator(model);
  const configured = loadMetadataValidators(model);
  for (const event of configured.events) events.push(decorator.decorate(event));

  const report = (produced: Iterable<ValidationEvent>): void => {
    for (const event of produced) if (keep(event)) events.push(decorator.decorate(event));
  };
  const failed = (): boolean => events.some((e) => e.severity === "ERROR");

  // Prelude trait values that Smithy could not even construct stop validation like loading errors.
  const construction = traitConstructionEvents(model);
  if (construction.length > 0) return [...events, ...construction];
  for (const validator of CORRECTNESS_VALIDATORS) report(validator.validate(ctx));
  if (failed()) return events;
  for (const validator of CRITICAL_VALIDATORS) report(validator.validate(ctx));
  if (options.continueAfterCriticalErrors !== true && failed()) return events;
  for (const validator of OTHER_VALIDATORS) report(validator.validate(ctx));
  report(configured.run(ctx));
  return events;
}

/**
 * Applies the model's suppressions and severity overrides to events produced outside the
 * validators (the loader's warnings). Problems with the suppression metadata itself are
 * reported by validateModel, not here.
 */
export function applySuppressions(model: Model, events: readonly ValidationEvent[]): ValidationEvent[] {
  const { decorator } = createDecorator(model);
  return events.map((e) => decorator.decorate(e));
}

/** Only ERRORs are reported for prelude shapes: a broken prelude must show, its style must not. */
function keep(event: ValidationEvent): boolean {
  return event.severity === "ERROR" || event.shapeId === undefined || !isPreludeId(event.shapeId);
}
