// The `selector` argument of the selector-based transforms, parsed when the config is read so
// a malformed selector is reported before anything is built.
import { parseSelector, SelectorSyntaxError, type Selector } from "../../model/selector/index.js";
import type { ObjectReader } from "../config/object-reader.js";

export function readSelector(args: ObjectReader): Selector {
  const text = args.requiredString("selector");
  try {
    return parseSelector(text);
  } catch (e) {
    if (e instanceof SelectorSyntaxError) throw args.error("selector", `is not a valid selector: ${e.message}`);
    throw e;
  }
}
