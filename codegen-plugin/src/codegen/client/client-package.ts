// `--mode client`: a client package with the operation-first layout of DESIGN.md section 5
// (see client-names.ts for where every file goes). The generated code only declares things:
// types, schema literals, error classes, thin request builders and a Client subclass; the
// runtime does the work. Shared symbols (schemas, errors) are imported from
// @smithy-ts/runtime/codegen-v1, the client runtime from .../codegen-v1/client, and the
// protocol, auth schemes, interceptors and opt-in codecs from their own entry points under
// .../codegen-v1/, so a client never loads the server runtime nor code its model does not use.
import type { Model } from "../../model/model.js";
import { nameOf } from "../../model/shape-id.js";
import { isNodeArray, isNodeObject, type NodeValue } from "../../model/node-value.js";
import type { MemberShape, Shape } from "../../model/shape.js";
import type { GenerationContext } from "../modes/mode.js";
import type { GeneratedFile } from "../options.js";
import { packageJson, tsconfigJson } from "../package/package-files.js";
import type { ImportScope } from "../render/imports.js";
import { moduleSpecifier } from "../render/imports.js";
import { SourceFiles } from "../render/source-files.js";
import { protocolExpression, protocolNeeds, type ProtocolNeeds } from "../schema/protocol-options.js";
import { SchemaLiterals, type SchemaReferences } from "../schema/schema-literals.js";
import { TRAIT, UNIT_ID } from "../traits.js";
import { docComment, docLines, type DocLines } from "../types/docs.js";
import { isOptionalMember } from "../types/nullability.js";
import { TypeDeclarations } from "../types/type-declarations.js";
import { RUNTIME_MODULE } from "../types/type-expressions.js";
import { ClientNames, TYPES_DIR, type OperationNames } from "./client-names.js";
import {
  CLIENT_AUTH_MODULE,
  CLIENT_INTERCEPTORS_MODULE,
  CLIENT_RUNTIME_MODULE,
  builtInInterceptors,
  chooseProtocol,
  serviceAuth,
  type ProtocolChoice,
  type ServiceAuth,
} from "./client-protocol.js";
import { ExampleValues } from "./example-values.js";
import { fluentSetters } from "./fluent-setters.js";
import { clientReadme } from "./client-readme.js";
import { ERROR_CLASS_MEMBERS, errorMessageMember } from "../shared/error-members.js";

/** Where the default HTTP client comes from (node:http under Node, fetch elsewhere, by export conditions). */
export const DEFAULT_HTTP_CLIENT_MODULE = "@smithy-ts/runtime/default-http-client";

const CLIENT_FILE = "src/client.ts";
const CONFIG_FILE = "src/config.ts";
const ERROR_FILE = "src/error.ts";
const META_FILE = "src/meta.ts";
const PRIMITIVES_FILE = "src/primitives.ts";
const SERVICE_SCHEMA_FILE = "src/schema.ts";
const TYPES_INDEX = `${TYPES_DIR}/index.ts`;


/** Runtime error classes and types every client re-exports from src/error.ts, by runtime entry point. */
const RUNTIME_ERROR_EXPORTS: readonly { readonly module: string; readonly values: readonly string[]; readonly types: readonly string[] }[] = [
  { module: RUNTIME_MODULE, values: ["ConstructionError", "DispatchError", "ResponseError", "SdkError", "ServiceError", "TimeoutError"], types: ["ErrorKind", "ModeledErrorMeta", "ResponseMetadata"] },
  { module: CLIENT_RUNTIME_MODULE, values: ["AbortError", "AttemptTimeoutError"], types: [] },
];
const RUNTIME_PRIMITIVE_VALUES = ["ByteStream"];
const RUNTIME_PRIMITIVE_TYPES = ["DocumentValue", "StreamingBlobInput"];

export function generateClientPackage(ctx: GenerationContext): GeneratedFile[] {
  return new ClientPackage(ctx).files();
}

class ClientPackage {
  readonly #ctx: GenerationContext;
  readonly #model: Model;
  readonly #names: ClientNames;
  readonly #protocol: ProtocolChoice;
  readonly #auth: ServiceAuth;
  readonly #types: TypeDeclarations;
  readonly #schemas: SchemaLiterals;
  readonly #examples: ExampleValues;
  /** Structures that are some operation's output (streaming members read as ByteStream there). */
  readonly #outputs: ReadonlySet<string>;
  /** Whether the service's shapes need timestamp support or the lossless JSON reader. */
  readonly #needs: ProtocolNeeds;
  readonly #out: SourceFiles;

