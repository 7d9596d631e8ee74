// Runs one case against a generated server, built through its public API with a handler for
// every operation, and driven with `service.handle(request)` (the entry point every adapter
// calls, with the request parts an adapter would produce):
//   request cases:    the case's request is handled; the case's operation handler must be
//                     called, with an input equal to the case's params
//   response cases:   the operation handler returns the case's params (or throws the case's
//                     error, built from the params); the response must match the case
//   malformed cases:  the case's request is handled; no handler may be called, and the
//                     response must have the case's status, headers and body
import { isNodeArray, isNodeObject, type NodeObject, type NodeValue } from "../../../../codegen-plugin/src/model/node-value.js";
import { placeholderInput } from "../client/run-client-case.js";
import { bodyDifferences, isJsonMediaType } from "../http/body.js";
import { responseDifferences } from "../http/messages.js";
import type { Manifest, ManifestCase } from "../manifest.js";
import { collectBody, deref, utf8Decode, utf8Encode, type HttpResponse, type ServiceSchema } from "../runtime.js";
import { readStreams, valueDifferences } from "../values/compare.js";
import { runtimeValue } from "../values/params.js";
import { buildService, errorClass, operationSchema, type AnyHandler, type BuiltService } from "./generated-server.js";
import type { ServerPackageInfo } from "./server-packages.js";
import { awsJson1_0, awsJson1_1, DEFAULT_LIMITS, FrameworkError, parseQueryString, restJson1, splitTarget, type ClientProtocol, type ServerRequest } from "./server-runtime.js";

/** The idempotency token response cases put into the requests they build. */
const IDEMPOTENCY_TOKEN = "00000000-0000-4000-8000-000000000000";

const CLIENT_SIDES: Readonly<Record<string, ClientProtocol>> = {
  [restJson1.id]: restJson1,
  [awsJson1_0.id]: awsJson1_0,
  [awsJson1_1.id]: awsJson1_1,
};

function packageFor(c: ManifestCase, manifest: Manifest): ServerPackageInfo {
  const info = manifest.packages.server?.[c.serviceId];
  if (info === undefined) throw new Error(`no server package was generated for ${c.serviceId}`);
  return info;
}

/**
 * The request a server receives for a case's request definition (`uri` with any query, then
 * `queryParams` as written, percent-encoded), its query parsed the way the adapters parse it.
 */
export function serverRequestFromCase(def: NodeObject): ServerRequest {
  const method = stringField(def, "method");
  const uri = stringField(def, "uri");
  if (method === undefined || uri === undefined) throw new Error(`the case's request has no method or uri`);
  const extra = stringList(def, "queryParams");
  const target = extra.length === 0 ? uri : `${uri}${uri.includes("?") ? "&" : "?"}${extra.join("&")}`;
  const { path, query } = splitTarget(target);
  const pairs = parseQueryString(query, DEFAULT_LIMITS);
  if (pairs instanceof FrameworkError) throw new Error(`the case's query string ${JSON.stringify(query)} does not parse: ${pairs.message}`);
  const headers: Record<string, string> = {};
  const given = def["headers"];
  if (isNodeObject(given)) for (const name of Object.keys(given)) headers[name.toLowerCase()] = String(given[name]);
  const body = stringField(def, "body");
  return {
    method,
    protocol: "https:",
    hostname: (stringField(def, "host") ?? "example.com").split("/")[0]!,
    path,
    query: pairs,
    headers,
    body: body === undefined ? undefined : utf8Encode(body),
  };
}

