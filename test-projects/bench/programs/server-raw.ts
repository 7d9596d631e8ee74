// The hand-written peer of the generated server: node:http doing the same work by hand for
// the same two operations. POST /ping answers {}; PUT /records/{id}?mode=… reads the JSON
// body, checks it as the model says (types, @required, @length, @range, the enum, the
// date-time), answers 400 on bad input, and echoes the record with X-Record-Version.
import type { IncomingMessage, ServerResponse } from "node:http";
import { PUT_RECORD_VERSION } from "./exchanges.js";
import { serve } from "./server-harness.js";

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

class BadRequest extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function int32(value: unknown, path: string, min = INT32_MIN): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > INT32_MAX) throw new BadRequest(`${path}: expected an integer >= ${min}`);
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== "string") throw new BadRequest(`${path}: expected a string`);
  return value;
}

/** The record as the handler would see it: checked, with the timestamp as a Date. */
interface CheckedRecord {
  name: string;
  count: number;
  score?: number;
  active?: boolean;
  updatedAt?: Date;
  tags?: string[];
  attributes?: Record<string, string>;
  items?: { sku: string; quantity: number; price?: number }[];
}

function checkRecord(value: unknown): CheckedRecord {
  if (!isObject(value)) throw new BadRequest("record: expected an object");
  const name = string(value["name"], "name");
  if (name.length < 1 || name.length > 256) throw new BadRequest("name: length must be 1..256");
  const record: CheckedRecord = { name, count: int32(value["count"], "count", 0) };
  if (value["score"] !== undefined && value["score"] !== null) {
    if (typeof value["score"] !== "number") throw new BadRequest("score: expected a number");
    record.score = value["score"];
  }
  if (value["active"] !== undefined && value["active"] !== null) {
    if (typeof value["active"] !== "boolean") throw new BadRequest("active: expected a boolean");
    record.active = value["active"];
  }
  if (value["updatedAt"] !== undefined && value["updatedAt"] !== null) {
    const text = string(value["updatedAt"], "updatedAt");
    const date = new Date(text);
    if (!DATE_TIME.test(text) || Number.isNaN(date.getTime())) throw new BadRequest("updatedAt: expected an RFC 3339 date-time");
    record.updatedAt = date;
  }
  if (value["tags"] !== undefined && value["tags"] !== null) {
    const tags = value["tags"];
    if (!Array.isArray(tags)) throw new BadRequest("tags: expected a list");
    record.tags = tags.map((tag: unknown, i) => string(tag, `tags/${i}`));
  }
  if (value["attributes"] !== undefined && value["attributes"] !== null) {
    const attributes = value["attributes"];
    if (!isObject(attributes)) throw new BadRequest("attributes: expected a map");
    const checked: Record<string, string> = {};
    for (const key of Object.keys(attributes)) checked[key] = string(attributes[key], `attributes/${key}`);
    record.attributes = checked;
  }
  if (value["items"] !== undefined && value["items"] !== null) {
    const items = value["items"];
    if (!Array.isArray(items)) throw new BadRequest("items: expected a list");
    record.items = items.map((item: unknown, i) => {
      if (!isObject(item)) throw new BadRequest(`items/${i}: expected an object`);
      const checked: { sku: string; quantity: number; price?: number } = { sku: string(item["sku"], `items/${i}/sku`), quantity: int32(item["quantity"], `items/${i}/quantity`) };
      if (item["price"] !== undefined && item["price"] !== null) {
        if (typeof item["price"] !== "number") throw new BadRequest(`items/${i}/price: expected a number`);
        checked.price = item["price"];
      }
      return checked;
    });
  }
  return record;
}

function reply(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function putRecord(req: IncomingMessage, res: ServerResponse, id: string, query: string, body: string): void {
  if (id.length < 1 || id.length > 64) throw new BadRequest("id: length must be 1..64");
  const mode = new URLSearchParams(query).get("mode");
  if (mode !== null && mode !== "strict" && mode !== "lenient") throw new BadRequest("mode: expected strict or lenient");
  if (req.headers["content-type"] !== "application/json") {
    reply(res, 415, JSON.stringify({ message: "expected application/json" }));
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadRequest("body: not JSON");
  }
  const record = checkRecord(parsed);
  reply(res, 200, JSON.stringify(record), { "x-record-version": String(PUT_RECORD_VERSION) });
}

function route(req: IncomingMessage, res: ServerResponse, body: string): void {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? "" : url.slice(q + 1);
  try {
    if (path === "/ping" && req.method === "POST") {
      reply(res, 200, "{}");
    } else if (path.startsWith("/records/") && path.indexOf("/", 9) === -1 && req.method === "PUT") {
      putRecord(req, res, decodeURIComponent(path.slice(9)), query, body);
    } else {
      reply(res, 404, JSON.stringify({ message: "not found" }));
    }
  } catch (e) {
    if (!(e instanceof BadRequest || e instanceof URIError)) throw e;
    reply(res, 400, JSON.stringify({ message: e.message }));
  }
}

serve((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => route(req, res, Buffer.concat(chunks).toString("utf8")));
});
