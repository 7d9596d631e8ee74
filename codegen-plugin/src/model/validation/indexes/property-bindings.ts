// Which members of a resource operation's input/output are resource properties (and under
// which property name), following Smithy's PropertyBindingIndex: identifiers and members
// with a @notProperty-marked trait are not properties; @nestedProperties moves the
// properties into the structure that member targets.
import { isNodeObject } from "../../node-value.js";
import type { MemberShape, Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { IdentifierBindingIndex } from "./identifier-bindings.js";
import { resourceOperationIds } from "./top-down.js";

export class PropertyBindingIndex {
  readonly #ctx: ValidationContext;
  readonly #notRequired = new Map<string, boolean>();
  readonly #propertyNames = new Map<string, string>();

  private constructor(ctx: ValidationContext) {
    this.#ctx = ctx;
    const notPropertyTraits = ctx.shapesWithTrait("smithy.api#notProperty")
      .filter((s) => s.traits.has("smithy.api#trait"))
      .map((s) => s.id);
    const identifiers = IdentifierBindingIndex.of(ctx);
    for (const resource of ctx.model.shapesOfType("resource")) {
      for (const opId of resourceOperationIds(resource)) {
        const op = ctx.shapeOfType(opId, "operation");
        if (!op) continue;
        const bindings = identifiers.bindings(resource, opId);
        this.#scan(resource, this.inputPropertiesShape(op), ctx.inputOf(op), bindings.input, notPropertyTraits);
        this.#scan(resource, this.outputPropertiesShape(op), ctx.outputOf(op), bindings.output, notPropertyTraits);
      }
    }
  }

  static of(ctx: ValidationContext): PropertyBindingIndex {
    return ctx.memo("propertyBindings", () => new PropertyBindingIndex(ctx));
  }

  #scan(
    resource: Shape,
    propertiesShape: Shape | undefined,
    ioShape: Shape | undefined,
    identifierBindings: ReadonlyMap<string, string>,
    notPropertyTraits: readonly string[],
  ): void {
    const boundMembers = new Set(identifierBindings.values());
    for (const member of propertiesShape?.members.values() ?? []) {
      const notRequired = boundMembers.has(member.memberName) || notPropertyTraits.some((t) => member.traits.has(t));
      this.#notRequired.set(member.id, notRequired);
      if (!notRequired || resource.properties.has(member.memberName)) {
        const property = member.traits.get("smithy.api#property");
        const name = isNodeObject(property) && typeof property["name"] === "string" ? property["name"] : member.memberName;
        this.#propertyNames.set(member.id, name);
      }
    }
    if (propertiesShape && ioShape && propertiesShape.id !== ioShape.id) {
      for (const member of ioShape.members.values()) this.#notRequired.set(member.id, true);
    }
  }

  propertyName(member: MemberShape): string | undefined {
    return this.#propertyNames.get(member.id);
  }

  /** The structure holding the operation's input properties (the @nestedProperties target, or the input). */
  inputPropertiesShape(operation: Shape): Shape | undefined {
    return this.#propertiesShape(this.#ctx.inputOf(operation));
  }

  outputPropertiesShape(operation: Shape): Shape | undefined {
    return this.#propertiesShape(this.#ctx.outputOf(operation));
  }

  #propertiesShape(structure: Shape | undefined): Shape | undefined {
    for (const member of structure?.members.values() ?? []) {
      if (!member.traits.has("smithy.api#nestedProperties")) continue;
      const target = this.#ctx.shapeOfType(member.target, "structure");
      if (target) return target;
    }
    return structure;
  }
}
