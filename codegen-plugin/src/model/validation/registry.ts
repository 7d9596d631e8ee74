// The built-in validators, in the three phases validateModel runs them in.
import { resourceCycleValidator } from "./validators/resource-cycle.js";
import { targetValidator } from "./validators/target.js";
import type { Validator } from "./validator.js";

/** Broken references make most other checks meaningless: an ERROR here stops validation. */
export const CORRECTNESS_VALIDATORS: readonly Validator[] = [targetValidator, resourceCycleValidator];

/** Trait and shape-id sanity that later validators rely on: an ERROR here stops validation. */
export const CRITICAL_VALIDATORS: readonly Validator[] = [];

export const OTHER_VALIDATORS: readonly Validator[] = [];
