// Loads a generated server package and builds services from it through its public API
// (`<Service>Config.builder()...build()`, `<Service>.builder(config).<setter>(handler)...build()`),
// with one handler per operation supplied by the caller.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { OperationSchema, ServiceSchema, StructureSchema } from "../runtime.js";
import type { ServerPackageInfo } from "./server-packages.js";
import type { ServerErrorReport, ServerLogger, Service } from "./server-runtime.js";

type GeneratedModule = Readonly<Record<string, unknown>>;

/** A handler as the runner writes it: untyped input, output or thrown error. */
export type AnyHandler = (input: Record<string, unknown>, ctx: unknown) => Promise<unknown>;

interface GeneratedBuilder {
  build(): Service;
  buildUnchecked(): Service;
}

interface GeneratedConfigBuilder {
  logger(logger: ServerLogger): GeneratedConfigBuilder;
  build(): unknown;
}

const modules = new Map<string, Promise<GeneratedModule>>();

export function loadServerPackage(info: ServerPackageInfo): Promise<GeneratedModule> {
  let loading = modules.get(info.dir);
  if (loading === undefined) {
    loading = import(pathToFileURL(join(info.dir, "src/index.ts")).href) as Promise<GeneratedModule>;
    modules.set(info.dir, loading);
  }
  return loading;
}

export function exported<T>(module: GeneratedModule, name: string): T {
  const value = module[name];
  if (value === undefined) throw new Error(`the generated package does not export ${name}`);
  return value as T;
}

/** Collects what the service logs, so a failing case can say why it answered 500. */
export class RecordingLogger implements ServerLogger {
  readonly errors: { message: string; report: ServerErrorReport }[] = [];
  readonly warnings: string[] = [];
  error(message: string, report: ServerErrorReport): void {
    this.errors.push({ message, report });
  }
  warn(message: string): void {
    this.warnings.push(message);
  }
  describe(): string {
    return this.errors.map((e) => `${e.message}: ${describeError(e.report.error)}`).join("; ");
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? "" : ` (cause: ${describeError(error.cause)})`;
  return `${error.name}: ${error.message}${cause}`;
}

export interface BuiltService {
  readonly service: Service;
  readonly logger: RecordingLogger;
  readonly schema: ServiceSchema;
}

/**
 * Builds the package's service with `handlerFor(operationId)` registered for every operation,
 * through the generated setters and the checked `build()`.
 */
export async function buildService(info: ServerPackageInfo, handlerFor: (operationId: string) => AnyHandler): Promise<BuiltService> {
  const module = await loadServerPackage(info);
  const logger = new RecordingLogger();
  const config = exported<{ builder(): GeneratedConfigBuilder }>(module, info.config).builder().logger(logger).build();
  let builder = exported<{ builder(config: unknown): GeneratedBuilder }>(module, info.service).builder(config);
  for (const [operationId, names] of Object.entries(info.operations)) {
    const setter = (builder as unknown as Record<string, unknown>)[names.handlerMethod];
    if (typeof setter !== "function") throw new Error(`the generated builder has no setter ${names.handlerMethod}`);
    builder = (setter as (handler: AnyHandler) => GeneratedBuilder).call(builder, handlerFor(operationId));
  }
  return { service: builder.build(), logger, schema: exported<ServiceSchema>(module, info.serviceSchema) };
}

export async function operationSchema(info: ServerPackageInfo, operationId: string): Promise<OperationSchema> {
  const names = info.operations[operationId];
  if (names === undefined) throw new Error(`the server package ${info.dir} has no operation ${operationId}`);
  return exported<OperationSchema>(await loadServerPackage(info), names.schema);
}

export async function errorClass(info: ServerPackageInfo, errorId: string): Promise<{ readonly construct: new (fields: unknown) => Error; readonly schema: StructureSchema }> {
  const names = info.errors[errorId];
  if (names === undefined) throw new Error(`the server package ${info.dir} has no error class for ${errorId}`);
  const module = await loadServerPackage(info);
  return { construct: exported<new (fields: unknown) => Error>(module, names.className), schema: exported<StructureSchema>(module, names.schema) };
}
