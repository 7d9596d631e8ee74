// `--mode types`: an npm package with a TypeScript type for every shape in the service
// closure, one module per shape under src/types/, re-exported from src/index.ts.
import { nameOf } from "../../model/shape-id.js";
import { SymbolTable } from "../naming/symbol-table.js";
import type { GeneratedFile } from "../options.js";
import { packageJson, tsconfigJson } from "../package/package-files.js";
import { moduleSpecifier } from "../render/imports.js";
import { packageOf, SourceFiles } from "../render/source-files.js";
import { TypeDeclarations } from "../types/type-declarations.js";
import { RUNTIME_MODULE } from "../types/type-expressions.js";
import type { GenerationContext, GeneratorMode } from "./mode.js";

const TYPES_DIR = "src/types";
const TYPES_INDEX = `${TYPES_DIR}/index.ts`;

export const typesMode: GeneratorMode = {
  name: "types",
  packageSuffix: "types",
  defaultNullability: "client",
  generate: generateTypesPackage,
};

function generateTypesPackage(ctx: GenerationContext): GeneratedFile[] {
  const declared = ctx.shapes.filter(TypeDeclarations.declares);
  const symbols = new SymbolTable(
    declared.map((s) => s.id),
    { nameOf: (id) => ctx.service.rename.get(id) ?? nameOf(id), directoryOf: () => TYPES_DIR, reservedFileNames: ["index"] },
  );
  const types = new TypeDeclarations({
    model: ctx.model,
    symbols,
    renderer: ctx.renderer,
    nullability: ctx.nullability,
    operations: ctx.shapes.filter((s) => s.type === "operation"),
  });

  const out = new SourceFiles(ctx.header);
  for (const shape of declared) {
    const symbol = symbols.symbol(shape.id);
    out.addTypeScript(symbol.file, [symbol.name], (scope) => types.render(shape, scope));
  }
  const exports = declared
    .map((s) => ({ ...types.exportOf(s), specifier: moduleSpecifier(TYPES_INDEX, symbols.symbol(s.id).file) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  out.addTypeScript(TYPES_INDEX, [], (scope) => ctx.renderer.render("types/index.hbs", { exports }, scope));
  out.addTypeScript("src/index.ts", [], (scope) => ctx.renderer.render("types/package-index.hbs", {}, scope));

  const runtimePackage = packageOf(RUNTIME_MODULE);
  const dependencies: Record<string, string> = {};
  for (const p of out.importedPackages()) {
    if (p !== runtimePackage) throw new Error(`types mode imported from unexpected package ${p}`);
    dependencies[p] = ctx.runtimeVersion;
  }
  out.addText(
    "package.json",
    packageJson({
      name: ctx.packageName,
      version: ctx.packageVersion,
      description: `TypeScript types for the Smithy service ${ctx.service.id}`,
      dependencies,
    }),
  );
  out.addText("tsconfig.json", tsconfigJson());
  const firstType = exports.find((e) => e.typeOnly) ?? exports[0];
  out.addText(
    "README.md",
    ctx.renderer.render(
      "types/README.md.hbs",
      {
        packageName: ctx.packageName,
        serviceId: ctx.service.id,
        serviceVersion: ctx.service.version ?? null,
        generatorVersion: ctx.generatorVersion,
        exampleType: firstType?.name ?? "SomeShape",
        nullability: ctx.nullability,
      },
    ),
  );
  return out.files();
}
