// Public surface of the generator core: `generate(model, options) -> GeneratedFile[]`, pure.
//
// How the pieces fit (see DESIGN.md section 8):
// - modes/: a GeneratorMode turns a GenerationContext (model, service, closure shapes sorted
//   by id, package name/version, nullability, template renderer, file header) into files.
//   Adding a mode = one module exporting a GeneratorMode + one line in modes/index.ts.
// - naming/: SymbolTable gives each shape one export name and one file (reserved words and
//   globals escaped, file names unique case-insensitively); derivedName() for companions
//   such as schema constants.
// - render/: SourceFiles collects a package's files; addTypeScript(path, locals, body) hands
//   body() an ImportScope. Code and templates get symbols through the scope (useType /
//   useValue, or {{importType "X" from="src/..ts"}} / {{importValue ...}} in templates) and
//   write the returned local name; the import block is built afterwards.
// - types/: TypeDeclarations renders a shape's TypeScript declaration with a nullability
//   mode (client or server), reusable by every mode.
// - schema/: SchemaLiterals renders runtime schema literals for shapes, operations, services.
export { generate, generateWithMode, selectService, kebabCase } from "./generate.js";
export { GenerationError, type GenerationErrorKind } from "./errors.js";
export type { GenerateOptions, GeneratedFile } from "./options.js";
export type { GenerationContext, GeneratorMode } from "./modes/mode.js";
export { MODES, MODE_NAMES } from "./modes/index.js";
export type { TemplateSource } from "./render/template-renderer.js";
export { TemplateRenderer } from "./render/template-renderer.js";
export { ImportScope, moduleSpecifier, relativePath, type ModuleRef } from "./render/imports.js";
export { SourceFiles } from "./render/source-files.js";
export { generatedHeader } from "./render/source-file.js";
export { SymbolTable, type ShapeSymbol, type SymbolTableOptions } from "./naming/symbol-table.js";
export { safeDeclarationName, propertyKey, objectLiteralKey, isIdentifierName } from "./naming/identifiers.js";
export { isReservedName } from "./naming/reserved-words.js";
export { TypeDeclarations, type DeclaredExport } from "./types/type-declarations.js";
export { TypeExpressions, RUNTIME_MODULE } from "./types/type-expressions.js";
export { isOptionalMember, type NullabilityMode } from "./types/nullability.js";
export {
  SchemaLiterals,
  schemaConstantName,
  schemaReferencesFromSymbols,
  type SchemaReferences,
  type SchemaTypeName,
} from "./schema/schema-literals.js";
export { memberSchemaTraits, shapeSchemaTraits, traitsLiteral } from "./schema/schema-traits.js";
export { literal } from "./schema/literal.js";
export { docComment, docLines, escapeCommentText, type DocLines } from "./types/docs.js";
