// What a generator mode is. A mode turns the resolved generation context into the files of
// one npm package; `generate()` does the shared work (service selection, closure, options)
// before handing over. Adding a mode means writing one module that exports a GeneratorMode
// and listing it in modes/index.ts.
import type { Model } from "../../model/model.js";
import type { Shape } from "../../model/shape.js";
import type { GeneratedFile } from "../options.js";
import type { TemplateRenderer } from "../render/template-renderer.js";
import type { NullabilityMode } from "../types/nullability.js";

export interface GenerationContext {
  readonly model: Model;
  readonly service: Shape;
  /** The service's name (its shape name; services are never renamed). */
  readonly serviceName: string;
  /**
   * Top-level shapes of the service closure, sorted by shape id, without prelude shapes and
   * mixins (whose members the shapes using them already carry). The service itself,
   * its resources and operations are included.
   */
  readonly shapes: readonly Shape[];
  readonly packageName: string;
  readonly packageVersion: string;
  readonly generatorVersion: string;
  readonly runtimeVersion: string;
  /** The protocol trait id asked for, if any (validating it is the mode's business). */
  readonly protocol: string | undefined;
  readonly nullability: NullabilityMode;
  readonly renderer: TemplateRenderer;
  /** The first line of every generated TypeScript file. */
  readonly header: string;
}

export interface GeneratorMode {
  readonly name: string;
  /** Appended to the kebab-cased service name for the default package name ("-types"). */
  readonly packageSuffix: string;
  readonly defaultNullability: NullabilityMode;
  generate(context: GenerationContext): GeneratedFile[];
}
