// Generates one client package per service (`--mode client`, through the generator's own API)
// and records what the runner needs to call it: class, method and schema names.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateWithMode, kebabCase, type GeneratedFile } from "../../../../codegen-plugin/src/codegen/index.js";
import { ClientNames } from "../../../../codegen-plugin/src/codegen/client/index.js";
import { clientMode } from "../../../../codegen-plugin/src/codegen/modes/client-mode.js";
import type { Model } from "../../../../codegen-plugin/src/model/index.js";
import type { ClientPackageInfo } from "../manifest.js";
import { generatorOptions } from "./generator-options.js";

/** "aws.protocoltests.restjson#RestJson" -> "aws-protocoltests-restjson-rest-json". */
export function packageDirName(serviceId: string): string {
  const [namespace, name] = serviceId.split("#") as [string, string];
  return `${namespace.replace(/\./g, "-")}-${kebabCase(name)}`.toLowerCase();
}

/** Generates the client for `serviceId` into `<root>/<dir>` and describes its API. */
export function generateClientPackage(model: Model, serviceId: string, protocol: string, root: string): ClientPackageInfo {
  const dir = join(root, packageDirName(serviceId));
  let names: ClientNames | undefined;
  let errorIds: string[] = [];
  const files = generateWithMode(
    model,
    {
      ...clientMode,
      generate: (ctx) => {
        names = new ClientNames(ctx);
        errorIds = ctx.shapes.filter((s) => names!.isError(s.id)).map((s) => s.id);
        return clientMode.generate(ctx);
      },
    },
    { ...generatorOptions(), mode: "client", service: serviceId, protocol, packageName: `${packageDirName(serviceId)}-client` },
  );
  writePackage(dir, files);
  const n = names!;
  return {
    dir,
    client: n.service.client,
    serviceSchema: n.service.schema,
    operations: Object.fromEntries(n.operations.map((op) => [op.id, { method: op.method, schema: op.schema }])),
    errors: Object.fromEntries(errorIds.map((id) => [id, { className: n.symbols.symbol(id).name, schema: n.symbols.derivedName(id, "Schema") }])),
  };
}

export function writePackage(dir: string, files: readonly GeneratedFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
}