export async function runServerRequestCase(c: ManifestCase, manifest: Manifest): Promise<void> {
  const info = packageFor(c, manifest);
  const operation = await operationSchema(info, c.operationId);
  const calls: { operationId: string; input: Record<string, unknown> }[] = [];
  const built = await buildService(info, (operationId) => async (input) => {
    calls.push({ operationId, input });
    return {};
  });
  const response = await built.service.handle(await completedRequest(serverRequestFromCase(c.definition), built.schema, info, c.operationId));
  const call = calls.find((x) => x.operationId === c.operationId);
  if (call === undefined) {
    const other = calls[0] === undefined ? "no handler was called" : `the ${calls[0].operationId} handler was called instead`;
    throw new Error(`${c.id}: the ${c.operationId} handler was not called (${other}); the service answered ${await describeResponse(response, built)}`);
  }
  const expected = runtimeValue(deref(operation.input), paramsOf(c.definition));
  check(valueDifferences(expected, await readStreams(call.input), "input"), c);
}

export async function runServerResponseCase(c: ManifestCase, manifest: Manifest): Promise<void> {
  const info = packageFor(c, manifest);
  const operation = await operationSchema(info, c.operationId);
  const params = paramsOf(c.definition);
  let answer: AnyHandler;
  if (c.errorId !== undefined) {
    const error = await errorClass(info, c.errorId);
    const fields = runtimeValue(error.schema, params);
    answer = async () => {
      throw new error.construct(fields);
    };
  } else {
    const output = runtimeValue(deref(operation.output), params);
    answer = async () => output;
  }
  let called = false;
  const built = await buildService(info, (operationId) =>
    operationId === c.operationId
      ? async (input, ctx) => {
          called = true;
          return answer(input, ctx);
        }
      : async () => {
          throw new Error(`${operationId} was called, not ${c.operationId}`);
        },
  );
  const response = await built.service.handle(await requestFor(built.schema, c.operationId, info));
  if (!called) throw new Error(`${c.id}: the request built for ${c.operationId} did not reach its handler; the service answered ${await describeResponse(response, built)}`);
  const body = await collectBody(response.body);
  const differences = responseDifferences(c.definition, response, body);
  if (differences.length > 0 && response.statusCode === 500) differences.push(`(logged: ${built.logger.describe()})`);
  check(differences, c);
}

export async function runServerMalformedCase(c: ManifestCase, manifest: Manifest): Promise<void> {
  const info = packageFor(c, manifest);
  const request = c.definition["request"];
  const expected = c.definition["response"];
  if (!isNodeObject(request) || !isNodeObject(expected)) throw new Error(`${c.id}: a malformed-request case needs a request and a response`);
  const called: string[] = [];
  const built = await buildService(info, (operationId) => async () => {
    called.push(operationId);
    return {};
  });
  const response = await built.service.handle(serverRequestFromCase(request));
  const differences: string[] = [];
  if (called.length > 0) differences.push(`no handler may see a malformed request, but ${called.join(", ")} was called`);
  const code = expected["code"];
  if (typeof code === "number" && response.statusCode !== code) differences.push(`status: expected ${code}, got ${response.statusCode}`);
  const headers = expected["headers"];
  if (isNodeObject(headers)) {
    for (const name of Object.keys(headers)) {
      const actual = response.headers[name.toLowerCase()];
      if (actual !== headers[name]) differences.push(`header ${name}: expected ${JSON.stringify(headers[name])}, got ${actual === undefined ? "none" : JSON.stringify(actual)}`);
    }
  }
  const body = await collectBody(response.body);
  const bodyDef = expected["body"];
  if (isNodeObject(bodyDef)) differences.push(...malformedBodyDifferences(bodyDef, body));
  if (differences.length > 0) differences.push(`(response: ${await describeResponse({ ...response, body }, built)})`);
  check(differences, c);
}

