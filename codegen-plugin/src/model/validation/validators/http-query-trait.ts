// HttpQueryTrait: two members of a structure must not bind the same query parameter, nor a
// parameter that the operation's URI already sets literally.
import type { ValidationEvent } from "../../events.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import { httpTrait } from "../indexes/http.js";
import type { Validator } from "../validator.js";

const ID = "HttpQueryTrait";
const QUERY = "smithy.api#httpQuery";

export const httpQueryTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const byStructure = new Map<Shape, Map<string, string[]>>();
    for (const member of ctx.shapesWithTrait(QUERY)) {
      if (member.type !== "member") continue;
      const structure = ctx.shapeOfType(member.container, "structure");
      const name = member.traits.get(QUERY);
      if (!structure || typeof name !== "string") continue;
      let params = byStructure.get(structure);
      if (!params) byStructure.set(structure, (params = new Map()));
      const members = params.get(name);
      if (members) members.push(member.memberName);
      else params.set(name, [member.memberName]);
    }
    if (byStructure.size === 0) return;
    const operationsByInput = new Map<string, Shape[]>();
    for (const operation of ctx.shapesWithTrait("smithy.api#http")) {
      if (operation.type !== "operation") continue;
      const input = ctx.inputOf(operation);
      if (!input) continue;
      const list = operationsByInput.get(input.id);
      if (list) list.push(operation);
      else operationsByInput.set(input.id, [operation]);
    }
    for (const [structure, params] of byStructure) {
      for (const [param, members] of params) {
        if (members.length > 1) {
          yield shapeEvent(
            ID,
            "ERROR",
            structure,
            `\`httpQuery\` parameter name binding conflicts found for the \`${param}\` parameter in the following ` +
              `structure members: ${tickedList(new Set(members))}`,
          );
        }
      }
      for (const operation of operationsByInput.get(structure.id) ?? []) {
        const http = httpTrait(ctx, operation);
        if (!http) continue;
        for (const literal of http.uri.queryLiterals.keys()) {
          if (!params.has(literal)) continue;
          yield shapeEvent(
            ID,
            "ERROR",
            structure,
            `\`httpQuery\` name \`${literal}\` conflicts with the \`http\` trait of the \`${operation.id}\` operation: \`${http.uri.text}\``,
          );
        }
      }
    }
  },
};
