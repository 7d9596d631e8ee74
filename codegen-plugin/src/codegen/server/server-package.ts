// `--mode server`: a server package for one service and protocol (see server-names.ts for
// where every file goes). The generated code only declares things: types in server
// nullability, schema literals, modeled error classes, per-operation types and a typed
// builder around the runtime's ServiceBuilder; @smithy-ts/runtime does the work (routing,
// deserialization, validation, plugins, serialization). Shared symbols (schemas, errors) are
// imported from @smithy-ts/runtime/codegen-v1, the server runtime from .../codegen-v1/server,
// and the protocol and opt-in codecs from their own entry points under .../codegen-v1/, so a
// server never loads the client runtime.
import type { Model } from "../../model/model.js";
import { isNodeArray, isNodeObject } from "../../model/node-value.js";
import { nameOf } from "../../model/shape-id.js";
import type { MemberShape, Shape } from "../../model/shape.js";
import type { GenerationContext } from "../modes/mode.js";
import type { GeneratedFile } from "../options.js";
import { packageJson, tsconfigJson } from "../package/package-files.js";
import { propertyKey } from "../naming/identifiers.js";
import { moduleSpecifier, type ImportScope } from "../render/imports.js";
import { SourceFiles } from "../render/source-files.js";
import { literal } from "../schema/literal.js";
import { protocolExpression, protocolNeeds, type ProtocolNeeds } from "../schema/protocol-options.js";
import { SchemaLiterals, type SchemaReferences } from "../schema/schema-literals.js";
import { shapeSchemaTraits, traitsLiteral } from "../schema/schema-traits.js";
import { chooseProtocol, type ProtocolChoice } from "../shared/protocol-choice.js";
import { TRAIT, UNIT_ID } from "../traits.js";
import { docComment, docLines } from "../types/docs.js";
import { isOptionalMember } from "../types/nullability.js";
import { TypeDeclarations } from "../types/type-declarations.js";
import { RUNTIME_MODULE } from "../types/type-expressions.js";
import { serverReadme } from "./server-readme.js";
import { checkRoutes } from "./server-routes.js";
import {
  OPERATIONS_DIR,
  RUNTIME_REEXPORTS_FILE,
  SERVICE_FILE,
  SERVICE_SCHEMA_FILE,
  ServerNames,
  TYPES_DIR,
  type ServerOperationNames,
} from "./server-names.js";
import { ERROR_CLASS_MEMBERS, errorMessageMember } from "../shared/error-members.js";

/**
 * The runtime's server entry point: the server runtime and the server half of each protocol
 * (shared symbols such as schemas and errors come from RUNTIME_MODULE). Nothing in it loads
 * client code.
 */
export const SERVER_RUNTIME_MODULE = "@smithy-ts/runtime/codegen-v1/server";

/** Protocols the runtime serves: trait id -> the server half's export. */
export const SERVER_PROTOCOLS: ReadonlyMap<string, string> = new Map([
  ["aws.protocols#restJson1", "restJson1Server"],
  ["aws.protocols#awsJson1_0", "awsJson1_0Server"],
  ["aws.protocols#awsJson1_1", "awsJson1_1Server"],
]);

/** The runtime entry point exporting each server half. */
const SERVER_PROTOCOL_MODULES: Readonly<Record<string, string>> = {
  restJson1Server: "@smithy-ts/runtime/codegen-v1/rest-json1-server",
  awsJson1_0Server: "@smithy-ts/runtime/codegen-v1/aws-json-server",
  awsJson1_1Server: "@smithy-ts/runtime/codegen-v1/aws-json-server",
};

const INTERNAL_TRAIT = "smithy.api#internal";


/** Runtime symbols the package re-exports for handler and plugin authors, by runtime entry point. */
const RUNTIME_EXPORTS: readonly { readonly module: string; readonly values: readonly string[]; readonly types: readonly string[] }[] = [
  { module: RUNTIME_MODULE, values: ["ServiceError"], types: ["DocumentValue"] },
  {
    module: SERVER_RUNTIME_MODULE,
    values: ["ExtensionKey", "MissingOperationsError", "ServiceConfigBuilder"],
    types: [
      "HandlerContext", "HttpOperationService", "HttpPlugin", "Layer", "ModelOperationService", "ModelPlugin",
      "OperationInfo", "PluginScope", "ServerLimits", "ServerLogger", "ServerRequest", "Service", "ServiceConfig",
    ],
  },
];

export function generateServerPackage(ctx: GenerationContext): GeneratedFile[] {
  return new ServerPackage(ctx).files();
}

