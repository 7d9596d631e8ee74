// Clients and servers share one codec: whatever a client sends, the server must read back as
// the same value, and the same for responses and modeled errors.
import { describe, expect, test } from "vitest";
import { ServiceError } from "../../src/errors.js";
import type { HttpRequest, HttpResponse } from "../../src/http/types.js";
import { awsJson1_0, awsJson1_1 } from "../../src/protocol/aws-json.js";
import type { ClientProtocol, ServerProtocol } from "../../src/protocol/protocol.js";
import { restJson1 } from "../../src/protocol/rest-json1.js";
import { BIG_DECIMAL, BIG_INTEGER, BLOB, BOOLEAN, DOCUMENT, DOUBLE, INTEGER, LONG, STRING, TIMESTAMP } from "../../src/schema/index.js";
import type { StructureSchema } from "../../src/schema/index.js";
import { enumOf, errorStruct, list, m, map, op, service, struct, union } from "./schemas.js";

const Tag = struct("Tag", [m("key", STRING, { jsonName: "Key" }), m("value", STRING)]);
const Kind = enumOf("Kind", ["small", "large"]);
const Shape = union("Shape", [m("circle", DOUBLE), m("tag", Tag)]);
const Node: StructureSchema = struct("Node", [m("label", STRING), m("children", () => list("Nodes", Node))]);

const Input = struct("Input", [
  m("id", STRING, { httpLabel: true, required: true }),
  m("page", INTEGER, { httpQuery: "page" }),
  m("labels", list("Labels", STRING), { httpQuery: "label" }),
  m("trace", STRING, { httpHeader: "X-Trace" }),
  m("flags", list("Flags", BOOLEAN), { httpHeader: "X-Flags" }),
  m("since", TIMESTAMP, { httpHeader: "X-Since" }),
  m("meta", map("Meta", STRING), { httpPrefixHeaders: "x-meta-" }),
  m("name", STRING),
  m("size", LONG),
  m("ratio", DOUBLE),
  m("kind", Kind),
  m("data", BLOB),
  m("created", TIMESTAMP, { timestampFormat: "date-time" }),
  m("tags", list("Tags", Tag)),
  m("sparse", list("Sparse", STRING, { sparse: true })),
  m("byName", map("ByName", Tag)),
  m("shape", Shape),
  m("doc", DOCUMENT),
  m("tree", Node),
  m("huge", BIG_INTEGER),
  m("exact", BIG_DECIMAL),
]);
const Output = struct("Output", [m("etag", STRING, { httpHeader: "ETag" }), m("status", INTEGER, { httpResponseCode: true }), m("echo", Input)]);
const Problem = errorStruct("Problem", [m("reason", STRING, { httpHeader: "X-Reason" }), m("code", STRING), m("detail", Tag)], { error: "client", httpError: 409 });
const operation = op("Update", { input: Input, output: Output, errors: [Problem], traits: { http: { method: "PUT", uri: "/things/{id}", code: 200 } } });

const value = {
  id: "thing/1 ü",
  page: 2,
  labels: ["a", "b c"],
  trace: "t-1",
  flags: [true, false],
  since: new Date(Date.UTC(2022, 1, 3, 4, 5, 6)),
  meta: { owner: "me" },
  name: "widget",
  size: 9007199254740991,
  ratio: -Infinity,
  kind: "large",
  data: new Uint8Array([0, 255, 128]),
  created: new Date(Date.UTC(2022, 1, 3, 4, 5, 6, 789)),
  tags: [{ key: "k", value: "v" }],
  sparse: ["x", null],
  byName: { first: { key: "1" } },
  shape: { tag: { key: "round" } },
  doc: { nested: [1, "two", { three: null }] },
  tree: { label: "root", children: [{ label: "leaf", children: [] }] },
  huge: 123456789012345678901234567890n,
  exact: "12345678901234567890.000000000000000001",
};

function asServerRequest(request: HttpRequest): HttpRequest {
  // What a server adapter hands over: the same message, as if it came off the wire.
  return { ...request, protocol: "http:", hostname: "localhost" };
}

describe.each([
  ["restJson1", restJson1],
  ["awsJson1_0", awsJson1_0],
  ["awsJson1_1", awsJson1_1],
] as const)("%s round trips", (_name, protocol: ClientProtocol & ServerProtocol) => {
  const svc = service(protocol.id, [operation]);
  const clientCtx = { service: svc, idempotencyToken: () => "t" };
  const serverCtx = { service: svc };

  test("request: client -> server", async () => {
    const request = await protocol.serializeRequest(operation, value, clientCtx);
    expect(await protocol.deserializeRequest(operation, asServerRequest(request), serverCtx)).toEqual(value);
  });

  test("response: server -> client", async () => {
    const response: HttpResponse = await protocol.serializeResponse(operation, { etag: "e1", status: 200, echo: value }, serverCtx);
    const output = await protocol.deserializeResponse(operation, response, clientCtx);
    expect(output["echo"]).toEqual(value);
    expect(output["etag"]).toBe("e1");
  });

  test("modeled error: server -> client", async () => {
    const thrown = new (Problem.errorClass())({ reason: "conflict", code: "C-9", detail: { key: "k" } });
    const response = await protocol.serializeError(operation, thrown, serverCtx);
    const error: unknown = await protocol.deserializeResponse(operation, response, clientCtx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Problem.errorClass());
    expect((error as ServiceError).code).toBe("Problem");
    expect((error as unknown as { $fields: unknown }).$fields).toEqual({ reason: "conflict", code: "C-9", detail: { key: "k" } });
  });
});
