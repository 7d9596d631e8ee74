// The generator's inputs and outputs.
import type { TemplateSource } from "./render/template-renderer.js";
import type { NullabilityMode } from "./types/nullability.js";

export interface GenerateOptions {
  /** "types", "client" or "server" (see modes/index.ts for what is implemented). */
  readonly mode: string;
  /** Absolute id of the service to generate; optional when the model has exactly one. */
  readonly service?: string | undefined;
  /** Protocol trait id to generate for (client and server modes); types mode ignores it. */
  readonly protocol?: string | undefined;
  /** npm package name; defaults to the kebab-cased service name plus a mode suffix. */
  readonly packageName?: string | undefined;
  /** npm package version; defaults to "0.0.0". */
  readonly packageVersion?: string | undefined;
  /** Nullability of structure members; defaults to the mode's (client for types). */
  readonly nullability?: NullabilityMode | undefined;
  /** The generator's version, written into every file header. */
  readonly generatorVersion: string;
  /**
   * The @smithy-ts/runtime version generated packages pin exactly. Defaults to the generator
   * version: the two packages are released in lockstep.
   */
  readonly runtimeVersion?: string | undefined;
  /** The Handlebars templates (codegen-plugin/templates), keyed by relative path. */
  readonly templates: TemplateSource;
}

export interface GeneratedFile {
  /** POSIX path relative to the package root, e.g. "src/types/Foo.ts". */
  readonly path: string;
  readonly contents: string;
}