class ServerPackage {
  readonly #ctx: GenerationContext;
  readonly #model: Model;
  readonly #names: ServerNames;
  readonly #protocol: ProtocolChoice;
  readonly #types: TypeDeclarations;
  readonly #schemas: SchemaLiterals;
  /** Structures that are some operation's input (streaming members arrive as a ByteStream there). */
  readonly #inputs: ReadonlySet<string>;
  /** Whether the service's shapes need timestamp support or the lossless JSON reader. */
  readonly #needs: ProtocolNeeds;
  readonly #out: SourceFiles;

  constructor(ctx: GenerationContext) {
    this.#ctx = ctx;
    this.#model = ctx.model;
    this.#protocol = chooseProtocol(ctx.model, ctx.service, ctx.protocol, SERVER_PROTOCOLS, "server mode");
    this.#names = new ServerNames(ctx);
    const operations = this.#names.operations.map((op) => ctx.model.getTopLevel(op.id)!);
    checkRoutes(this.#protocol.traitId, ctx.service, operations);
    this.#inputs = new Set(operations.flatMap((op) => (op.input === undefined ? [] : [op.input])));
    this.#needs = protocolNeeds(ctx.model, ctx.shapes);
    this.#types = new TypeDeclarations({
      model: ctx.model,
      symbols: this.#names.symbols,
      renderer: ctx.renderer,
      nullability: ctx.nullability,
      operations,
      memberTypeOverride: (member, scope) => this.#streamingType(member, scope),
    });
    const names = this.#names;
    const refs: SchemaReferences = {
      schemaOf: (id, scope) => scope.useValue(names.schemaName(id), names.symbols.symbol(id).file),
      // The class takes its typed fields; the runtime constructs it (ValidationException) with
      // fields it checked against this very schema, which the looser constructor type of the
      // schema cannot express.
      errorClassOf: (id, scope) =>
        names.isError(id)
          ? `${scope.useValue(names.symbols.symbol(id).name, names.symbols.symbol(id).file)} as unknown as ${scope.useType("ErrorConstructor", RUNTIME_MODULE)}`
          : undefined,
    };
    this.#schemas = new SchemaLiterals(ctx.model, refs);
    this.#out = new SourceFiles(ctx.header);
  }

  files(): GeneratedFile[] {
    const declared = this.#ctx.shapes.filter(TypeDeclarations.declares);
    for (const shape of declared) {
      if (this.#names.isError(shape.id)) this.#errorFile(shape);
      else this.#shapeFile(shape);
    }
    for (const op of this.#names.operations) this.#operationFile(op);
    this.#reexports(`${TYPES_DIR}/index.ts`, declared.map((s) => this.#names.symbols.symbol(s.id).file));
    this.#reexports(`${OPERATIONS_DIR}/index.ts`, this.#names.operations.map((op) => op.file));
    this.#serviceSchemaFile();
    this.#serviceFile();
    this.#runtimeFile();
    this.#out.addTypeScript("src/index.ts", [], (scope) =>
      this.#ctx.renderer.render(
        "server/index.hbs",
        { service: this.#names.service.service, modules: ["./operation/index.js", "./runtime.js", "./schema.js", "./service.js", "./types/index.js"] },
        scope,
      ),
    );
    this.#out.addText(
      "package.json",
      packageJson({
        name: this.#ctx.packageName,
        version: this.#ctx.packageVersion,
        description: `TypeScript server for the Smithy service ${this.#ctx.service.id}`,
        dependencies: { "@smithy-ts/runtime": this.#ctx.runtimeVersion },
      }),
    );
    this.#out.addText("tsconfig.json", tsconfigJson());
    this.#out.addText("README.md", serverReadme({ ctx: this.#ctx, names: this.#names, protocol: this.#protocol }));
    return this.#out.files();
  }

  // ------------------------------------------------------------------ shapes

  /** A shape's type and its schema constant, in the file the symbol table gives it. */
  #shapeFile(shape: Shape): void {
    const symbol = this.#names.symbols.symbol(shape.id);
    const schemaName = this.#names.schemaName(shape.id);
    this.#out.addTypeScript(symbol.file, [symbol.name, schemaName], (scope) => {
      const type = this.#types.render(shape, scope);
      const doc = `/** Runtime schema of \`${shape.id}\`. */\n`;
      const values = enumValues(shape);
      if (values === undefined) return `${type}\n${doc}${this.#schemas.declaration(shape, schemaName, scope)}`;
      // Enums get their own literal: validation lists the allowed values in its messages, and
      // values the model marks internal must not be advertised (nor accepted).
      const schemaType = scope.useType(shape.type === "intEnum" ? "IntEnumSchema" : "EnumSchema", RUNTIME_MODULE);
      const kind = shape.type === "intEnum" ? "intEnum" : "enum";
      const traits = traitsLiteral(shapeSchemaTraits(shape.traits));
      return `${type}\n${doc}export const ${schemaName}: ${schemaType} = { kind: ${JSON.stringify(kind)}, id: ${JSON.stringify(shape.id)}, traits: ${traits}, values: ${literal(values)} };\n`;
    });
  }

  /** A modeled error: its fields type, the class handlers throw, and its schema. */
  #errorFile(shape: Shape): void {
    const symbol = this.#names.symbols.symbol(shape.id);
    const fieldsName = this.#names.errorFields(shape.id);
    const schemaName = this.#names.schemaName(shape.id);
    this.#out.addTypeScript(symbol.file, [symbol.name, fieldsName, schemaName], (scope) => {
      const fieldsDecl = this.#types.render(shape, scope, fieldsName);
      const optional = (m: MemberShape): boolean => isOptionalMember(this.#model, m, this.#ctx.nullability);
      const members = [...shape.members.values()]
        .filter((m) => !ERROR_CLASS_MEMBERS.has(m.memberName))
        .map((m) => {
          const type = this.#types.expressions.memberType(m, scope);
          return { doc: docLines(m, { fallback: this.#model.getTopLevel(m.target) }), key: m.memberName, optional: optional(m), type: optional(m) ? `${type} | undefined` : type };
        });
      const messageMember = errorMessageMember(this.#model, shape);
      const fallbackMessage = JSON.stringify(symbol.name);
      const view = {
        fieldsDecl,
        doc: docLines(shape),
        name: symbol.name,
        shapeName: JSON.stringify(nameOf(shape.id)),
        base: scope.useValue("ServiceError", RUNTIME_MODULE),
        fields: fieldsName,
        fieldsOptional: [...shape.members.values()].every(optional),
        members,
        messageExpr: messageExpression(shape, messageMember, fallbackMessage, optional),
        code: JSON.stringify(nameOf(shape.id)),
        fault: JSON.stringify(shape.traits.get(TRAIT.error) === "server" ? "server" : "client"),
        schema: `/** Runtime schema of \`${shape.id}\`. */\n${this.#schemas.declaration(shape, schemaName, scope)}`,
      };
      return this.#ctx.renderer.render("server/error-class.hbs", view, scope);
    });
  }

  /** Streaming blobs arrive in inputs as a ByteStream; outputs may give anything streamable. */
  #streamingType(member: MemberShape, scope: ImportScope): string | undefined {
    const target = this.#model.getTopLevel(member.target);
    if (target?.type !== "blob" || !target.traits.has(TRAIT.streaming)) return undefined;
    return this.#inputs.has(member.container) ? scope.useType("ByteStream", RUNTIME_MODULE) : scope.useType("StreamingBlobInput", RUNTIME_MODULE);
  }

  #reexports(file: string, targets: readonly string[]): void {
    const modules = [...new Set(targets)].map((t) => moduleSpecifier(file, t)).sort();
    this.#out.addTypeScript(file, [], (scope) => this.#ctx.renderer.render("server/reexports.hbs", { modules }, scope));
  }

  // ------------------------------------------------------------------ operations

  #operationFile(names: ServerOperationNames): void {
    const op = this.#model.getTopLevel(names.id)!;
    const errorIds = [...new Set([...op.errors, ...this.#ctx.service.errors])];
    const locals = [names.schema, names.operation, names.handler, names.operationService, names.error];
    this.#out.addTypeScript(names.file, locals, (scope) => {
      const errors = errorIds.map((id) => {
        const s = this.#names.symbols.symbol(id);
        return scope.useType(s.name, s.file);
      });
      const nameLiteral = JSON.stringify(names.name);
      const view = {
        name: names.name,
        nameLiteral,
        doc: docLines(op),
        schema: names.schema,
        schemaType: scope.useType("OperationSchema", RUNTIME_MODULE),
        schemaLiteral: this.#schemas.operationSchema(op, this.#ctx.service, scope),
        operation: names.operation,
        operationShape: scope.useType("OperationShape", SERVER_RUNTIME_MODULE),
        input: this.#types.expressions.referenceType(op.input ?? UNIT_ID, scope),
        output: this.#types.expressions.referenceType(op.output ?? UNIT_ID, scope),
        error: names.error,
        errorUnion: errors.length === 0 ? "never" : errors.join(" | "),
        handler: names.handler,
        handlerType: scope.useType("Handler", SERVER_RUNTIME_MODULE),
        operationService: names.operationService,
        operationServiceType: scope.useType("OperationService", SERVER_RUNTIME_MODULE),
      };
      return this.#ctx.renderer.render("server/operation.hbs", view, scope);
    });
  }

  // ------------------------------------------------------------------ service

  #serviceSchemaFile(): void {
    const schema = this.#names.service.schema;
    this.#out.addTypeScript(SERVICE_SCHEMA_FILE, [schema], (scope) => {
      const operations = this.#names.operations.map((op) => scope.useValue(op.schema, op.file));
      const type = scope.useType("ServiceSchema", RUNTIME_MODULE);
      const body = this.#schemas.serviceSchema(this.#ctx.service, this.#protocol.traitId, operations, scope);
      return `/** Runtime schema of \`${this.#ctx.service.id}\` served with ${this.#protocol.traitId}: what the router, protocol and validation work from. */\nexport const ${schema}: ${type} = ${body};\n`;
    });
  }

  #serviceFile(): void {
    const s = this.#names.service;
    this.#out.addTypeScript(SERVICE_FILE, [s.service, s.builder, s.config, s.operations, s.operationName], (scope) => {
      const operations = this.#names.operations.map((op) => {
        const model = this.#model.getTopLevel(op.id)!;
        const doc = docLines(model);
        return {
          ...op,
          nameLiteral: JSON.stringify(op.name),
          key: propertyKey(op.name),
          operationType: scope.useType(op.operation, op.file),
          handlerType: scope.useType(op.handler, op.file),
          operationServiceType: scope.useType(op.operationService, op.file),
          handlerDoc: docComment([...(doc?.lines ?? [`Implements ${op.name}.`]), "", `Registers a function as the implementation of ${op.name} (replacing any earlier registration).`]),
        };
      });
      const view = {
        serviceId: this.#ctx.service.id,
        serviceDoc: docLines(this.#ctx.service),
        names: s,
        operations,
        hasOperations: operations.length > 0,
        schema: scope.useValue(s.schema, SERVICE_SCHEMA_FILE),
        protocol: this.#protocolExpression(scope),
        protocolId: this.#protocol.traitId,
        serviceBuilder: scope.useValue("ServiceBuilder", SERVER_RUNTIME_MODULE),
        configBuilder: scope.useValue("ServiceConfigBuilder", SERVER_RUNTIME_MODULE),
        serviceConfig: scope.useType("ServiceConfig", SERVER_RUNTIME_MODULE),
        service: scope.useType("Service", SERVER_RUNTIME_MODULE),
        // Imported only when some setter uses it (noUnusedLocals).
        httpOperationService: operations.length === 0 ? "" : scope.useType("HttpOperationService", SERVER_RUNTIME_MODULE),
      };
      return this.#ctx.renderer.render("server/service.hbs", view, scope);
    });
  }

  /** The server half of the protocol, with the runtime's timestamp and lossless JSON code when the shapes need them. */
  #protocolExpression(scope: ImportScope): string {
    const symbol = this.#protocol.runtimeSymbol;
    return protocolExpression(scope.useValue(symbol, SERVER_PROTOCOL_MODULES[symbol]!), this.#needs, scope);
  }

  #runtimeFile(): void {
    const taken = this.#names.exportedNames();
    const reexports = RUNTIME_EXPORTS.map((group) => ({
      module: group.module,
      values: group.values.filter((n) => !taken.has(n)).join(", "),
      types: group.types.filter((n) => !taken.has(n)).join(", "),
    }));
    this.#out.addTypeScript(RUNTIME_REEXPORTS_FILE, [], (scope) =>
      this.#ctx.renderer.render("server/runtime.hbs", { reexports, empty: reexports.every((r) => r.values === "" && r.types === "") }, scope),
    );
  }
}

