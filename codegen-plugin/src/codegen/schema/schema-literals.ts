// Schema literals: readable TypeScript object literals that match the runtime's schema types
// (ts-runtime/src/schema/schema.ts) for shapes, operations and services. Modes decide where
// each schema constant lives; this module only renders the literals, asking `SchemaReferences`
// for the expression that names another shape's schema (registering the import).
//
// References to aggregate shapes (list, map, structure, union) are thunks (`() => FooSchema`)
// so that generated modules that import each other in a cycle still evaluate. Simple shapes and
// enums never refer to other shapes and are referenced directly. Prelude shapes use the
// runtime's constants (STRING, INTEGER, UNIT, ...).
import type { Model } from "../../model/model.js";
import type { NodeValue } from "../../model/node-value.js";
import { isNodeArray, isNodeObject } from "../../model/node-value.js";
import { isPreludeId, nameOf } from "../../model/shape-id.js";
import type { MemberShape, Shape } from "../../model/shape.js";
import { GenerationError } from "../errors.js";
import type { SymbolTable } from "../naming/symbol-table.js";
import type { ImportScope } from "../render/imports.js";
import { TRAIT, UNIT_ID } from "../traits.js";
import { RUNTIME_MODULE } from "../types/type-expressions.js";
import { literal } from "./literal.js";
import { memberSchemaTraits, shapeSchemaTraits, traitsLiteral, type SchemaTraitEntry } from "./schema-traits.js";

export interface SchemaReferences {
  /** The expression naming a non-prelude shape's schema constant, e.g. "FooSchema" (import registered). */
  schemaOf(shapeId: string, scope: ImportScope): string;
  /** For an error structure: the expression naming its generated error class, if there is one. */
  errorClassOf?(shapeId: string, scope: ImportScope): string | undefined;
}

/**
 * The usual placement: each shape's schema constant is named `<TypeName>Schema` (see
 * SymbolTable.derivedName) and lives in the file returned by `fileOf` (by default the file
 * declaring the shape's type).
 */
export function schemaReferencesFromSymbols(
  symbols: SymbolTable,
  fileOf: (shapeId: string) => string = (id) => symbols.symbol(id).file,
): SchemaReferences {
  return {
    schemaOf: (id, scope) => scope.useValue(schemaConstantName(symbols, id), fileOf(id)),
  };
}

/** The name of a shape's schema constant: "<TypeName>Schema" unless that collides. */
export function schemaConstantName(symbols: SymbolTable, id: string): string {
  return symbols.derivedName(id, "Schema");
}

/** Runtime constants for the prelude shapes, by shape name. */
const PRELUDE_CONSTANTS: Readonly<Record<string, string>> = {
  Blob: "BLOB", Boolean: "BOOLEAN", String: "STRING", Byte: "BYTE", Short: "SHORT", Integer: "INTEGER",
  Long: "LONG", Float: "FLOAT", Double: "DOUBLE", BigInteger: "BIG_INTEGER", BigDecimal: "BIG_DECIMAL",
  Timestamp: "TIMESTAMP", Document: "DOCUMENT", Unit: "UNIT",
};

/** Kinds of the prelude's `Primitive*` shapes, which have no runtime constant of their own. */
const PRELUDE_PRIMITIVES: Readonly<Record<string, string>> = {
  PrimitiveBoolean: "boolean", PrimitiveByte: "byte", PrimitiveShort: "short", PrimitiveInteger: "integer",
  PrimitiveLong: "long", PrimitiveFloat: "float", PrimitiveDouble: "double",
};

const SIMPLE_KINDS: ReadonlySet<string> = new Set([
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp", "document",
]);

/** The runtime type a shape's schema constant is declared with. */
export type SchemaTypeName =
  | "SimpleSchema" | "EnumSchema" | "IntEnumSchema" | "ListSchema" | "MapSchema" | "StructureSchema" | "UnionSchema";

export class SchemaLiterals {
  readonly #model: Model;
  readonly #refs: SchemaReferences;

  constructor(model: Model, refs: SchemaReferences) {
    this.#model = model;
    this.#refs = refs;
  }

  /** Whether a shape gets a schema constant (operations, services and resources do not). */
  static hasSchema(shape: Shape): boolean {
    return SIMPLE_KINDS.has(shape.type) || ["enum", "intEnum", "list", "set", "map", "structure", "union"].includes(shape.type);
  }

  schemaType(shape: Shape): SchemaTypeName {
    switch (shape.type) {
      case "enum": return "EnumSchema";
      case "intEnum": return "IntEnumSchema";
      case "list":
      case "set": return "ListSchema";
      case "map": return "MapSchema";
      case "structure": return "StructureSchema";
      case "union": return "UnionSchema";
      default:
        if (SIMPLE_KINDS.has(shape.type)) return "SimpleSchema";
        throw new GenerationError("model", `${shape.type} shape ${shape.id} has no schema`);
    }
  }

