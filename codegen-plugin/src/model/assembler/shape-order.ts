// The order shapes are built in: a shape after the mixins and `for` resources it depends on.
// Shapes caught in a dependency cycle are reported and not built (nor is anything that
// depends on them).
//
// Cycle reports name the other participants in the order a depth-first walk meets them. The
// reference implementation starts that walk from whichever participant its hash table yields
// first, so to report the same participant order we visit shapes in the iteration order of a
// Java HashMap keyed by shape id (`javaHashOrder`). That only decides the rotation of the
// names in the message; it has no effect on which shapes are built.

/** Java's String.hashCode over UTF-16 code units, as a 32-bit integer. */
function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Smithy's ShapeId.hashCode for an id without a member. */
function shapeIdHash(id: string): number {
  const hash = id.indexOf("#");
  const ns = javaStringHash(id.slice(0, hash));
  const name = javaStringHash(id.slice(hash + 1));
  return (17 + Math.imul(Math.imul(31, ns), 31) + Math.imul(name, 17)) | 0;
}

/**
 * Iteration order of a java.util.HashMap holding `total` shape ids, restricted to `ids` (a
 * subset, in insertion order): buckets by spread hash, insertion order within a bucket.
 */
export function javaHashOrder(ids: readonly string[], total: number = ids.length): string[] {
  let capacity = 16;
  while (total > capacity * 0.75) capacity *= 2;
  const mask = capacity - 1;
  const keyed = ids.map((id, index) => {
    const h = shapeIdHash(id);
    return { id, bucket: (h ^ (h >>> 16)) & mask, index };
  });
  keyed.sort((a, b) => a.bucket - b.bucket || a.index - b.index);
  return keyed.map((k) => k.id);
}

export interface BuildOrder {
  /** Shapes in an order where every dependency comes first (shapes in or after a cycle are left out). */
  readonly sorted: readonly string[];
  /** Each cycle's participants, in the order the reference implementation lists them. */
  readonly cycles: readonly (readonly string[])[];
}

/**
 * Orders `ids` so that dependencies come first. Dependencies outside `ids` count as already
 * available. Shapes without dependencies keep their order and cost nothing beyond a lookup;
 * the rest is sorted with Kahn's algorithm. Linear in shapes plus dependencies.
 */
export function buildOrder(ids: readonly string[], dependencies: (id: string) => readonly string[]): BuildOrder {
  const idSet = new Set(ids);
  const deps = new Map<string, string[]>();
  const dependants = new Map<string, string[]>();
  for (const id of ids) {
    const list = dependencies(id).filter((d) => idSet.has(d));
    if (list.length === 0) continue;
    deps.set(id, [...new Set(list)]);
    for (const d of deps.get(id)!) {
      let users = dependants.get(d);
      if (!users) dependants.set(d, (users = []));
      users.push(id);
    }
  }
  if (deps.size === 0) return { sorted: ids, cycles: [] };

  const remaining = new Map<string, number>();
  for (const [id, list] of deps) remaining.set(id, list.length);
  const sorted: string[] = [];
  const release = (id: string): void => {
    for (const user of dependants.get(id) ?? []) {
      const left = remaining.get(user)! - 1;
      remaining.set(user, left);
      if (left === 0) queue.push(user);
    }
  };
  const queue: string[] = [];
  for (const id of ids) {
    if (deps.has(id)) continue;
    sorted.push(id);
    release(id);
  }
  for (let q = 0; q < queue.length; q++) {
    sorted.push(queue[q]!);
    release(queue[q]!);
  }
  if (sorted.length === ids.length) return { sorted, cycles: [] };
  return { sorted, cycles: findCycles(ids, deps, dependants) };
}

/**
 * Cycles among the shapes that could not be ordered, found like the reference implementation
 * finds them: Tarjan's algorithm over "is depended on by" edges, visiting shapes in Java
 * HashMap order with each shape's dependencies right after it.
 */
function findCycles(
  ids: readonly string[],
  deps: ReadonlyMap<string, readonly string[]>,
  dependants: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const involved = ids.filter((id) => deps.has(id) || dependants.has(id));
  const nodes: string[] = [];
  const index = new Map<string, number>();
  const add = (id: string): void => {
    if (!index.has(id)) {
      index.set(id, nodes.length);
      nodes.push(id);
    }
  };
  for (const id of javaHashOrder(involved, ids.length)) {
    add(id);
    for (const d of deps.get(id) ?? []) add(d);
  }
  const reverse = nodes.map((id) => (dependants.get(id) ?? []).map((u) => index.get(u)!));
  return tarjan(nodes, reverse);
}

/** Tarjan's strongly connected components, iteratively (deep graphs must not overflow the stack). */
function tarjan(nodes: readonly string[], reverse: readonly (readonly number[])[]): string[][] {
  const n = nodes.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const calls: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (calls.length > 0) {
      const frame = calls[calls.length - 1]!;
      const [v, edge] = frame;
      const edges = reverse[v]!;
      if (edge < edges.length) {
        frame[1]++;
        const w = edges[edge]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          calls.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, order[w]!);
        }
        continue;
      }
      calls.pop();
      if (calls.length > 0) {
        const parent = calls[calls.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === order[v]) {
        const component: string[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component.push(nodes[w]!);
        } while (w !== v);
        // A shape that is its own mixin is a cycle too (the reference tool silently drops it).
        if (component.length > 1 || reverse[v]!.includes(v)) cycles.push(component);
      }
    }
  }
  return cycles;
}
