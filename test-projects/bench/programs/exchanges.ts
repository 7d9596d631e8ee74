// The two request/response exchanges every client peer performs, byte for byte the same, and
// the summary each peer reduces a parsed response to (so a run can check all peers understood
// the same answer). The fake service (fake-service.ts) checks requests against these too.

/** DynamoDB GetItem (awsJson1_0): `POST /` with `X-Amz-Target: DynamoDB_20120810.GetItem`. */
export const GET_ITEM_TARGET = "DynamoDB_20120810.GetItem";
export const AWS_JSON_1_0 = "application/x-amz-json-1.0";

/** The input, in the member order of the model, so every peer serializes the same bytes. */
export const GET_ITEM_INPUT = {
  TableName: "Music",
  Key: { Artist: { S: "No One You Know" }, SongTitle: { S: "Call Me Today" } },
  ConsistentRead: true,
};

/** A typical small item: strings, numbers, a list, a nested map and a boolean. */
export const GET_ITEM_RESPONSE = JSON.stringify({
  Item: {
    Artist: { S: "No One You Know" },
    SongTitle: { S: "Call Me Today" },
    AlbumTitle: { S: "Somewhat Famous" },
    Year: { N: "2015" },
    Price: { N: "2.14" },
    Genre: { S: "Country" },
    Tags: { L: [{ S: "country" }, { S: "acoustic" }, { S: "2010s" }] },
    Awards: { M: { Grammy: { N: "1" }, Nominated: { BOOL: true } } },
    Labels: { SS: ["Label One", "Label Two"] },
    InStock: { BOOL: true },
  },
  ConsumedCapacity: { TableName: "Music", CapacityUnits: 1 },
});

/** What a GetItem peer returns from a parsed response: every peer must produce this. */
export function getItemSummary(item: Readonly<Record<string, object>> | undefined): string {
  if (item === undefined) throw new Error("GetItem response without Item");
  return `${member(item["Artist"], "S")}|${member(item["Year"], "N")}|${Object.keys(item).length} attributes`;
}

/** One member of an AttributeValue union (each peer types the union its own way). */
function member(value: object | undefined, name: string): unknown {
  return value !== undefined && Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

/** PutRecord (restJson1): `PUT /records/{id}?mode=strict` with a header and a ~1 KB JSON body. */
export const PUT_RECORD_ID = "rec-0042";
export const PUT_RECORD_PATH = `/records/${PUT_RECORD_ID}?mode=strict`;
export const PUT_RECORD_TRACE_ID = "trace-5f1d3a7c";
export const PUT_RECORD_VERSION = 7;

/** The record sent by the client peers and the server load (about 1 KB of JSON). */
export function benchRecord(): BenchRecord {
  return {
    name: "quarterly inventory snapshot for the northern warehouse",
    count: 1250,
    score: 0.875,
    active: true,
    updatedAt: new Date("2024-05-17T09:30:12.345Z"),
    tags: ["inventory", "warehouse", "north", "quarterly", "audited", "priority", "stock", "2024"],
    attributes: {
      region: "eu-north",
      owner: "logistics-team",
      source: "scanner-fleet-7",
      currency: "EUR",
      format: "v3",
      reviewer: "j.doe",
      batch: "2024-Q2-017",
      checksum: "9c1185a5c5e9fc54612808977ee8f548b2258d31",
    },
    items: [
      { sku: "WIDGET-0001-BLUE", quantity: 120, price: 4.99 },
      { sku: "WIDGET-0002-RED", quantity: 75, price: 5.49 },
      { sku: "GADGET-0107-STEEL", quantity: 12, price: 129.0 },
      { sku: "GADGET-0108-ALU", quantity: 30, price: 99.5 },
      { sku: "BOLT-M6-40-ZINC", quantity: 5000, price: 0.07 },
      { sku: "NUT-M6-ZINC", quantity: 5000, price: 0.03 },
      { sku: "CABLE-CAT6-5M", quantity: 64, price: 3.2 },
      { sku: "CABLE-CAT6-10M", quantity: 32, price: 5.9 },
      { sku: "LABEL-ROLL-500", quantity: 18, price: 11.25 },
      { sku: "PALLET-EUR-1200", quantity: 4 },
    ],
  };
}

/** The record's shape; optional members admit undefined, as the generated types do. */
export interface BenchRecord {
  name: string;
  count: number;
  score?: number | undefined;
  active?: boolean | undefined;
  updatedAt?: Date | undefined;
  tags?: string[] | undefined;
  attributes?: Record<string, string> | undefined;
  items?: { sku: string; quantity: number; price?: number | undefined }[] | undefined;
}

/**
 * The record as JSON, the bytes a hand-written client sends: Date.toJSON writes RFC 3339
 * date-time, which is the model's @timestampFormat (the milliseconds are not zero, so the
 * generated client's shortest form is the same text).
 */
export function recordJson(record: BenchRecord): string {
  return JSON.stringify(record);
}

/** What a PutRecord peer returns from a parsed response: every peer must produce this. */
export function putRecordSummary(version: number, record: BenchRecord): string {
  return `v${version}|${record.name.length}|${record.items?.length} items|${record.updatedAt?.toISOString()}`;
}
