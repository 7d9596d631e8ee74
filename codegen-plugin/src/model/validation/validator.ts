// A validator inspects an assembled model and reports events. Built-in validators are
// registered in registry.ts; they never throw on odd models (a validator that cannot make
// sense of a shape reports nothing for it and leaves the complaint to the validator in charge).
import type { ValidationEvent } from "../events.js";
import type { ValidationContext } from "./context.js";

export interface ValidationOptions {
  /**
   * Unknown traits are warnings rather than errors. The loader reports unknown traits (it
   * sees them while resolving names); validators treat traits without a definition as
   * unknowable and skip them either way.
   */
  readonly allowUnknownTraits?: boolean;
  /**
   * Keep validating after the critical validators (trait targets and values, defaults, ...)
   * report ERRORs. Off by default, as in Smithy: later validators assume those checks passed.
   * Conformance suites whose expectations mix both kinds of events turn it on.
   */
  readonly continueAfterCriticalErrors?: boolean;
}

export interface Validator {
  /** The event id (or id prefix) this validator emits, e.g. "HttpLabelTrait". */
  readonly id: string;
  validate(context: ValidationContext): Iterable<ValidationEvent>;
}
