// What the build host needs from the model layer, as one interface: the CLI passes the real
// loader, validator and JSON AST writer; tests may pass small fakes.
import type { ValidationEvent } from "../model/events.js";
import type { Model } from "../model/model.js";
import type { NodeValue } from "../model/node-value.js";

export interface ModelFile {
  /** Absolute path; recorded as the source location of what the file defines. */
  readonly filename: string;
  readonly text: string;
}

export interface ModelLoadOptions {
  readonly allowUnknownTraits: boolean;
}

export interface LoadedModel {
  /** Undefined when the files could not be assembled into a model at all. */
  readonly model: Model | undefined;
  /** Every event, suppressed ones included. */
  readonly events: readonly ValidationEvent[];
}

export interface ModelPort {
  /** Parses, assembles and validates model files (the bundled prelude and trait namespaces are implied). */
  load(files: readonly ModelFile[], options: ModelLoadOptions): LoadedModel;
  /** Validates a model produced by transforms, as if it had been loaded (suppressions applied). */
  validate(model: Model, options: ModelLoadOptions): readonly ValidationEvent[];
  /** The model as a JSON AST document. */
  toJsonAst(model: Model, options: { readonly includePrelude: boolean }): NodeValue;
}
