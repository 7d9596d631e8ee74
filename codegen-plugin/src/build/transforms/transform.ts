// The contract every projection transform implements. A transform first checks its `args`
// (so a bad config fails before any model is loaded or output written) and returns a pure
// function from model to model. Transforms report bad input by throwing BuildError; the
// build host prefixes the message with the projection and transform it came from.
import type { ValidationEvent } from "../../model/events.js";
import type { Model } from "../../model/model.js";
import type { ObjectReader } from "../config/object-reader.js";

export interface TransformContext {
  readonly projectionName: string;
  /** The model the projection started from, before any transform ran. */
  readonly originalModel: Model;
  /** Validation events of the original model (suppressed ones included). */
  readonly originalEvents: readonly ValidationEvent[];
}

export type PreparedTransform = (model: Model, context: TransformContext) => Model;

export interface TransformDefinition {
  readonly name: string;
  /**
   * The argument that Smithy's deprecated array form of `args` (["a", "b"] instead of
   * {"tags": ["a", "b"]}) stands for, for transforms that accept that form.
   */
  readonly legacyListArgument?: string;
  /** Reads and checks the arguments; the reader's `done()` is called by the host afterwards. */
  prepare(args: ObjectReader): PreparedTransform;
}

/** Accepts a trait id as written in configs: relative ids are in the prelude namespace. */
export function absoluteTraitId(id: string): string {
  return id.includes("#") ? id : `smithy.api#${id}`;
}
