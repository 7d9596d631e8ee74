// What a service or resource contains: every resource and operation bound to it directly
// or through child resources (Smithy's "top-down" view). Computed once per container.
import type { Model } from "../../model.js";
import type { Shape } from "../../shape.js";

export interface ContainedShapes {
  /** Operations, in the order they are first reached (service operations first). */
  readonly operations: readonly Shape[];
  readonly resources: readonly Shape[];
}

const EMPTY: ContainedShapes = { operations: [], resources: [] };

/** Every operation a resource binds (lifecycle, instance and collection operations). */
export function resourceOperationIds(resource: Shape): string[] {
  const ids: string[] = [];
  for (const id of [resource.create, resource.put, resource.read, resource.update, resource.delete, resource.list]) {
    if (id !== undefined) ids.push(id);
  }
  ids.push(...resource.operations, ...resource.collectionOperations);
  return ids;
}

export class TopDownIndex {
  readonly #model: Model;
  readonly #cache = new Map<string, ContainedShapes>();

  constructor(model: Model) {
    this.#model = model;
  }

  contained(containerId: string): ContainedShapes {
    const cached = this.#cache.get(containerId);
    if (cached) return cached;
    const container = this.#model.getTopLevel(containerId);
    if (!container || (container.type !== "service" && container.type !== "resource")) return EMPTY;
    const operations = new Map<string, Shape>();
    const resources = new Map<string, Shape>();
    const addOperation = (id: string): void => {
      const op = this.#model.getTopLevel(id);
      if (op?.type === "operation" && !operations.has(id)) operations.set(id, op);
    };
    const visitResource = (id: string): void => {
      const resource = this.#model.getTopLevel(id);
      if (resource?.type !== "resource" || resources.has(id)) return;
      resources.set(id, resource);
      for (const opId of resourceOperationIds(resource)) addOperation(opId);
      for (const child of resource.resources) visitResource(child);
    };
    if (container.type === "service") {
      for (const id of container.operations) addOperation(id);
      for (const id of container.resources) visitResource(id);
    } else {
      for (const opId of resourceOperationIds(container)) addOperation(opId);
      for (const child of container.resources) visitResource(child);
    }
    const result = { operations: [...operations.values()], resources: [...resources.values()] };
    this.#cache.set(containerId, result);
    return result;
  }
}
