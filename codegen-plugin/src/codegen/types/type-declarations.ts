// The types layer: TypeScript declarations for shapes (interfaces for structures, tagged
// unions, open enums, aliases for lists, maps and simple shapes). Modes place declarations in
// files of their choosing; `types` mode gives each shape its own file, and the client and
// server modes reuse the same layer with their own nullability.
import type { Model } from "../../model/model.js";
import type { MemberShape, Shape } from "../../model/shape.js";
import { GenerationError } from "../errors.js";
import { objectLiteralKey, propertyKey } from "../naming/identifiers.js";
import type { SymbolTable } from "../naming/symbol-table.js";
import type { ImportScope } from "../render/imports.js";
import type { TemplateRenderer } from "../render/template-renderer.js";
import { TRAIT } from "../traits.js";
import { docComment, docLines, exampleParagraphs, type DocLines } from "./docs.js";
import { isOptionalMember, type NullabilityMode } from "./nullability.js";
import { TypeExpressions } from "./type-expressions.js";

export interface TypeDeclarationsOptions {
  readonly model: Model;
  readonly symbols: SymbolTable;
  readonly renderer: TemplateRenderer;
  readonly nullability: NullabilityMode;
  /** Operations whose @examples document their input and output structures. */
  readonly operations: readonly Shape[];
  /**
   * A mode's own type for some structure members (e.g. the client's streaming-blob types),
   * or undefined to keep the layer's. Optionality is still decided by the nullability mode.
   */
  readonly memberTypeOverride?: ((member: MemberShape, scope: ImportScope) => string | undefined) | undefined;
}

/** What a shape's declaration exports: enums are a value and a type, the rest types only. */
export interface DeclaredExport {
  readonly name: string;
  readonly typeOnly: boolean;
}

/**
 * Members of TypeScript's `Object` interface. Every object literal has them (inherited), so an
 * optional property with one of these names must also admit the inherited type, or `{}` would
 * not be assignable to the structure; and reading `obj.toString` on an object that lacks its
 * own member really does give the inherited function.
 */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
]);

/** The type an absent member named `name` has on a plain object: `never`, or the inherited one. */
function absentType(name: string): string {
  return OBJECT_MEMBERS.has(name) ? `Object[${JSON.stringify(name)}]` : "never";
}

interface MemberView {
  readonly doc: DocLines;
  readonly key: string;
  readonly optional: boolean;
  readonly type: string;
}

export class TypeDeclarations {
  readonly expressions: TypeExpressions;
  readonly #model: Model;
  readonly #symbols: SymbolTable;
  readonly #renderer: TemplateRenderer;
  readonly #nullability: NullabilityMode;
  readonly #examples = new Map<string, string[][]>();
  readonly #memberTypeOverride: TypeDeclarationsOptions["memberTypeOverride"];

  constructor(options: TypeDeclarationsOptions) {
    this.#memberTypeOverride = options.memberTypeOverride;
    this.#model = options.model;
    this.#symbols = options.symbols;
    this.#renderer = options.renderer;
    this.#nullability = options.nullability;
    this.expressions = new TypeExpressions(options.model, options.symbols);
    for (const op of options.operations) {
      for (const part of ["input", "output"] as const) {
        const target = op[part];
        if (target === undefined) continue;
        const paragraphs = exampleParagraphs(op, part);
        if (paragraphs.length > 0) this.#examples.set(target, [...(this.#examples.get(target) ?? []), ...paragraphs]);
      }
    }
  }

  /** Whether the layer declares anything for this shape (services, operations, resources: no). */
  static declares(shape: Shape): boolean {
    return !["service", "operation", "resource"].includes(shape.type);
  }

  exportOf(shape: Shape): DeclaredExport {
    return { name: this.#symbols.symbol(shape.id).name, typeOnly: shape.type !== "enum" && shape.type !== "intEnum" };
  }

  /**
   * Renders the declaration of `shape` into the file `scope` belongs to. The shape's export
   * name (or `declaredName`, when a mode declares the type under another name, such as the
   * fields of an error class) must already be declared as a local of that scope.
   */
  render(shape: Shape, scope: ImportScope, declaredName?: string): string {
    const name = declaredName ?? this.#symbols.symbol(shape.id).name;
    const doc = docLines(shape, { extra: this.#examples.get(shape.id) });
    switch (shape.type) {
      case "structure":
        return this.#renderer.render("types/structure.hbs", { doc, name, members: this.#structureMembers(shape, scope) }, scope);
      case "union":
        return this.#renderer.render("types/union.hbs", { doc, name, variants: this.#unionVariants(shape, scope) }, scope);
      case "enum":
      case "intEnum":
        return this.#renderer.render(
          "types/enum.hbs",
          { doc, name, values: this.#enumValues(shape), openType: shape.type === "enum" ? "string" : "number" },
          scope,
        );
      default:
        return this.#renderer.render("types/alias.hbs", { doc, name, type: this.expressions.definitionType(shape, scope) }, scope);
    }
  }

  #structureMembers(shape: Shape, scope: ImportScope): MemberView[] {
    return [...shape.members.values()].map((m) => {
      const optional = isOptionalMember(this.#model, m, this.#nullability);
      const type = this.#memberTypeOverride?.(m, scope) ?? this.expressions.memberType(m, scope);
      return {
        doc: this.#memberDoc(m),
        key: propertyKey(m.memberName),
        optional,
        type: optional && OBJECT_MEMBERS.has(m.memberName) ? `${type} | ${absentType(m.memberName)}` : type,
      };
    });
  }

  /**
   * One object type per member, each setting its own key and forbidding the others
   * (`other?: never`), so that exactly one member can be set and checking a key narrows the
   * union; plus the `$unknown` variant for members added to the model later.
   */
  #unionVariants(shape: Shape, scope: ImportScope): { doc: DocLines; type: string }[] {
    const names = [...shape.members.keys(), "$unknown"];
    const variant = (set: string, setType: string): string => {
      const fields = names.map((n) => (n === set ? `${propertyKey(n)}: ${setType}` : `${propertyKey(n)}?: ${absentType(n)}`));
      return `{ ${fields.join("; ")} }`;
    };
    const variants = [...shape.members.values()].map((m) => ({
      doc: this.#memberDoc(m),
      type: variant(m.memberName, this.expressions.memberType(m, scope)),
    }));
    variants.push({
      doc: docComment(["A member this version of the model does not know: its name and raw value."]),
      type: variant("$unknown", "[string, unknown]"),
    });
    return variants;
  }

  #enumValues(shape: Shape): { doc: DocLines; key: string; literal: string }[] {
    return [...shape.members.values()].map((m) => {
      const value = m.traits.get(TRAIT.enumValue);
      let literal: string;
      if (shape.type === "intEnum") {
        if (typeof value !== "number") throw new GenerationError("model", `intEnum member ${m.id} has no integer @enumValue`);
        literal = String(value);
      } else {
        if (value !== undefined && typeof value !== "string") throw new GenerationError("model", `enum member ${m.id} has a non-string @enumValue`);
        literal = JSON.stringify(value ?? m.memberName);
      }
      return { doc: docLines(m), key: objectLiteralKey(m.memberName), literal };
    });
  }

  /** A member's own documentation, or its target's when it has none. */
  #memberDoc(member: MemberShape): DocLines {
    return docLines(member, { fallback: this.#model.getTopLevel(member.target) });
  }
}
