// awsJson1_0 and awsJson1_1, both directions.
import { describe, expect, test } from "vitest";
import { ServiceError } from "../../src/errors.js";
import { AwsJsonProtocol, awsJson1_0, awsJson1_1 } from "../../src/protocol/aws-json.js";
import { FrameworkError } from "../../src/protocol/protocol.js";
import { BLOB, DOUBLE, INTEGER, STRING, TIMESTAMP } from "../../src/schema/index.js";
import type { OperationSchema } from "../../src/schema/index.js";
import { errorStruct, m, op, service, struct } from "./schemas.js";

const Item = struct("Item", [m("id", STRING, { jsonName: "ID", httpHeader: "X-Ignored" }), m("when", TIMESTAMP), m("ratio", DOUBLE), m("data", BLOB), m("token", STRING, { idempotencyToken: true })]);
const Out = struct("Out", [m("id", STRING, { jsonName: "ID" }), m("count", INTEGER, { default: 1 }), m("name", STRING, { required: true })]);
const Bad = errorStruct("BadThing", [m("Message", STRING), m("code", STRING)], { error: "client" });
const Gone = errorStruct("GoneThing", [], { error: "server", httpError: 410 });
const put: OperationSchema = op("PutItem", { input: Item, output: Out, errors: [Bad, Gone] });
const noIo: OperationSchema = op("Ping", {});

const svc = service("aws.protocols#awsJson1_1", [put, noIo]);
const clientCtx = { service: svc, idempotencyToken: () => "token-1" };
const serverCtx = { service: svc };