  /**
   * `export const <name>: <SchemaType> = <literal>;` for a shape, with the runtime type
   * imported. `name` is the constant's name, e.g. from `schemaReferencesFromSymbols`.
   */
  declaration(shape: Shape, name: string, scope: ImportScope): string {
    const type = scope.useType(this.schemaType(shape), RUNTIME_MODULE);
    return `export const ${name}: ${type} = ${this.shapeSchema(shape, scope)};\n`;
  }

  /** The literal describing `shape` (multi-line for shapes with members). */
  shapeSchema(shape: Shape, scope: ImportScope): string {
    const kind = `kind: ${JSON.stringify(shape.type === "set" ? "list" : shape.type)}`;
    const id = `id: ${JSON.stringify(shape.id)}`;
    const traitEntries = shapeSchemaTraits(shape.traits, shape.type === "set" && !shape.traits.has("smithy.api#uniqueItems") ? [["uniqueItems", true]] : []);
    const traits = `traits: ${traitsLiteral(traitEntries)}`;
    switch (shape.type) {
      case "enum":
      case "intEnum": {
        const values = [...shape.members.values()].map((m) => enumValue(shape, m));
        return `{ ${kind}, ${id}, ${traits}, values: ${literal(values)} }`;
      }
      case "list":
      case "set":
        return block([kind, id, traits, `member: ${this.memberSchema(requireMember(shape, "member"), scope)}`]);
      case "map":
        return block([
          kind,
          id,
          traits,
          `key: ${this.memberSchema(requireMember(shape, "key"), scope)}`,
          `value: ${this.memberSchema(requireMember(shape, "value"), scope)}`,
        ]);
      case "structure":
      case "union": {
        const members = [...shape.members.values()].map((m) => `    ${this.memberSchema(m, scope)},`);
        const lines = [kind, id, traits, members.length === 0 ? "members: []" : `members: [\n${members.join("\n")}\n  ]`];
        const errorClass = shape.type === "structure" && shape.traits.has(TRAIT.error) ? this.#refs.errorClassOf?.(shape.id, scope) : undefined;
        if (errorClass !== undefined) lines.push(`errorClass: () => ${errorClass}`);
        return block(lines);
      }
      default:
        if (SIMPLE_KINDS.has(shape.type)) return `{ ${kind}, ${id}, ${traits} }`;
        throw new GenerationError("model", `${shape.type} shape ${shape.id} has no schema`);
    }
  }

  /** `{ name: "x", target: STRING, traits: { required: true } }` with effective traits. */
  memberSchema(member: MemberShape, scope: ImportScope): string {
    const target = this.#model.getTopLevel(member.target);
    const traits = memberSchemaTraits(member.traits, target?.traits);
    return `{ name: ${JSON.stringify(member.memberName)}, target: ${this.targetRef(member.target, scope)}, traits: ${traitsLiteral(traits)} }`;
  }

  /** How a member or operation refers to the schema of shape `id`. */
  targetRef(id: string, scope: ImportScope): string {
    if (isPreludeId(id)) {
      const name = nameOf(id);
      const constant = PRELUDE_CONSTANTS[name];
      if (constant !== undefined) return scope.useValue(constant, RUNTIME_MODULE);
      const kind = PRELUDE_PRIMITIVES[name];
      if (kind !== undefined) {
        const dflt = this.#model.getTopLevel(id)?.traits.get("smithy.api#default");
        return `{ kind: ${JSON.stringify(kind)}, id: ${JSON.stringify(id)}, traits: ${traitsLiteral(dflt === undefined ? [] : [["default", dflt]])} }`;
      }
    }
    const shape = this.#model.getTopLevel(id);
    if (!shape) throw new GenerationError("model", `shape ${id} is referenced but not defined in the model`);
    const ref = this.#refs.schemaOf(id, scope);
    return ["list", "set", "map", "structure", "union"].includes(shape.type) ? `() => ${ref}` : ref;
  }

  /**
   * The OperationSchema literal. `service` supplies the operation's name after `rename`,
   * service-wide errors, @paginated defaults and auth schemes.
   */
  operationSchema(operation: Shape, service: Shape, scope: ImportScope): string {
    const errors = [...operation.errors, ...service.errors].map((e) => this.targetRef(e, scope));
    const lines = [
      `id: ${JSON.stringify(operation.id)}`,
      `name: ${JSON.stringify(service.rename.get(operation.id) ?? nameOf(operation.id))}`,
      `input: ${this.targetRef(operation.input ?? UNIT_ID, scope)}`,
      `output: ${this.targetRef(operation.output ?? UNIT_ID, scope)}`,
      `errors: [${errors.join(", ")}]`,
      `traits: ${traitsLiteral(this.#operationTraits(operation, service))}`,
    ];
    return block(lines);
  }

