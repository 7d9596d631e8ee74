// Shapes that nothing connects to: not reachable (through relationships and @idRef trait
// values) from the root shapes, from trait definitions, or from @metadata-typed shapes.
import type { Selector } from "../../selector/index.js";
import { isPreludeId } from "../../shape-id.js";
import type { AnyShape, Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { idRefRelationships } from "./id-refs.js";

export function unreferencedShapes(ctx: ValidationContext, rootSelector: Selector): Shape[] {
  const model = ctx.model;
  const idRefs = ctx.memo("idRefRelationships", () => idRefRelationships(model));
  const connected = new Set<string>();
  const walk = (start: AnyShape): void => {
    const stack: AnyShape[] = [start];
    while (stack.length > 0) {
      const shape = stack.pop()!;
      if (connected.has(shape.id)) continue;
      connected.add(shape.id);
      for (const rel of ctx.neighbors.neighbors(shape)) if (!connected.has(rel.neighbor.id)) stack.push(rel.neighbor);
      // A member is connected to its container (an @idRef can point at a member).
      if (shape.type === "member") {
        const container = model.getTopLevel(shape.container);
        if (container && !connected.has(container.id)) stack.push(container);
      }
      for (const id of idRefs.get(shape.id) ?? []) {
        const ref = model.getShape(id);
        if (ref && !connected.has(id)) stack.push(ref);
      }
    }
  };
  for (const root of rootSelector.select(model)) walk(root);
  for (const def of ctx.traitDefinitions()) walk(def);
  for (const shape of ctx.shapesWithTrait("smithy.api#metadata")) walk(shape);
  const result: Shape[] = [];
  for (const shape of model.shapes()) {
    if (!connected.has(shape.id) && !isPreludeId(shape.id)) result.push(shape);
  }
  return result;
}
