// The server runtime on the real restJson1 and awsJson1_0 protocols: routing, the upgrade,
// validation exceptions (the model's and the runtime's own), modeled errors and framework
// errors, exactly as a client would receive them.
import { describe, expect, test } from "vitest";
import { bodyJson, bodyText, request } from "./support.js";
import { storeApp } from "./real-services.js";

describe("restJson1", () => {
  test("a GET with a label and query answers the output with defaults serialized", async () => {
    const { service, calls } = storeApp();
    const res = await service.handle(request("GET", "/items/abc-1?verbose=yes"));
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(await bodyJson(res)).toEqual({ id: "abc-1", count: 0 });
    expect(calls).toEqual([{ operation: "GetItem", input: { id: "abc-1", verbose: "yes" } }]);
  });

  test("a modeled error gets its @httpError status and X-Amzn-Errortype", async () => {
    const res = await storeApp().service.handle(request("GET", "/items/missing"));
    expect(res.statusCode).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("NotFound");
    expect(await bodyJson(res)).toEqual({ message: "no such item", resource: "missing" });
  });

  test("a constraint violation is the model's ValidationException", async () => {
    const { service, calls } = storeApp();
    const res = await service.handle(
      request("PUT", "/items/x", { headers: { "content-type": "application/json" }, body: JSON.stringify({ code: "12a", tags: ["a", "a"], quantity: 0 }) }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("ValidationException");
    const body = (await bodyJson(res)) as { message: string; fieldList: { path: string; message: string }[] };
    expect(body.message).toMatch(/^3 validation errors detected\. /);
    expect(body.fieldList).toEqual([
      { path: "/code", message: "Value at '/code' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([0-9]+)+$" },
      { path: "/tags", message: "Value at '/tags' failed to satisfy constraint: Member must have unique values" },
      { path: "/quantity", message: "Value at '/quantity' failed to satisfy constraint: Member must be between 1 and 100, inclusive" },
    ]);
    expect(calls).toEqual([]);
  });

  test("an operation whose model lists no ValidationException still answers one", async () => {
    const res = await storeApp().service.handle(request("DELETE", "/items/far-too-long-id"));
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("ValidationException");
    expect(await bodyJson(res)).toEqual({
      message: "1 validation error detected. Value with length 15 at '/id' failed to satisfy constraint: Member must have length less than or equal to 8",
      fieldList: [{ path: "/id", message: "Value with length 15 at '/id' failed to satisfy constraint: Member must have length less than or equal to 8" }],
    });
  });

  test("success with a 204 code has no body", async () => {
    const res = await storeApp().service.handle(request("DELETE", "/items/x"));
    expect(res.statusCode).toBe(204);
  });

  test("routing and media-type failures are framework errors", async () => {
    const { service } = storeApp();
    const notFound = await service.handle(request("GET", "/nothing"));
    expect([notFound.statusCode, notFound.headers["x-amzn-errortype"]]).toEqual([404, "UnknownOperationException"]);
    const wrongMethod = await service.handle(request("POST", "/items/x"));
    expect([wrongMethod.statusCode, wrongMethod.headers["x-amzn-errortype"]]).toEqual([405, "MethodNotAllowedException"]);
    const badType = await service.handle(request("PUT", "/items/x", { headers: { "content-type": "text/plain" }, body: '{"code":"1"}' }));
    expect(badType.statusCode).toBe(415);
  });

  test("an unmodeled failure is a 500 that says nothing about it, logged once", async () => {
    const { service, logged } = storeApp();
    const res = await service.handle(request("GET", "/items/boom"));
    expect(res.statusCode).toBe(500);
    expect(res.headers["x-amzn-errortype"]).toBe("InternalFailureException");
    expect(await bodyText(res)).not.toContain("secret");
    expect(logged.errors).toHaveLength(1);
  });
});

describe("awsJson1_0", () => {
  const target = (op: string, body: unknown) =>
    request("POST", "/", { headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": `Store.${op}` }, body: JSON.stringify(body) });

  test("routes by X-Amz-Target and answers the output", async () => {
    const { service, calls } = storeApp({ protocol: "awsJson1_0" });
    const res = await service.handle(target("GetItem", { id: "abc" }));
    expect(res.statusCode).toBe(200);
    expect(await bodyJson(res)).toEqual({ id: "abc", count: 0 });
    expect(calls).toEqual([{ operation: "GetItem", input: { id: "abc" } }]);
  });

  test("validation and modeled errors carry __type", async () => {
    const { service } = storeApp({ protocol: "awsJson1_0" });
    const invalid = await service.handle(target("GetItem", { id: "NOT VALID" }));
    expect(invalid.statusCode).toBe(400);
    expect(await bodyJson(invalid)).toMatchObject({ __type: expect.stringContaining("ValidationException"), fieldList: [{ path: "/id" }] });
    const missing = await service.handle(target("GetItem", { id: "missing" }));
    expect(missing.statusCode).toBe(404);
    expect(await bodyJson(missing)).toMatchObject({ __type: expect.stringContaining("NotFound") });
  });

  test("an unknown target is UnknownOperation; a required member missing is a validation error", async () => {
    const { service } = storeApp({ protocol: "awsJson1_0" });
    const unknown = await service.handle(target("Nope", {}));
    expect(unknown.statusCode).toBe(404);
    const res = await service.handle(target("GetItem", {}));
    expect(res.statusCode).toBe(400);
    expect(await bodyJson(res)).toMatchObject({ fieldList: [{ path: "/id", message: "Value at '/id' failed to satisfy constraint: Member must not be null" }] });
  });
});
