// HTTP messages from and against smithy.test case definitions, for both sides:
//   clients: requestDifferences (what the client sent)   and responseFromCase (what it reads)
//   servers: requestFromCase    (what the server reads)  and responseDifferences (what it sent)
// Query parameters are compared decoded and as a multiset (their order is not significant);
// header names case-insensitively, values exactly.
import { isNodeArray, isNodeObject, type NodeObject, type NodeValue } from "../../../../codegen-plugin/src/model/node-value.js";
import { requestTarget, utf8Encode, type HttpHeaders, type HttpRequest, type HttpResponse } from "../runtime.js";
import { bodyDifferences } from "./body.js";

/** Differences between the request a client sent and an httpRequestTests case. */
export function requestDifferences(def: NodeObject, request: HttpRequest, body: Uint8Array): string[] {
  const out: string[] = [];
  const method = stringField(def, "method");
  if (method !== undefined && request.method !== method) out.push(`method: expected ${method}, got ${request.method}`);
  const uri = stringField(def, "uri");
  if (uri !== undefined && request.path !== uri) out.push(`uri: expected ${JSON.stringify(uri)}, got ${JSON.stringify(request.path)}`);
  const resolvedHost = stringField(def, "resolvedHost");
  if (resolvedHost !== undefined && request.hostname !== resolvedHost) out.push(`host: expected ${resolvedHost}, got ${request.hostname}`);
  out.push(...queryDifferences(def, wireQuery(request)));
  out.push(...headerDifferences(def, request.headers));
  const expectedBody = stringField(def, "body");
  if (expectedBody !== undefined) out.push(...bodyDifferences(expectedBody, stringField(def, "bodyMediaType"), body));
  return out;
}

/** Differences between the response a server sent and an httpResponseTests case. */
export function responseDifferences(def: NodeObject, response: HttpResponse, body: Uint8Array): string[] {
  const out: string[] = [];
  const code = def["code"];
  if (typeof code === "number" && response.statusCode !== code) out.push(`status: expected ${code}, got ${response.statusCode}`);
  out.push(...headerDifferences(def, response.headers));
  const expectedBody = stringField(def, "body");
  if (expectedBody !== undefined) out.push(...bodyDifferences(expectedBody, stringField(def, "bodyMediaType"), body));
  return out;
}

/** The response an httpResponseTests case describes (header names lower-cased). */
export function responseFromCase(def: NodeObject): HttpResponse {
  const code = def["code"];
  if (typeof code !== "number") throw new Error(`response case ${String(def["id"])} has no numeric "code"`);
  const body = stringField(def, "body");
  return { statusCode: code, headers: headersOf(def), body: body === undefined ? undefined : utf8Encode(body) };
}

/**
 * The request an httpRequestTests (or malformed request) case describes, as a server would
 * receive it from `host` (default "example.com"). Query parameters are decoded.
 */
export function requestFromCase(def: NodeObject): HttpRequest {
  const method = stringField(def, "method");
  const uri = stringField(def, "uri");
  if (method === undefined || uri === undefined) throw new Error(`request case ${String(def["id"])} has no method or uri`);
  const [path, inlineQuery] = splitOnce(uri, "?");
  const query = [...(inlineQuery === undefined ? [] : inlineQuery.split("&").filter((p) => p !== "")), ...stringList(def, "queryParams")].map(decodePair);
  const body = stringField(def, "body");
  return {
    method,
    protocol: "https:",
    hostname: (stringField(def, "host") ?? "example.com").split("/")[0]!,
    path,
    query,
    headers: headersOf(def),
    body: body === undefined ? undefined : utf8Encode(body),
  };
}

function headersOf(def: NodeObject): HttpHeaders {
  const headers: HttpHeaders = {};
  const given = def["headers"];
  if (isNodeObject(given)) for (const name of Object.keys(given)) headers[name.toLowerCase()] = String(given[name]);
  return headers;
}

function headerDifferences(def: NodeObject, headers: HttpHeaders): string[] {
  const out: string[] = [];
  const expected = def["headers"];
  if (isNodeObject(expected)) {
    for (const name of Object.keys(expected)) {
      const actual = headers[name.toLowerCase()];
      if (actual !== expected[name]) out.push(`header ${name}: expected ${JSON.stringify(expected[name])}, got ${actual === undefined ? "none" : JSON.stringify(actual)}`);
    }
  }
  for (const name of stringList(def, "forbidHeaders")) {
    const actual = headers[name.toLowerCase()];
    if (actual !== undefined) out.push(`header ${name} must not be sent, got ${JSON.stringify(actual)}`);
  }
  for (const name of stringList(def, "requireHeaders")) {
    if (headers[name.toLowerCase()] === undefined) out.push(`header ${name} is required but missing`);
  }
  return out;
}

/** The decoded query pairs exactly as they go on the wire (encoded by the HTTP clients' rules, then decoded). */
function wireQuery(request: HttpRequest): [string, string][] {
  const target = requestTarget({ ...request, path: "" });
  const query = target.startsWith("?") ? target.slice(1) : "";
  return query === "" ? [] : query.split("&").map(decodePair);
}

function queryDifferences(def: NodeObject, actual: readonly (readonly [string, string])[]): string[] {
  const out: string[] = [];
  const remaining = [...actual];
  for (const text of stringList(def, "queryParams")) {
    const [name, value] = decodePair(text);
    const i = remaining.findIndex(([n, v]) => n === name && v === value);
    if (i < 0) out.push(`query ${JSON.stringify(text)} missing (query sent: ${JSON.stringify(actual.map(([n, v]) => `${n}=${v}`))})`);
    else remaining.splice(i, 1);
  }
  for (const name of stringList(def, "forbidQueryParams")) {
    if (actual.some(([n]) => n === name)) out.push(`query parameter ${name} must not be sent`);
  }
  for (const name of stringList(def, "requireQueryParams")) {
    if (!actual.some(([n]) => n === name)) out.push(`query parameter ${name} is required but missing`);
  }
  return out;
}

/** "a=b%20c" -> ["a", "b c"]; "flag" -> ["flag", ""]. */
function decodePair(text: string): [string, string] {
  const [name, value] = splitOnce(text, "=");
  return [decodeURIComponent(name), decodeURIComponent(value ?? "")];
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const i = text.indexOf(separator);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + separator.length)];
}

function stringField(def: NodeObject, key: string): string | undefined {
  const v: NodeValue | undefined = def[key];
  return typeof v === "string" ? v : undefined;
}

function stringList(def: NodeObject, key: string): string[] {
  const v = def[key];
  return isNodeArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}
