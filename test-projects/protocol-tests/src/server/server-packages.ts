// Generates one server package per service (`--mode server`, through the generator's own API)
// and records what the runner needs to drive it: the entry point, setter and schema names.
import { join } from "node:path";
import { generateWithMode } from "../../../../codegen-plugin/src/codegen/index.js";
import { ServerNames } from "../../../../codegen-plugin/src/codegen/server/index.js";
import { serverMode } from "../../../../codegen-plugin/src/codegen/modes/server-mode.js";
import type { Model } from "../../../../codegen-plugin/src/model/index.js";
import { packageDirName, writePackage } from "../generate/client-packages.js";
import { generatorOptions } from "../generate/generator-options.js";

/** What the server runner needs to build a generated service. */
export interface ServerPackageInfo {
  /** Absolute path of the package directory. */
  readonly dir: string;
  /** The exported entry point (`<Service>.builder(config)`). */
  readonly service: string;
  /** The exported config entry point (`<Service>Config.builder()`). */
  readonly config: string;
  /** The exported ServiceSchema constant. */
  readonly serviceSchema: string;
  /** Per operation id: its name in the service, its handler setter and its OperationSchema constant. */
  readonly operations: Readonly<Record<string, { readonly name: string; readonly handlerMethod: string; readonly schema: string }>>;
  /** Per error shape id: the exported error class and its StructureSchema constant. */
  readonly errors: Readonly<Record<string, { readonly className: string; readonly schema: string }>>;
}

/** Generates the server for `serviceId` into `<root>/<dir>` and describes its API. */
export function generateServerPackage(model: Model, serviceId: string, protocol: string, root: string): ServerPackageInfo {
  const dir = join(root, packageDirName(serviceId));
  let names: ServerNames | undefined;
  let errorIds: string[] = [];
  const files = generateWithMode(
    model,
    {
      ...serverMode,
      generate: (ctx) => {
        names = new ServerNames(ctx);
        errorIds = ctx.shapes.filter((s) => names!.isError(s.id)).map((s) => s.id);
        return serverMode.generate(ctx);
      },
    },
    { ...generatorOptions(), mode: "server", service: serviceId, protocol, packageName: `${packageDirName(serviceId)}-server` },
  );
  writePackage(dir, files);
  const n = names!;
  return {
    dir,
    service: n.service.service,
    config: n.service.config,
    serviceSchema: n.service.schema,
    operations: Object.fromEntries(n.operations.map((op) => [op.id, { name: op.name, handlerMethod: op.handlerMethod, schema: op.schema }])),
    errors: Object.fromEntries(errorIds.map((id) => [id, { className: n.symbols.symbol(id).name, schema: n.schemaName(id) }])),
  };
}