/** The message an error instance carries: its message member, else the shape's name. */
function messageExpression(shape: Shape, member: string | undefined, fallback: string, optional: (m: MemberShape) => boolean): string {
  if (member === undefined) return fallback;
  return optional(shape.members.get(member)!) ? `fields.${member} ?? ${fallback}` : `fields.${member}`;
}

/**
 * The values an enum accepts and lists in validation messages, or undefined for shapes that
 * are not enums: enum and intEnum members without @internal, and the entries of a legacy
 * @enum string not tagged "internal".
 */
function enumValues(shape: Shape): (string | number)[] | undefined {
  if (shape.type === "enum" || shape.type === "intEnum") {
    const out: (string | number)[] = [];
    for (const m of shape.members.values()) {
      if (m.traits.has(INTERNAL_TRAIT)) continue;
      const v = m.traits.get(TRAIT.enumValue);
      if (typeof v === "number" || typeof v === "string") out.push(v);
      else if (shape.type === "enum") out.push(m.memberName);
    }
    return out;
  }
  if (shape.type !== "string") return undefined;
  const definitions = shape.traits.get(TRAIT.enum);
  if (!isNodeArray(definitions)) return undefined;
  return definitions.flatMap((d) => {
    if (!isNodeObject(d) || typeof d["value"] !== "string") return [];
    const tags = d["tags"];
    return isNodeArray(tags) && tags.includes("internal") ? [] : [d["value"]];
  });
}
