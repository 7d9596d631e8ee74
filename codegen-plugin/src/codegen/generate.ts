// The generator core: model + options -> files. Pure: no file system, no process state.
import type { Model } from "../model/model.js";
import { isPreludeId, nameOf } from "../model/shape-id.js";
import type { Shape } from "../model/shape.js";
import { shapeClosure } from "../model/closure.js";
import { GenerationError } from "./errors.js";
import { MODE_NAMES, MODES } from "./modes/index.js";
import type { GenerationContext, GeneratorMode } from "./modes/mode.js";
import { compareCodePoints } from "./naming/symbol-table.js";
import type { GeneratedFile, GenerateOptions } from "./options.js";
import { generatedHeader } from "./render/source-file.js";
import { TemplateRenderer } from "./render/template-renderer.js";
import { TRAIT } from "./traits.js";

/**
 * Generates the files of one package for one service of `model`. Throws GenerationError for
 * bad options (kind "usage") or a model the generator cannot handle (kind "model").
 * Same model and options give byte-identical files, sorted by path.
 */
export function generate(model: Model, options: GenerateOptions): GeneratedFile[] {
  if (!Object.prototype.hasOwnProperty.call(MODES, options.mode)) {
    throw new GenerationError("usage", `unknown mode "${options.mode}" (expected one of: ${MODE_NAMES.join(", ")})`);
  }
  return generateWithMode(model, MODES[options.mode]!, options);
}

/**
 * Runs one mode, whether listed in MODES or not (tests and experiments use this to try a
 * mode before registering it). `options.mode` is ignored.
 */
export function generateWithMode(model: Model, mode: GeneratorMode, options: GenerateOptions): GeneratedFile[] {
  const service = selectService(model, options.service);
  const packageName = options.packageName ?? `${kebabCase(nameOf(service.id))}-${mode.packageSuffix}`;
  checkPackageName(packageName);
  const packageVersion = options.packageVersion ?? "0.0.0";
  checkPackageVersion(packageVersion);

  const context: GenerationContext = {
    model,
    service,
    serviceName: nameOf(service.id),
    shapes: closureShapes(model, service.id),
    packageName,
    packageVersion,
    generatorVersion: options.generatorVersion,
    runtimeVersion: options.runtimeVersion ?? options.generatorVersion,
    protocol: options.protocol,
    nullability: options.nullability ?? mode.defaultNullability,
    renderer: TemplateRenderer.for(options.templates),
    header: generatedHeader(options.generatorVersion),
  };
  return mode.generate(context).slice().sort((a, b) => compareCodePoints(a.path, b.path));
}

/** The service to generate: the one named, or the model's only service. */
export function selectService(model: Model, id: string | undefined): Shape {
  const services = [...model.shapesOfType("service")].map((s) => s.id).sort(compareCodePoints);
  const listing = services.length === 0 ? "the model has no service shapes" : `services in the model: ${services.join(", ")}`;
  if (id !== undefined) {
    const shape = model.getTopLevel(id);
    if (shape?.type === "service") return shape;
    throw new GenerationError("usage", `${shape ? `${id} is a ${shape.type}, not a service` : `service ${id} is not in the model`} (${listing})`);
  }
  if (services.length === 1) return model.getTopLevel(services[0]!)!;
  throw new GenerationError(
    "usage",
    services.length === 0
      ? "the model has no service shape to generate"
      : `the model has ${services.length} services; choose one with --service (${listing})`,
  );
}

/** Top-level shapes reachable from the service, sorted by id, without prelude shapes and mixins. */
function closureShapes(model: Model, serviceId: string): Shape[] {
  const out: Shape[] = [];
  for (const s of shapeClosure(model, serviceId).values()) {
    if (s.type === "member" || isPreludeId(s.id) || s.traits.has(TRAIT.mixin)) continue;
    out.push(s);
  }
  return out.sort((a, b) => compareCodePoints(a.id, b.id));
}

/** "RestJson" -> "rest-json", "EC2Protocol" -> "ec2-protocol", "JsonRpc10" -> "json-rpc10". */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/_+/g, "-")
    .toLowerCase()
    .replace(/^-+|-+$/g, "");
}

const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

function checkPackageName(name: string): void {
  if (name.length > 214 || !PACKAGE_NAME.test(name)) {
    throw new GenerationError(
      "usage",
      `"${name}" is not a valid npm package name (lower case letters, digits, "-", ".", "_", "~", optionally "@scope/"; at most 214 characters)`,
    );
  }
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function checkPackageVersion(version: string): void {
  if (!SEMVER.test(version)) throw new GenerationError("usage", `"${version}" is not a valid package version (expected semver, e.g. 1.2.3)`);
}
