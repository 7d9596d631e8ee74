// The generator options every generated package of this project shares: the real templates,
// and the versions of the in-repo generator and runtime (packages pin the runtime exactly).
import { readFileSync } from "node:fs";
import { readTemplates, TEMPLATES_DIR } from "../../../../codegen-plugin/src/cli/commands/generate-templates.js";
import type { TemplateSource } from "../../../../codegen-plugin/src/codegen/index.js";

function versionOf(packageJsonUrl: URL): string {
  const pkg = JSON.parse(readFileSync(packageJsonUrl, "utf8")) as { version?: unknown };
  if (typeof pkg.version !== "string") throw new Error(`${packageJsonUrl.pathname} has no version`);
  return pkg.version;
}

let templates: TemplateSource | undefined;

export function generatorOptions(): { generatorVersion: string; runtimeVersion: string; templates: TemplateSource } {
  templates ??= readTemplates(TEMPLATES_DIR);
  return {
    generatorVersion: versionOf(new URL("../../../../codegen-plugin/package.json", import.meta.url)),
    runtimeVersion: versionOf(new URL("../../../../ts-runtime/package.json", import.meta.url)),
    templates,
  };
}