  /**
   * The ServiceSchema literal for one protocol. `operations` are the expressions naming the
   * operation schema constants, in the order the service should list them.
   */
  serviceSchema(service: Shape, protocolId: string, operations: readonly string[], scope: ImportScope): string {
    const protocolValue = service.traits.get(protocolId);
    if (protocolValue === undefined) {
      throw new GenerationError("usage", `service ${service.id} does not have the protocol trait ${protocolId}`);
    }
    const authSchemes = this.effectiveAuth(service, undefined).map((id) => ({ id, settings: objectOrEmpty(service.traits.get(id)) }));
    return block([
      `id: ${JSON.stringify(service.id)}`,
      `name: ${JSON.stringify(nameOf(service.id))}`,
      `version: ${JSON.stringify(service.version ?? "")}`,
      `protocol: ${literal({ id: protocolId, settings: objectOrEmpty(protocolValue) })}`,
      ...(service.traits.has("aws.protocols#awsQueryCompatible") ? ["awsQueryCompatible: true"] : []),
      `authSchemes: ${literal(authSchemes)}`,
      `errors: [${service.errors.map((e) => this.targetRef(e, scope)).join(", ")}]`,
      operations.length === 0 ? "operations: []" : `operations: [\n${operations.map((o) => `    ${o},`).join("\n")}\n  ]`,
    ]);
  }

  /**
   * Auth scheme trait ids in priority order: the operation's @auth, else the service's @auth,
   * else every auth-definition trait applied to the service, sorted by id.
   */
  effectiveAuth(service: Shape, operation: Shape | undefined): string[] {
    const listed = operation?.traits.get("smithy.api#auth") ?? service.traits.get("smithy.api#auth");
    if (isNodeArray(listed)) return listed.filter((v): v is string => typeof v === "string");
    return [...service.traits.keys()]
      .filter((id) => this.#model.getTopLevel(id)?.traits.has("smithy.api#authDefinition") === true)
      .sort();
  }

  #operationTraits(operation: Shape, service: Shape): SchemaTraitEntry[] {
    const t = operation.traits;
    const out: SchemaTraitEntry[] = [];
    const http = t.get("smithy.api#http");
    if (isNodeObject(http) && typeof http["method"] === "string" && typeof http["uri"] === "string") {
      out.push(["http", { method: http["method"], uri: http["uri"], code: typeof http["code"] === "number" ? http["code"] : 200 }]);
    }
    const endpoint = t.get("smithy.api#endpoint");
    if (isNodeObject(endpoint) && typeof endpoint["hostPrefix"] === "string") out.push(["endpointHostPrefix", endpoint["hostPrefix"]]);
    if (t.has("smithy.api#httpChecksumRequired")) out.push(["httpChecksumRequired", true]);
    const compression = t.get("smithy.api#requestCompression");
    if (isNodeObject(compression) && isNodeArray(compression["encodings"])) {
      out.push(["requestCompression", { encodings: compression["encodings"].filter((e) => typeof e === "string") }]);
    }
    if (t.has("smithy.api#idempotent")) out.push(["idempotent", true]);
    if (t.has("smithy.api#readonly")) out.push(["readonly", true]);
    const paginated = t.get("smithy.api#paginated");
    if (isNodeObject(paginated)) {
      const defaults = service.traits.get("smithy.api#paginated");
      const merged: Record<string, NodeValue> = {};
      for (const k of ["inputToken", "outputToken", "items", "pageSize"]) {
        const v = paginated[k] ?? (isNodeObject(defaults) ? defaults[k] : undefined);
        if (typeof v === "string") merged[k] = v;
      }
      out.push(["paginated", merged]);
    }
    const auth = this.effectiveAuth(service, operation);
    if (auth.length > 0) out.push(["auth", auth]);
    if (t.has("smithy.api#optionalAuth")) out.push(["optionalAuth", true]);
    const doc = t.get(TRAIT.documentation);
    if (typeof doc === "string") out.push(["documentation", doc]);
    return out;
  }
}

function enumValue(shape: Shape, m: MemberShape): NodeValue {
  const v = m.traits.get(TRAIT.enumValue);
  if (shape.type === "intEnum") {
    if (typeof v !== "number") throw new GenerationError("model", `intEnum member ${m.id} has no integer @enumValue`);
    return v;
  }
  return typeof v === "string" ? v : m.memberName;
}

function requireMember(shape: Shape, name: string): MemberShape {
  const m = shape.members.get(name);
  if (!m) throw new GenerationError("model", `${shape.type} ${shape.id} has no "${name}" member`);
  return m;
}

function objectOrEmpty(v: NodeValue | undefined): NodeValue {
  return isNodeObject(v) ? v : {};
}

/** A multi-line object literal with two-space indentation. */
function block(lines: readonly string[]): string {
  return `{\n${lines.map((l) => `  ${l},`).join("\n")}\n}`;
}