  constructor(ctx: GenerationContext) {
    this.#ctx = ctx;
    this.#model = ctx.model;
    this.#protocol = chooseProtocol(ctx.model, ctx.service, ctx.protocol);
    this.#auth = serviceAuth(ctx.model, ctx.service);
    this.#names = new ClientNames(ctx);
    const operations = ctx.shapes.filter((s) => s.type === "operation");
    this.#outputs = new Set(operations.flatMap((op) => (op.output === undefined ? [] : [op.output])));
    this.#needs = protocolNeeds(ctx.model, ctx.shapes);
    this.#types = new TypeDeclarations({
      model: ctx.model,
      symbols: this.#names.symbols,
      renderer: ctx.renderer,
      nullability: ctx.nullability,
      operations,
      memberTypeOverride: (member, scope) => this.#streamingType(member, scope),
    });
    const symbols = this.#names.symbols;
    const refs: SchemaReferences = {
      schemaOf: (id, scope) => scope.useValue(symbols.derivedName(id, "Schema"), symbols.symbol(id).file),
      // The class takes its typed fields; the runtime constructs it with the fields it read
      // through this very schema, which the schema's looser constructor type cannot express.
      errorClassOf: (id, scope) =>
        this.#names.isError(id)
          ? `${scope.useValue(symbols.symbol(id).name, symbols.symbol(id).file)} as unknown as ${scope.useType("ErrorConstructor", RUNTIME_MODULE)}`
          : undefined,
    };
    this.#schemas = new SchemaLiterals(ctx.model, refs);
    this.#examples = new ExampleValues(ctx.model);
    this.#out = new SourceFiles(ctx.header);
  }

  files(): GeneratedFile[] {
    const declared = this.#ctx.shapes.filter(TypeDeclarations.declares);
    for (const shape of declared) {
      if (this.#names.isError(shape.id)) this.#errorFile(shape);
      else this.#shapeFile(shape);
    }
    for (const op of this.#names.operations) this.#operationFiles(op);
    this.#typesIndex(declared);
    this.#serviceSchemaFile();
    this.#clientFile();
    this.#configFile();
    this.#errorModule();
    this.#metaFile();
    this.#primitivesFile();
    this.#packageIndex();
    this.#out.addText(
      "package.json",
      packageJson({
        name: this.#ctx.packageName,
        version: this.#ctx.packageVersion,
        description: `TypeScript client for the Smithy service ${this.#ctx.service.id}`,
        dependencies: { "@smithy-ts/runtime": this.#ctx.runtimeVersion },
      }),
    );
    this.#out.addText("tsconfig.json", tsconfigJson());
    this.#out.addText(
      "README.md",
      clientReadme({
        ctx: this.#ctx,
        names: this.#names,
        protocol: this.#protocol,
        auth: this.#auth,
        examples: this.#examples,
      }),
    );
    return this.#out.files();
  }

  // ------------------------------------------------------------------ shapes

  #schemaName(id: string): string {
    return this.#names.symbols.derivedName(id, "Schema");
  }

  /** A shape's type and its schema constant, in the file the symbol table gives it. */
  #shapeFile(shape: Shape): void {
    const symbol = this.#names.symbols.symbol(shape.id);
    const schemaName = this.#schemaName(shape.id);
    this.#out.addTypeScript(symbol.file, [symbol.name, schemaName], (scope) => {
      const type = this.#types.render(shape, scope);
      if (!SchemaLiterals.hasSchema(shape)) return type;
      return `${type}\n${this.#schemaDoc(shape)}${this.#schemas.declaration(shape, schemaName, scope)}`;
    });
  }

  #schemaDoc(shape: Shape): string {
    return `/** Runtime schema of \`${shape.id}\`. */\n`;
  }

  /** A modeled error: its fields type, its class (extending ServiceError) and its schema. */
  #errorFile(shape: Shape): void {
    const symbol = this.#names.symbols.symbol(shape.id);
    const fieldsName = this.#names.errorFields(shape.id);
    const schemaName = this.#schemaName(shape.id);
    this.#out.addTypeScript(symbol.file, [symbol.name, fieldsName, schemaName], (scope) => {
      const fieldsDecl = this.#types.render(shape, scope, fieldsName);
      const members = [...shape.members.values()]
        .filter((m) => !ERROR_CLASS_MEMBERS.has(m.memberName))
        .map((m) => {
          const optional = isOptionalMember(this.#model, m, this.#ctx.nullability);
          const type = this.#types.expressions.memberType(m, scope);
          return { doc: docLines(m, { fallback: this.#model.getTopLevel(m.target) }), key: m.memberName, optional, type: optional ? `${type} | undefined` : type };
        });
      const messageMember = errorMessageMember(this.#model, shape);
      const shapeName = symbol.name;
      const fault = shape.traits.get(TRAIT.error) === "server" ? "server" : "client";
      const view = {
        fieldsDecl,
        doc: docLines(shape),
        name: symbol.name,
        code: JSON.stringify(nameOf(shape.id)),
        base: scope.useValue("ServiceError", RUNTIME_MODULE),
        metaType: scope.useType("ModeledErrorMeta", RUNTIME_MODULE),
        fields: fieldsName,
        fieldsOptional: [...shape.members.values()].every((m) => isOptionalMember(this.#model, m, this.#ctx.nullability)),
        members,
        messageExpr: messageMember === undefined ? JSON.stringify(shapeName) : `fields.${messageMember} ?? ${JSON.stringify(shapeName)}`,
        shapeName: JSON.stringify(shapeName),
        fault: JSON.stringify(fault),
        schema: `${this.#schemaDoc(shape)}${this.#schemas.declaration(shape, schemaName, scope)}`,
      };
      return this.#ctx.renderer.render("client/error-class.hbs", view, scope);
    });
  }

  /** Streaming blobs are ByteStreams in outputs and anything streamable in inputs. */
  #streamingType(member: MemberShape, scope: ImportScope): string | undefined {
    const target = this.#model.getTopLevel(member.target);
    if (target?.type !== "blob" || !target.traits.has(TRAIT.streaming)) return undefined;
    return this.#outputs.has(member.container) ? scope.useType("ByteStream", RUNTIME_MODULE) : scope.useType("StreamingBlobInput", RUNTIME_MODULE);
  }

  #typesIndex(declared: readonly Shape[]): void {
    const inTypes = declared
      .map((s) => this.#names.symbols.symbol(s.id))
      .filter((s) => s.file.startsWith(`${TYPES_DIR}/`))
      .map((s) => moduleSpecifier(TYPES_INDEX, s.file))
      .sort();
    this.#out.addTypeScript(TYPES_INDEX, [], (scope) => this.#ctx.renderer.render("client/reexports.hbs", { modules: inTypes }, scope));
  }

  // ------------------------------------------------------------------ operations

  #operationFiles(names: OperationNames): void {
    const op = this.#model.getTopLevel(names.id)!;
    const inputId = op.input ?? UNIT_ID;
    const outputId = op.output ?? UNIT_ID;
    const ownFiles: string[] = [];
    for (const io of [inputId, outputId]) {
      if (io === UNIT_ID) continue;
      const file = this.#names.symbols.symbol(io).file;
      if (file.startsWith(`${names.dir}/`)) ownFiles.push(file);
    }

    // Error union.
    const errorFile = `${names.dir}/error.ts`;
    const errorIds = unique([...op.errors, ...this.#ctx.service.errors]);
    this.#out.addTypeScript(errorFile, [names.error], (scope) => {
      const members = errorIds.map((id) => scope.useType(this.#names.symbols.symbol(id).name, this.#names.symbols.symbol(id).file));
      return this.#ctx.renderer.render(
        "client/operation-error.hbs",
        {
          doc: docComment([
            `The modeled errors ${names.name} can fail with (its own, then the service's).`,
            "Any other failure is one of the runtime's SdkError kinds.",
          ]),
          name: names.error,
          union: members.length === 0 ? "never" : members.join(" | "),
        },
        scope,
      );
    });

    // Operation schema.
    const schemaFile = `${names.dir}/schema.ts`;
    this.#out.addTypeScript(schemaFile, [names.schema], (scope) => {
      const type = scope.useType("OperationSchema", RUNTIME_MODULE);
      return `/** Runtime schema of the ${names.name} operation (for \`client.send(${names.schema}, input)\`). */\nexport const ${names.schema}: ${type} = ${this.#schemas.operationSchema(op, this.#ctx.service, scope)};\n`;
    });

    // Request builder (and paginator).
    const requestFile = `${names.dir}/request.ts`;
    this.#out.addTypeScript(requestFile, [names.request], (scope) => {
      const inputType = this.#ioType(inputId, scope);
      const outputType = this.#ioType(outputId, scope);
      const input = inputId === UNIT_ID ? undefined : this.#model.getTopLevel(inputId);
      const setters = input === undefined ? [] : fluentSetters(this.#model, input, this.#types.expressions, (m) => this.#memberValueType(m, scope), scope);
      const paginated = this.#paginated(op, outputId, scope);
      const base = scope.useValue(paginated === undefined ? "OperationRequest" : "PaginatedOperationRequest", CLIENT_RUNTIME_MODULE);
      const typeArgs = [inputType, outputType, ...(paginated === undefined ? [] : [paginated.itemType])].join(", ");
      const lines = [`Builds and sends a ${names.name} call: set input members, then \`send()\`.`];
      if (paginated !== undefined) {
        lines.push("", `Paginated: \`paginate()\` iterates the pages (following \`${paginated.outputToken}\`)${paginated.items === undefined ? "" : ` and \`paginate().items()\` the \`${paginated.items}\` items`}.`);
      }
      return this.#ctx.renderer.render("client/request.hbs", { doc: docComment(lines), name: names.request, base, typeArgs, setters }, scope);
    });

    const modules = [...new Set([...ownFiles.map((f) => moduleSpecifier(`${names.dir}/index.ts`, f)), "./error.js", "./request.js", "./schema.js"])].sort();
    this.#out.addTypeScript(`${names.dir}/index.ts`, [], (scope) => this.#ctx.renderer.render("client/reexports.hbs", { modules }, scope));
  }

  /** The TypeScript type of an operation's input or output structure. */
  #ioType(id: string, scope: ImportScope): string {
    return this.#types.expressions.referenceType(id, scope);
  }

  /** The type of an input member's value (streaming members included). */
  #memberValueType(member: MemberShape, scope: ImportScope): string {
    return this.#streamingType(member, scope) ?? this.#types.expressions.memberType(member, scope);
  }

  /** @paginated with the service's defaults, and the type of one item when `items` is set. */
  #paginated(op: Shape, outputId: string, scope: ImportScope): { outputToken: string; items: string | undefined; itemType: string } | undefined {
    const own = op.traits.get("smithy.api#paginated");
    if (!isNodeObject(own)) return undefined;
    const defaults = this.#ctx.service.traits.get("smithy.api#paginated");
    const setting = (key: string): string | undefined => {
      const v: NodeValue | undefined = own[key] ?? (isNodeObject(defaults) ? defaults[key] : undefined);
      return typeof v === "string" ? v : undefined;
    };
    const outputToken = setting("outputToken");
    if (setting("inputToken") === undefined || outputToken === undefined) return undefined;
    const items = setting("items");
    return { outputToken, items, itemType: items === undefined ? "never" : this.#itemType(outputId, items, scope) };
  }

  /** The element type of the list (or `[key, value]` of the map) at a @paginated items path. */
  #itemType(outputId: string, path: string, scope: ImportScope): string {
    let structure = this.#model.getTopLevel(outputId);
    let member: MemberShape | undefined;
    for (const part of path.split(".")) {
      member = structure?.members.get(part);
      if (member === undefined) return "unknown";
      structure = this.#model.getTopLevel(member.target);
    }
    const collection = structure;
    if (collection === undefined) return "unknown";
    const sparse = collection.traits.has(TRAIT.sparse) ? " | null" : "";
    if (collection.type === "list" || collection.type === "set") {
      const element = collection.members.get("member");
      return element === undefined ? "unknown" : `${this.#types.expressions.memberType(element, scope)}${sparse}`;
    }
    if (collection.type === "map") {
      const value = collection.members.get("value");
      return value === undefined ? "unknown" : `[string, ${this.#types.expressions.memberType(value, scope)}${sparse}]`;
    }
    return "unknown";
  }

  // ------------------------------------------------------------------ package-level files

  #serviceSchemaFile(): void {
    const name = this.#names.service.schema;
    this.#out.addTypeScript(SERVICE_SCHEMA_FILE, [name], (scope) => {
      const operations = this.#names.operations.map((op) => scope.useValue(op.schema, `${op.dir}/schema.ts`));
      const type = scope.useType("ServiceSchema", RUNTIME_MODULE);
      return `/** Runtime schema of the ${this.#ctx.serviceName} service as this client speaks it (${this.#protocol.traitId}). */\nexport const ${name}: ${type} = ${this.#schemas.serviceSchema(this.#ctx.service, this.#protocol.traitId, operations, scope)};\n`;
    });
  }

  #clientFile(): void {
    const s = this.#names.service;
    this.#out.addTypeScript(CLIENT_FILE, [s.client], (scope) => {
      const operations = this.#names.operations.map((names) => {
        const op = this.#model.getTopLevel(names.id)!;
        const inputId = op.input ?? UNIT_ID;
        return {
          doc: this.#operationDoc(op, names),
          method: names.method,
          request: scope.useValue(names.request, `${names.dir}/request.ts`),
          schema: scope.useValue(names.schema, `${names.dir}/schema.ts`),
          inputType: inputId === UNIT_ID ? null : this.#ioType(inputId, scope),
        };
      });
      const view = {
        doc: docLines(this.#ctx.service, {
          extra: [[`A client for ${this.#ctx.service.id} over ${this.#protocol.traitId}. Each operation method returns a request`, "builder: set input members fluently or pass an input object, then `send()`."]],
        }),
        name: s.client,
        base: scope.useValue("Client", CLIENT_RUNTIME_MODULE),
        configType: scope.useType(s.config, CONFIG_FILE),
        serviceSchema: scope.useValue(s.schema, SERVICE_SCHEMA_FILE),
        protocol: this.#protocolExpression(scope),
        defaultHttpClient: scope.useValue("createDefaultHttpClient", DEFAULT_HTTP_CLIENT_MODULE),
        authSchemes: this.#auth.supported.map((a) => scope.useValue(a.runtimeSymbol, CLIENT_AUTH_MODULE)).join(", "),
        interceptors: builtInInterceptors(this.#ctx.shapes.filter((x) => x.type === "operation"))
          .map((i) => `${scope.useValue(i, CLIENT_INTERCEPTORS_MODULE)}()`)
          .join(", "),
        operations,
      };
      return this.#ctx.renderer.render("client/client.hbs", view, scope);
    });
  }

  /** The client half of the protocol, with the runtime's timestamp and lossless JSON code when the shapes need them. */
  #protocolExpression(scope: ImportScope): string {
    return protocolExpression(scope.useValue(this.#protocol.runtimeSymbol, this.#protocol.runtimeModule), this.#needs, scope);
  }

  /** A client method's TSDoc: the operation's documentation, @examples as calls, @deprecated. */
  #operationDoc(op: Shape, names: OperationNames): DocLines {
    const examples = op.traits.get(TRAIT.examples);
    const extra: string[][] = [];
    const input = op.input === undefined ? undefined : this.#model.getTopLevel(op.input);
    if (isNodeArray(examples)) {
      for (const ex of examples) {
        if (!isNodeObject(ex)) continue;
        const title = typeof ex["title"] === "string" ? ex["title"].replace(/\s*\n\s*/g, " ") : "Example";
        const lines = [`@example ${title}`];
        if (typeof ex["documentation"] === "string") lines.push(...ex["documentation"].split(/\r\n|\r|\n/).map((l) => l.trimEnd()));
        const value = input === undefined || ex["input"] === undefined ? "" : this.#examples.expression(input.id, ex["input"]);
        const call = `client.${names.method}(${value === "{}" ? "" : value}).send()`;
        lines.push("```ts");
        if (isNodeObject(ex["error"])) {
          const shapeId = ex["error"]["shapeId"];
          const errorName = typeof shapeId === "string" && this.#names.isError(shapeId) ? this.#names.symbols.symbol(shapeId).name : "ServiceError";
          lines.push(`await ${call}; // fails with ${errorName}`);
        } else {
          lines.push(`const output = await ${call};`);
        }
        lines.push("```");
        extra.push(lines);
      }
    }
    return docLines(op, { extra });
  }

  #configFile(): void {
    const s = this.#names.service;
    this.#out.addTypeScript(CONFIG_FILE, [s.config], (scope) => {
      const auth = this.#auth.supported.map((a) => {
        const identity = scope.useType(a.identity, CLIENT_RUNTIME_MODULE);
        const provider = scope.useType("IdentityProvider", CLIENT_RUNTIME_MODULE);
        return {
          doc: docComment([
            `Identity for ${a.traitId}: ${a.shorthand === "string" ? "a string, " : ""}${a.identity === "LoginIdentity" ? "`{ username, password }`" : `a ${a.identity}`}, or a function resolving one per attempt.`,
          ]),
          key: a.configKey,
          type: [...(a.shorthand === "string" ? ["string"] : []), identity, `${provider}<${identity}>`].join(" | "),
        };
      });
      const lines = [
        `Options for ${s.client}: endpoint, retries (maxAttempts, retryStrategy), timeouts (attemptTimeout,`,
        "operationTimeout), httpClient, interceptors, logger, and auth identities.",
      ];
      if (this.#auth.unsupported.length > 0) {
        lines.push("", `The service also declares ${this.#auth.unsupported.join(", ")}, which the runtime does not sign; pass an AuthScheme for it in \`authSchemes\` and its identity in \`identityProviders\`.`);
      }
      return this.#ctx.renderer.render(
        "client/config.hbs",
        { doc: docComment(lines), name: s.config, base: scope.useType("ClientConfig", CLIENT_RUNTIME_MODULE), auth },
        scope,
      );
    });
  }

  #errorModule(): void {
    const s = this.#names.service;
    const taken = this.#names.exportedNames();
    this.#out.addTypeScript(ERROR_FILE, [s.error], (scope) => {
      const errors = this.#ctx.shapes.filter((x) => this.#names.isError(x.id)).map((x) => scope.useType(this.#names.symbols.symbol(x.id).name, this.#names.symbols.symbol(x.id).file));
      return this.#ctx.renderer.render(
        "client/error.hbs",
        {
          reexports: RUNTIME_ERROR_EXPORTS.map((group) => ({
            module: group.module,
            values: group.values.filter((n) => !taken.has(n)).join(", "),
            types: group.types.filter((n) => !taken.has(n)).join(", "),
          })),
          name: s.error,
          union: errors.length === 0 ? "never" : errors.join(" | "),
        },
        scope,
      );
    });
  }

  #metaFile(): void {
    const name = this.#names.service.meta;
    this.#out.addTypeScript(META_FILE, [name], (scope) =>
      this.#ctx.renderer.render(
        "client/meta.hbs",
        {
          name,
          fields: [
            ["packageName", this.#ctx.packageName],
            ["packageVersion", this.#ctx.packageVersion],
            ["serviceId", this.#ctx.service.id],
            ["serviceVersion", this.#ctx.service.version ?? ""],
            ["protocol", this.#protocol.traitId],
            ["generatorVersion", this.#ctx.generatorVersion],
            ["runtimeVersion", this.#ctx.runtimeVersion],
          ].map(([key, value]) => ({ key, value: JSON.stringify(value) })),
        },
        scope,
      ),
    );
  }

  #primitivesFile(): void {
    const taken = this.#names.exportedNames();
    this.#out.addTypeScript(PRIMITIVES_FILE, [], (scope) =>
      this.#ctx.renderer.render(
        "client/primitives.hbs",
        {
          runtime: RUNTIME_MODULE,
          values: RUNTIME_PRIMITIVE_VALUES.filter((n) => !taken.has(n)).join(", "),
          types: RUNTIME_PRIMITIVE_TYPES.filter((n) => !taken.has(n)).join(", "),
        },
        scope,
      ),
    );
  }

  #packageIndex(): void {
    const s = this.#names.service;
    const modules = [
      ...this.#names.operations.map((op) => moduleSpecifier("src/index.ts", `${op.dir}/index.ts`)),
      moduleSpecifier("src/index.ts", TYPES_INDEX),
      "./error.js",
      "./primitives.js",
    ].sort();
    this.#out.addTypeScript("src/index.ts", [], (scope) =>
      this.#ctx.renderer.render(
        "client/index.hbs",
        { client: s.client, config: s.config, schema: s.schema, meta: s.meta, modules },
        scope,
      ),
    );
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
