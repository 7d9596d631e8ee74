// TypeScript type expressions for Smithy shapes, following the runtime's value mapping
// (ts-runtime/src/schema/schema.ts):
//   string -> string; enum / intEnum / legacy @enum string -> the generated open type;
//   byte, short, integer, long, float, double -> number; bigInteger -> bigint;
//   bigDecimal -> string; boolean -> boolean; timestamp -> Date; blob -> Uint8Array;
//   document -> DocumentValue (runtime); list / set -> T[] (sparse: (T | null)[]);
//   map -> Record<string, V> (sparse: V | null); structure / union -> the generated type;
//   smithy.api#Unit -> Record<string, never>; a member targeting an event stream union
//   -> AsyncIterable<Union>.
//
// Structures, unions and enums are referenced by name (imported through the file's
// ImportScope); lists and maps are written inline, which reads better at the use site
// (`tags?: Record<string, string>`), except when a list or map reaches itself without an
// intervening structure (invalid in Smithy, but must not loop here).
import type { Model } from "../../model/model.js";
import { isPreludeId, nameOf } from "../../model/shape-id.js";
import type { MemberShape, Shape, SimpleType } from "../../model/shape.js";
import { isNodeArray, isNodeObject } from "../../model/node-value.js";
import { GenerationError } from "../errors.js";
import type { SymbolTable } from "../naming/symbol-table.js";
import type { ImportScope } from "../render/imports.js";
import { TRAIT, UNIT_ID } from "../traits.js";

/** The versioned runtime entry point generated code imports from. */
export const RUNTIME_MODULE = "@smithy-ts/runtime/codegen-v1";

/** Simple prelude shapes by name, for models that were handed over without the prelude. */
const PRELUDE_SIMPLE: Readonly<Record<string, SimpleType>> = {
  String: "string", Blob: "blob", Boolean: "boolean", PrimitiveBoolean: "boolean",
  Byte: "byte", PrimitiveByte: "byte", Short: "short", PrimitiveShort: "short",
  Integer: "integer", PrimitiveInteger: "integer", Long: "long", PrimitiveLong: "long",
  Float: "float", PrimitiveFloat: "float", Double: "double", PrimitiveDouble: "double",
  BigInteger: "bigInteger", BigDecimal: "bigDecimal", Timestamp: "timestamp", Document: "document",
};

/** A rendered type; `compound` when it needs parentheses before `[]`. */
interface TypeExpr {
  readonly text: string;
  readonly compound: boolean;
}

const simple = (text: string): TypeExpr => ({ text, compound: false });

export class TypeExpressions {
  readonly #model: Model;
  readonly #symbols: SymbolTable;

  constructor(model: Model, symbols: SymbolTable) {
    this.#model = model;
    this.#symbols = symbols;
  }

  /** The type of a member's value (optionality is the caller's business). */
  memberType(member: MemberShape, scope: ImportScope): string {
    return this.#member(member, scope, []).text;
  }

  /** The type a reference to shape `id` is written as. */
  referenceType(id: string, scope: ImportScope): string {
    return this.#reference(id, scope, []).text;
  }

  /**
   * The right-hand side of a type alias declaring a list, map, simple or legacy-enum shape:
   * its structure spelled out rather than its own name.
   */
  definitionType(shape: Shape, scope: ImportScope): string {
    return this.#definition(shape, scope, [shape.id]).text;
  }

  /** Whether references to this shape use its generated name (rather than an inline type). */
  isNamedType(shape: Shape): boolean {
    switch (shape.type) {
      case "structure":
      case "union":
      case "enum":
      case "intEnum":
        return true;
      case "string":
        return shape.traits.has(TRAIT.enum);
      default:
        return false;
    }
  }

  #member(member: MemberShape, scope: ImportScope, inlining: readonly string[]): TypeExpr {
    const target = this.#model.getTopLevel(member.target);
    if (target?.type === "union" && target.traits.has(TRAIT.streaming)) {
      return simple(`AsyncIterable<${this.#reference(target.id, scope, inlining).text}>`);
    }
    return this.#reference(member.target, scope, inlining);
  }

  #reference(id: string, scope: ImportScope, inlining: readonly string[]): TypeExpr {
    if (id === UNIT_ID) return simple("Record<string, never>");
    const shape = this.#model.getTopLevel(id);
    if (!shape) {
      const preludeType = isPreludeId(id) ? PRELUDE_SIMPLE[nameOf(id)] : undefined;
      if (preludeType) return simpleType(preludeType, scope);
      throw new GenerationError("model", `shape ${id} is referenced but not defined in the model`);
    }
    if (this.isNamedType(shape) || ((shape.type === "list" || shape.type === "set" || shape.type === "map") && inlining.includes(id))) {
      const symbol = this.#symbols.symbol(id);
      return simple(scope.useType(symbol.name, symbol.file));
    }
    return this.#definition(shape, scope, [...inlining, id]);
  }

  #definition(shape: Shape, scope: ImportScope, inlining: readonly string[]): TypeExpr {
    switch (shape.type) {
      case "list":
      case "set": {
        const member = this.#requireMember(shape, "member");
        const element = this.#member(member, scope, inlining);
        if (shape.traits.has(TRAIT.sparse)) return simple(`(${element.text} | null)[]`);
        return simple(element.compound ? `(${element.text})[]` : `${element.text}[]`);
      }
      case "map": {
        const value = this.#member(this.#requireMember(shape, "value"), scope, inlining).text;
        return simple(`Record<string, ${shape.traits.has(TRAIT.sparse) ? `${value} | null` : value}>`);
      }
      case "string":
        return shape.traits.has(TRAIT.enum) ? legacyEnumType(shape) : simple("string");
      case "blob":
      case "boolean":
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "float":
      case "double":
      case "bigInteger":
      case "bigDecimal":
      case "timestamp":
      case "document":
        return simpleType(shape.type, scope);
      case "structure":
      case "union":
      case "enum":
      case "intEnum": {
        const symbol = this.#symbols.symbol(shape.id);
        return simple(scope.useType(symbol.name, symbol.file));
      }
      default:
        throw new GenerationError("model", `a member cannot target ${shape.type} shape ${shape.id}`);
    }
  }

  #requireMember(shape: Shape, name: string): MemberShape {
    const m = shape.members.get(name);
    if (!m) throw new GenerationError("model", `${shape.type} ${shape.id} has no "${name}" member`);
    return m;
  }
}

function simpleType(type: SimpleType, scope: ImportScope): TypeExpr {
  switch (type) {
    case "string":
    case "bigDecimal":
      return simple("string");
    case "boolean":
      return simple("boolean");
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
      return simple("number");
    case "bigInteger":
      return simple("bigint");
    case "timestamp":
      return simple("Date");
    case "blob":
      return simple("Uint8Array");
    case "document":
      return simple(scope.useType("DocumentValue", RUNTIME_MODULE));
  }
}

/** A string shape with the Smithy 1.0 @enum trait: the listed values, open to unknown ones. */
function legacyEnumType(shape: Shape): TypeExpr {
  const defs = shape.traits.get(TRAIT.enum);
  const values = isNodeArray(defs)
    ? defs.flatMap((d) => (isNodeObject(d) && typeof d["value"] === "string" ? [JSON.stringify(d["value"])] : []))
    : [];
  return { text: [...values, "(string & {})"].join(" | "), compound: true };
}
