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
 * Iteration order of a default-sized java.util.HashMap after inserting `ids` in order:
 * buckets by spread hash, insertion order within a bucket.
 */
export function javaHashOrder(ids: readonly string[]): string[] {
  let capacity = 16;
  while (ids.length > capacity * 0.75) capacity *= 2;
  const mask = capacity - 1;
  const buckets = new Map<number, string[]>();
  for (const id of ids) {
    const h = shapeIdHash(id);
    const bucket = (h ^ (h >>> 16)) & mask;
    let list = buckets.get(bucket);
    if (!list) buckets.set(bucket, (list = []));
    list.push(id);
  }
  return [...buckets.keys()].sort((a, b) => a - b).flatMap((b) => buckets.get(b)!);
}

export interface BuildOrder {
  /** Shapes in an order where every dependency comes first. */
  readonly sorted: readonly string[];
  /** Each cycle's participants, in the order the reference implementation lists them. */
  readonly cycles: readonly (readonly string[])[];
}

/**
 * Orders `ids` (which may depend on ids outside the set: those count as already available).
 * Linear in the number of shapes plus dependencies.
 */
export function buildOrder(ids: readonly string[], dependencies: (id: string) => readonly string[]): BuildOrder {
  // Graph nodes in the order the reference implementation inserts them: each shape, then any
  // dependency not yet seen.
  const index = new Map<string, number>();
  const nodes: string[] = [];
  const forward: number[][] = [];
  const reverse: number[][] = [];
  const node = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = nodes.length;
      index.set(id, i);
      nodes.push(id);
      forward.push([]);
      reverse.push([]);
    }
    return i;
  };
  for (const id of javaHashOrder(ids)) {
    const from = node(id);
    for (const dep of dependencies(id)) {
      const to = node(dep);
      if (!forward[from]!.includes(to)) {
        forward[from]!.push(to);
        reverse[to]!.push(from);
      }
    }
  }

  // Kahn's algorithm, first-in first-out, in node order.
  const remaining = forward.map((deps) => deps.length);
  const queue: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (remaining[i] === 0) queue.push(i);
  const sorted: string[] = [];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    sorted.push(nodes[n]!);
    for (const dependant of reverse[n]!) {
      if (--remaining[dependant]! === 0) queue.push(dependant);
    }
  }
  const cycles = sorted.length === nodes.length ? [] : findCycles(nodes, reverse);
  return { sorted, cycles };
}

/** Tarjan's strongly connected components over the "is depended on by" edges, iteratively. */
function findCycles(nodes: readonly string[], reverse: readonly (readonly number[])[]): string[][] {
  const n = nodes.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    // Explicit call stack of (node, next edge index) pairs: deep graphs must not overflow.
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
