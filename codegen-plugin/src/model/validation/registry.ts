// The built-in validators, run in this order by validateModel. Each lives in validators/.
import type { Validator } from "./validator.js";

export const BUILT_IN_VALIDATORS: readonly Validator[] = [];