/** The body assertion of a malformed-request case: exact contents, or a regex on `message`. */
function malformedBodyDifferences(def: NodeObject, body: Uint8Array): string[] {
  const mediaType = stringField(def, "mediaType");
  const assertion = def["assertion"];
  if (!isNodeObject(assertion)) return [`the case's body has no assertion`];
  const contents = stringField(assertion, "contents");
  if (contents !== undefined) return bodyDifferences(contents, mediaType, body);
  const regex = stringField(assertion, "messageRegex");
  if (regex === undefined) return [`the case's body assertion has neither contents nor messageRegex`];
  if (!isJsonMediaType(mediaType)) return [`messageRegex needs a JSON body to read "message" from (media type ${String(mediaType)})`];
  let message: unknown;
  try {
    const parsed: unknown = JSON.parse(utf8Decode(body));
    message = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>)["message"] ?? (parsed as Record<string, unknown>)["Message"] : undefined;
  } catch (e) {
    return [`body: expected JSON with a message, got ${JSON.stringify(utf8Decode(body))} (${e instanceof Error ? e.message : String(e)})`];
  }
  if (typeof message !== "string") return [`body: expected a string "message", got ${JSON.stringify(message)}`];
  return new RegExp(regex).test(message) ? [] : [`body message ${JSON.stringify(message)} does not match /${regex}/`];
}

/**
 * awsJson headers whose values the protocol fixes for every request of an operation, whatever
 * the input: the X-Amz-Target naming the operation and the protocol's Content-Type.
 */
const AWS_JSON_FIXED_HEADERS = ["content-type", "x-amz-target"];

/**
 * A request case's request, completed only where the case omits something that carries no
 * information. A case lists the headers it asserts, not every header a client sends ("headers
 * applies no constraints on additional headers"); for awsJson a few cases leave out the
 * X-Amz-Target and Content-Type that are fully determined by the operation the case names, so
 * those two are filled in from the protocol. Nothing else is added: the body and every header
 * that depends on the input (restJson1's Content-Type, Content-Encoding, ...) are exactly what
 * the case gives, so a case without a body is tested as a request without a body.
 */
async function completedRequest(request: ServerRequest, schema: ServiceSchema, info: ServerPackageInfo, operationId: string): Promise<ServerRequest> {
  if (schema.protocol.id !== "aws.protocols#awsJson1_0" && schema.protocol.id !== "aws.protocols#awsJson1_1") return request;
  const protocol = CLIENT_SIDES[schema.protocol.id];
  if (protocol === undefined) return request;
  const operation = await operationSchema(info, operationId);
  const client = await protocol.serializeRequest(operation, {}, { service: schema, idempotencyToken: () => IDEMPOTENCY_TOKEN });
  const headers = { ...request.headers };
  for (const name of AWS_JSON_FIXED_HEADERS) {
    const value = client.headers[name];
    if (headers[name] === undefined && value !== undefined) headers[name] = value;
  }
  return { ...request, headers };
}

/**
 * A request that routes to `operationId`: a placeholder input serialized by the client side of
 * the service's protocol (the protocols are symmetric, so the server parses it back).
 */
async function requestFor(schema: ServiceSchema, operationId: string, info: ServerPackageInfo): Promise<ServerRequest> {
  const protocol = CLIENT_SIDES[schema.protocol.id];
  if (protocol === undefined) throw new Error(`no client side for protocol ${schema.protocol.id}`);
  const operation = await operationSchema(info, operationId);
  return protocol.serializeRequest(operation, placeholderInput(deref(operation.input)), { service: schema, idempotencyToken: () => IDEMPOTENCY_TOKEN });
}

async function describeResponse(response: HttpResponse, built: BuiltService): Promise<string> {
  const body = await collectBody(response.body);
  const text = utf8Decode(body);
  const logged = built.logger.describe();
  return `${response.statusCode} ${JSON.stringify(response.headers)} ${JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text)}${logged === "" ? "" : ` (logged: ${logged})`}`;
}

function paramsOf(def: NodeObject): Record<string, unknown> {
  const params = def["params"];
  return isNodeObject(params) ? (params as Record<string, unknown>) : {};
}

function check(differences: readonly string[], c: ManifestCase): void {
  if (differences.length > 0) throw new Error(`${c.id}:\n  ${differences.join("\n  ")}`);
}

function stringField(def: NodeObject, key: string): string | undefined {
  const v: NodeValue | undefined = def[key];
  return typeof v === "string" ? v : undefined;
}

function stringList(def: NodeObject, key: string): string[] {
  const v = def[key];
  return isNodeArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}
