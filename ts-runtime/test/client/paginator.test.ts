// Paginators: pages, items, nested token/items paths, pageSize, and stop conditions.
import { describe, expect, test } from "vitest";
import { Client, PaginatedOperationRequest } from "../../src/client/client.js";
import { paginate } from "../../src/client/paginator.js";
import { ConstructionError } from "../../src/errors.js";
import { FakeProtocol, ScriptedHttpClient, SERVICE, json, operation } from "./fakes.js";

const LIST = operation({ name: "ListThings", traits: { paginated: { inputToken: "nextToken", outputToken: "nextToken", items: "things", pageSize: "maxResults" } } });
const NESTED = operation({ name: "ListNested", traits: { paginated: { inputToken: "token", outputToken: "result.next", items: "result.things" } } });

/** A fake "service": pages keyed by token. */
function pagesOf(pages: Record<string, Record<string, unknown>>) {
  const inputs: Record<string, unknown>[] = [];
  const send = async (input: Record<string, unknown>) => {
    inputs.push(input);
    const key = String(input["nextToken"] ?? input["token"] ?? "");
    const page = pages[key];
    if (page === undefined) throw new Error(`no page ${key}`);
    return page;
  };
  return { inputs, send };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

describe("paginate", () => {
  test("follows tokens until one is absent; items flattens the pages", async () => {
    const { inputs, send } = pagesOf({ "": { things: [1, 2], nextToken: "a" }, a: { things: [3], nextToken: "b" }, b: { things: [4] } });
    expect(await collect(paginate(LIST, { filter: "f" }, send).items())).toEqual([1, 2, 3, 4]);
    expect(inputs).toEqual([{ filter: "f" }, { filter: "f", nextToken: "a" }, { filter: "f", nextToken: "b" }]);
  });

  test("stops on an empty token and on a repeated token", async () => {
    const empty = pagesOf({ "": { things: [1], nextToken: "" } });
    expect(await collect(paginate(LIST, {}, empty.send))).toHaveLength(1);
    const repeated = pagesOf({ "": { things: [1], nextToken: "a" }, a: { things: [2], nextToken: "a" } });
    expect(await collect(paginate(LIST, {}, repeated.send).items())).toEqual([1, 2]);
    expect(repeated.inputs).toHaveLength(2);
  });

  test("nested output token and items paths", async () => {
    const { send } = pagesOf({ "": { result: { things: ["a"], next: "t" } }, t: { result: { things: ["b"] } } });
    expect(await collect(paginate(NESTED, {}, send).items())).toEqual(["a", "b"]);
  });

  test("pageSize sets the page-size member; a starting token in the input is honored", async () => {
    const { inputs, send } = pagesOf({ s: { things: [9] } });
    await collect(paginate(LIST, { nextToken: "s" }, send, { pageSize: 5 }));
    expect(inputs).toEqual([{ nextToken: "s", maxResults: 5 }]);
  });

  test("map items yield [key, value] entries; missing items are skipped", async () => {
    const { send } = pagesOf({ "": { things: { a: 1 }, nextToken: "x" }, x: {} });
    expect(await collect(paginate(LIST, {}, send).items())).toEqual([["a", 1]]);
  });

  test("requests are lazy: breaking early sends no more", async () => {
    const { inputs, send } = pagesOf({ "": { things: [1], nextToken: "a" }, a: { things: [2], nextToken: "b" } });
    for await (const item of paginate(LIST, {}, send).items()) {
      expect(item).toBe(1);
      break;
    }
    expect(inputs).toHaveLength(1);
  });

  test("misuse is a construction error", () => {
    expect(() => paginate(operation({}), {}, async () => ({}))).toThrow(ConstructionError);
    expect(() => paginate(NESTED, {}, async () => ({}), { pageSize: 3 })).toThrow(/no pageSize member/);
  });
});

describe("PaginatedOperationRequest", () => {
  test("paginate() sends through the client with the request's customizations", async () => {
    const http = new ScriptedHttpClient(json(200, { things: [1], nextToken: "n" }), json(200, { things: [2] }));
    const c = new Client({ service: SERVICE, protocol: new FakeProtocol() }, { endpoint: "https://x.example", httpClient: http });
    const seen: number[] = [];
    const request = new PaginatedOperationRequest<object, { things?: number[] }, number>(c, LIST, { filter: "f" }).customize({
      interceptors: [{ readBeforeTransmit: (ctx) => void seen.push(ctx.attempt) }],
    });
    const pages = await collect(request.paginate({ pageSize: 10 }));
    expect(pages.map((p) => p.things)).toEqual([[1], [2]]);
    expect(pages[1]!.$metadata.httpStatusCode).toBe(200);
    expect(seen).toEqual([1, 1]);
    expect(http.requests.map((r) => JSON.parse(r.body as string))).toEqual([
      { filter: "f", maxResults: 10 },
      { filter: "f", maxResults: 10, nextToken: "n" },
    ]);
  });
});
