// Plugins and layers: functions applied once, at build time, that wrap services.
//
//   layer          wraps the whole service, routing included     (request) -> response
//   HTTP plugin    wraps one operation's HTTP-level service      (request, ctx) -> response
//   model plugin   wraps one operation's model-level service     (input, ctx) -> output
//
// Order: the first registered is the outermost, so on the way in requests pass through
// plugins in registration order (and responses in reverse). Per operation the stack is
//   HTTP plugins -> upgrade (deserialize, validate) -> model plugins -> handler
// A `...Custom` raw HTTP service gets no plugins (it replaces the whole operation stack);
// layers still wrap it.
import type { HttpOperationService, HttpService, ModelOperationService, OperationInfo } from "./types.js";

export type HttpPlugin = (next: HttpOperationService, operation: OperationInfo) => HttpOperationService;
export type ModelPlugin = (next: ModelOperationService, operation: OperationInfo) => ModelOperationService;
export type Layer = (next: HttpService) => HttpService;

/** Restricts a plugin to some operations, by name. Give `include` or `exclude`, not both. */
export type PluginScope<Name extends string = string> =
  | { readonly include: readonly Name[]; readonly exclude?: never }
  | { readonly exclude: readonly Name[]; readonly include?: never };

export interface ScopedPlugin<P> {
  readonly plugin: P;
  readonly scope: PluginScope | undefined;
}

export function inScope(scope: PluginScope | undefined, operationName: string): boolean {
  if (scope === undefined) return true;
  if (scope.include !== undefined) return scope.include.includes(operationName);
  return !scope.exclude.includes(operationName);
}

/** Operation names a scope mentions that the service does not have (typos from untyped code). */
export function unknownScopeNames(scope: PluginScope | undefined, known: ReadonlySet<string>): string[] {
  if (scope === undefined) return [];
  const names = scope.include ?? scope.exclude;
  return names.filter((n) => !known.has(n));
}

/** Wraps `service` so that `plugins[0]` is outermost. */
export function applyPlugins<S>(service: S, plugins: readonly ScopedPlugin<(next: S, operation: OperationInfo) => S>[], operation: OperationInfo): S {
  let wrapped = service;
  for (let i = plugins.length - 1; i >= 0; i--) {
    const { plugin, scope } = plugins[i]!;
    if (inScope(scope, operation.name)) wrapped = plugin(wrapped, operation);
  }
  return wrapped;
}
