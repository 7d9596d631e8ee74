// TraitBreakingChanges: each `breakingChanges` path of a trait definition must name members
// that exist ("member" for lists, "key"/"value" for maps, ...).
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject } from "../../node-value.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

export const traitBreakingChangesValidator: Validator = {
  id: "TraitBreakingChanges",
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const definition of ctx.traitDefinitions()) {
      if (definition.type === "member") continue;
      const trait = definition.traits.get("smithy.api#trait");
      const rules = isNodeObject(trait) && isNodeArray(trait["breakingChanges"]) ? trait["breakingChanges"] : [];
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        const path = isNodeObject(rule) ? rule["path"] : undefined;
        if (typeof path !== "string" || path === "") continue;
        const parts = pointerParts(path);
        let current: Shape | undefined = definition;
        for (const part of parts) {
          const previous: Shape = current!;
          const member = previous.members.get(part);
          current = member ? ctx.model.getTopLevel(member.target) : undefined;
          if (!current) {
            yield shapeEvent(
              "TraitBreakingChanges",
              "ERROR",
              definition,
              `Invalid trait breakingChanges element ${i}, '${path}', at segment '${part}': Evaluated shape ` +
                `\`${previous.id}\`, a ${previous.type}, has no member named \`${part}\``,
            );
            break;
          }
        }
      }
    }
  },
};

/** The unescaped segments of a JSON pointer ("/a/b~1c" -> ["a", "b/c"]). */
function pointerParts(pointer: string): string[] {
  const body = pointer.startsWith("/") ? pointer.slice(1) : pointer;
  return body.split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
