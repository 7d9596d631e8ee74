// Paginators for @paginated operations: async-iterable pages, and `.items()` for the
// elements of the paginated list (or the [key, value] entries of a paginated map).
import { ConstructionError } from "../errors.js";
import type { OperationSchema, PaginatedTrait } from "../schema/schema.js";

export interface PaginateOptions {
  /** Sets the operation's pageSize input member on every request. */
  readonly pageSize?: number;
}

export interface Paginator<Page, Item> extends AsyncIterable<Page> {
  /** Iterates the items of every page in order. */
  items(): AsyncIterable<Item>;
}

/**
 * Pages through a @paginated operation: sends `input`, then the same input with the last
 * output token, until a response has no token (absent or empty) or repeats the token just
 * sent. Requests are made lazily, one per page consumed.
 */
export function paginate<Page, Item>(
  operation: OperationSchema,
  input: Readonly<Record<string, unknown>>,
  send: (input: Record<string, unknown>) => Promise<Page>,
  options: PaginateOptions = {},
): Paginator<Page, Item> {
  const trait = operation.traits.paginated;
  if (trait?.inputToken === undefined || trait.outputToken === undefined) {
    throw new ConstructionError(`${operation.name} is not paginated (it has no @paginated inputToken/outputToken).`);
  }
  const { inputToken, outputToken } = trait;
  if (options.pageSize !== undefined && trait.pageSize === undefined) {
    throw new ConstructionError(`${operation.name} has no pageSize member; remove the pageSize option.`);
  }
  async function* pages(): AsyncGenerator<Page, void, undefined> {
    let request: Record<string, unknown> = { ...input };
    if (options.pageSize !== undefined) request[trait!.pageSize!] = options.pageSize;
    for (;;) {
      const page = await send(request);
      yield page;
      const next = readPath(page, outputToken);
      if (isEmptyToken(next) || sameToken(next, request[inputToken])) return;
      request = { ...request, [inputToken]: next };
    }
  }
  return {
    [Symbol.asyncIterator]: pages,
    items: () => items<Page, Item>(pages(), trait),
  };
}

async function* items<Page, Item>(pages: AsyncIterable<Page>, trait: PaginatedTrait): AsyncGenerator<Item, void, undefined> {
  const path = trait.items;
  if (path === undefined) throw new ConstructionError("This operation's @paginated trait names no items member; iterate the pages instead.");
  for await (const page of pages) {
    const found = readPath(page, path);
    if (found === undefined || found === null) continue;
    if (Array.isArray(found)) yield* found as Item[];
    else if (typeof found === "object") yield* Object.entries(found) as Item[];
  }
}

/** Follows a @paginated member path such as "result.nextToken". */
function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const name of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

function isEmptyToken(token: unknown): boolean {
  if (token === undefined || token === null || token === "") return true;
  return typeof token === "object" && Object.keys(token).length === 0;
}

function sameToken(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === "object" && typeof b === "object" && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}