describe.each([
  ["1.0", awsJson1_0],
  ["1.1", awsJson1_1],
] as const)("awsJson%s", (version, protocol: AwsJsonProtocol) => {
  const contentType = `application/x-amz-json-${version}`;

  test("requests: POST / with target, content type and the whole input as JSON (jsonName and bindings ignored)", async () => {
    const req = await protocol.serializeRequest(put, { id: "a", when: new Date(1500), ratio: Infinity, data: new Uint8Array([104, 105]) }, clientCtx);
    expect(req).toMatchObject({ method: "POST", path: "/", query: [] });
    expect(req.headers).toEqual({ "content-type": contentType, "x-amz-target": "TestService.PutItem", "content-length": String((req.body as string).length) });
    expect(JSON.parse(req.body as string)).toEqual({ id: "a", when: 1.5, ratio: "Infinity", data: "aGk=", token: "token-1" });
  });

  test("requests without input still send an empty object", async () => {
    const req = await protocol.serializeRequest(noIo, {}, clientCtx);
    expect(req.body).toBe("{}");
  });

  test("awsQueryCompatible services announce query mode", async () => {
    const req = await protocol.serializeRequest(noIo, {}, { ...clientCtx, service: { ...svc, awsQueryCompatible: true } });
    expect(req.headers["x-amzn-query-mode"]).toBe("true");
  });

  test("responses: body, defaults and error correction; empty bodies are fine", async () => {
    expect(await protocol.deserializeResponse(put, { statusCode: 200, headers: {}, body: '{"ID":"ignored","id":"x"}' }, clientCtx)).toEqual({ id: "x", count: 1, name: "" });
    expect(await protocol.deserializeResponse(put, { statusCode: 200, headers: {}, body: "" }, clientCtx)).toEqual({ count: 1, name: "" });
    expect(await protocol.deserializeResponse(noIo, { statusCode: 200, headers: {}, body: '{"unexpected":true}' }, clientCtx)).toEqual({});
  });

  test.each([
    [{}, '{"__type":"ns.example#BadThing","Message":"nope","code":"X1"}'],
    [{}, '{"__type":"BadThing:http://internal/"}'],
    [{ "x-amzn-errortype": "BadThing" }, ""],
    [{}, '{"code":"other.ns#BadThing"}'],
  ])("modeled errors from %j %s", async (headers, body) => {
    const error: unknown = await protocol.deserializeResponse(put, { statusCode: 400, headers, body }, clientCtx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Bad.errorClass());
    expect((error as ServiceError).code).toBe("BadThing");
    expect((error as ServiceError).$metadata.httpStatusCode).toBe(400);
  });

  test("awsQueryCompatible clients take the code from x-amzn-query-error", async () => {
    const error: unknown = await protocol
      .deserializeResponse(put, { statusCode: 400, headers: { "x-amzn-query-error": "Custom.Code;Sender" }, body: '{"__type":"BadThing"}' }, { ...clientCtx, service: { ...svc, awsQueryCompatible: true } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Bad.errorClass());
    expect((error as ServiceError).code).toBe("Custom.Code");
  });

  test("unknown errors keep their code", async () => {
    const error: unknown = await protocol.deserializeResponse(put, { statusCode: 500, headers: { "x-amzn-requestid": "r1" }, body: '{"__type":"Mystery","message":"m"}' }, clientCtx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "Mystery", fault: "server", message: "PutItem failed with HTTP 500 Mystery: m", $metadata: { httpStatusCode: 500, requestId: "r1" } });
  });

  test("servers read the whole input, fill defaults and accept empty bodies", async () => {
    const request = { method: "POST", protocol: "http:" as const, hostname: "h", path: "/", query: [], headers: { "content-type": `${contentType}; charset=utf-8` } };
    expect(await protocol.deserializeRequest(put, { ...request, body: '{"id":"a","when":1}' }, serverCtx)).toEqual({ id: "a", when: new Date(1000) });
    expect(await protocol.deserializeRequest(put, { ...request, body: "" }, serverCtx)).toEqual({});
    expect(await protocol.deserializeRequest(noIo, { ...request, body: "" }, serverCtx)).toEqual({});
  });

  test("servers reject other content types (a missing one is tolerated) and malformed bodies", async () => {
    const request = { method: "POST", protocol: "http:" as const, hostname: "h", path: "/", query: [] };
    await expect(protocol.deserializeRequest(put, { ...request, headers: { "content-type": "application/json" }, body: "{}" }, serverCtx)).rejects.toMatchObject({ errorKind: "UnsupportedMediaType" });
    await expect(protocol.deserializeRequest(put, { ...request, headers: {}, body: '{"id":"a"}' }, serverCtx)).resolves.toEqual({ id: "a" });
    await expect(protocol.deserializeRequest(put, { ...request, headers: { "content-type": contentType }, body: '{"when":"soon"}' }, serverCtx)).rejects.toMatchObject({
      errorKind: "Serialization",
      message: expect.stringContaining("/when") as unknown,
    });
  });

  test("server responses: JSON output, empty body for Unit output", async () => {
    const res = await protocol.serializeResponse(put, { id: "x" }, serverCtx);
    expect(res).toMatchObject({ statusCode: 200, headers: { "content-type": contentType } });
    expect(JSON.parse(res.body as string)).toEqual({ id: "x", count: 1 });
    expect(await protocol.serializeResponse(noIo, {}, serverCtx)).toEqual({ statusCode: 200, headers: { "content-type": contentType, "content-length": "0" }, body: "" });
  });

  test("server errors name the error in __type (full id for 1.0, shape name for 1.1)", async () => {
    const res = await protocol.serializeError(put, new (Bad.errorClass())({ Message: "m" }), serverCtx);
    expect(res.statusCode).toBe(400);
    expect(res.headers).toMatchObject({ "content-type": contentType, "x-amzn-errortype": "BadThing" });
    expect(JSON.parse(res.body as string)).toEqual({ __type: version === "1.0" ? "test.example#BadThing" : "BadThing", Message: "m" });
    expect((await protocol.serializeError(put, new (Gone.errorClass())({}), serverCtx)).statusCode).toBe(410);
  });

  test("awsQueryCompatible servers name the query error code of errors with @awsQueryError", async () => {
    const Custom = errorStruct("CustomCoded", [m("message", STRING)], { error: "client", awsQueryError: { code: "Custom.Code", httpResponseCode: 402 } });
    const operation = op("Q", { errors: [Custom] });
    const compatible = { service: { ...svc, awsQueryCompatible: true as const } };
    const res = await protocol.serializeError(operation, new (Custom.errorClass())({ message: "m" }), compatible);
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-query-error"]).toBe("Custom.Code;Sender");
    expect((await protocol.serializeError(operation, new (Custom.errorClass())({}), serverCtx)).headers["x-amzn-query-error"]).toBeUndefined();
  });

  test("framework errors", () => {
    const res = protocol.serializeFrameworkError(new FrameworkError("UnknownOperation", "no such target"), serverCtx);
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body as string)).toEqual({ __type: "UnknownOperationException", message: "no such target" });
  });
});
