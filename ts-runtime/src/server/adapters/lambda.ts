// The AWS Lambda adapter for API Gateway proxy integrations: REST APIs (payload format 1.0) and
// HTTP APIs (payload format 2.0), told apart by the event itself. The event types below are
// the subset of the documented payloads the adapter reads.
import type { HttpBody, HttpResponse } from "../../http/types.js";
import { FrameworkError } from "../../protocol/protocol.js";
import { collectBody, tooLarge } from "../body.js";
import type { Service } from "../service.js";
import type { ServerRequest } from "../types.js";
import { addHeader, encodePath, headersTooLarge, isBodiless, isTextual, newHeaderMap, parseQueryString, withoutFraming, type QueryPairs } from "./request-parts.js";

type Nullable<T> = T | null | undefined;

/** API Gateway REST API proxy event (payload format 1.0). */
export interface ApiGatewayV1Event {
  readonly httpMethod: string;
  /** The resource path, without the stage. */
  readonly path: string;
  readonly headers?: Nullable<Readonly<Record<string, string | undefined>>>;
  readonly multiValueHeaders?: Nullable<Readonly<Record<string, readonly string[] | undefined>>>;
  readonly queryStringParameters?: Nullable<Readonly<Record<string, string | undefined>>>;
  readonly multiValueQueryStringParameters?: Nullable<Readonly<Record<string, readonly string[] | undefined>>>;
  readonly body?: Nullable<string>;
  readonly isBase64Encoded?: boolean;
  readonly requestContext?: { readonly requestId?: string; readonly domainName?: string };
}

/** API Gateway HTTP API proxy event (payload format 2.0). */
export interface ApiGatewayV2Event {
  readonly version: "2.0";
  readonly rawPath: string;
  readonly rawQueryString?: string;
  readonly headers?: Nullable<Readonly<Record<string, string | undefined>>>;
  readonly cookies?: readonly string[];
  readonly body?: Nullable<string>;
  readonly isBase64Encoded?: boolean;
  readonly requestContext: {
    readonly http: { readonly method: string };
    readonly requestId?: string;
    readonly domainName?: string;
    /** "$default", or the stage name that then prefixes rawPath. */
    readonly stage?: string;
  };
}

export interface ApiGatewayV1Result {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

export interface ApiGatewayV2Result {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
  isBase64Encoded: boolean;
}

/** The parts of the Lambda context object the adapter uses. */
export interface LambdaContext {
  readonly awsRequestId?: string;
  getRemainingTimeInMillis?(): number;
}

export interface LambdaHandler {
  (event: ApiGatewayV2Event, context?: LambdaContext): Promise<ApiGatewayV2Result>;
  (event: ApiGatewayV1Event, context?: LambdaContext): Promise<ApiGatewayV1Result>;
  (event: ApiGatewayV1Event | ApiGatewayV2Event, context?: LambdaContext): Promise<ApiGatewayV1Result | ApiGatewayV2Result>;
}

/** Time kept in reserve to answer before Lambda's own deadline when the handler's signal fires. */
const DEADLINE_MARGIN_MS = 250;

function isV2(event: ApiGatewayV1Event | ApiGatewayV2Event): event is ApiGatewayV2Event {
  return (event as ApiGatewayV2Event).version === "2.0";
}

export function createLambdaHandler(service: Service): LambdaHandler {
  const handler = async (event: ApiGatewayV1Event | ApiGatewayV2Event, context?: LambdaContext): Promise<ApiGatewayV1Result | ApiGatewayV2Result> => {
    const v2 = isV2(event);
    let response: HttpResponse;
    try {
      const parsed = v2 ? fromV2(event, context, service) : fromV1(event, context, service);
      response = parsed instanceof FrameworkError ? service.frameworkErrorResponse(parsed) : await service.handle(parsed);
    } catch (e) {
      response = service.frameworkErrorResponse(e instanceof FrameworkError ? e : new FrameworkError("Serialization", "the event is not an API Gateway proxy request", { cause: e }));
    }
    try {
      return await toResult(response, v2);
    } catch (e) {
      return toResult(service.internalFailure(e), v2);
    }
  };
  return handler as LambdaHandler;
}

function signalFor(context: LambdaContext | undefined): AbortSignal | undefined {
  const remaining = context?.getRemainingTimeInMillis?.();
  return remaining !== undefined && remaining > DEADLINE_MARGIN_MS ? AbortSignal.timeout(remaining - DEADLINE_MARGIN_MS) : undefined;
}

function decodeBody(body: Nullable<string>, base64: boolean | undefined, limit: number): string | Uint8Array | undefined {
  if (body === null || body === undefined || body === "") return undefined;
  if (!base64) return body;
  // Four base64 characters carry three bytes: refuse before decoding anything oversized.
  if (Math.floor((body.length * 3) / 4) - 2 > limit) throw tooLarge(limit);
  let binary: string;
  try {
    binary = atob(body);
  } catch (e) {
    throw new FrameworkError("Serialization", "the base64-encoded event body is not valid base64", { cause: e });
  }
  if (binary.length > limit) throw tooLarge(limit);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function hostParts(headers: Record<string, string>, domainName: string | undefined): { hostname: string } {
  return { hostname: headers["host"] ?? domainName ?? "" };
}

function fromV1(event: ApiGatewayV1Event, context: LambdaContext | undefined, service: Service): ServerRequest | FrameworkError {
  const limits = service.limits;
  const headers = newHeaderMap();
  let headerBytes = 0;
  if (event.multiValueHeaders) {
    for (const [name, values] of Object.entries(event.multiValueHeaders)) {
      for (const value of values ?? []) headerBytes += addHeader(headers, name, value);
    }
  } else if (event.headers) {
    for (const [name, value] of Object.entries(event.headers)) if (value !== undefined) headerBytes += addHeader(headers, name, value);
  }
  if (headerBytes > limits.maxHeaderBytes) return headersTooLarge(limits);

  // Values here are already decoded by API Gateway.
  const query: QueryPairs = [];
  const multi = event.multiValueQueryStringParameters;
  const single = event.queryStringParameters;
  const entries: [string, readonly string[]][] = multi
    ? Object.entries(multi).map(([k, v]) => [k, v ?? []])
    : Object.entries(single ?? {}).map(([k, v]) => [k, v === undefined ? [] : [v]]);
  for (const [key, values] of entries) {
    for (const value of values) {
      if (query.length >= limits.maxQueryParameters) return new FrameworkError("Serialization", `the request has more than ${limits.maxQueryParameters} query parameters`);
      query.push([key, value]);
    }
  }
  const path = encodePath(event.path || "/");
  if (path === undefined) return new FrameworkError("Serialization", "the request path is not well-formed");
  const requestId = event.requestContext?.requestId ?? context?.awsRequestId;
  const signal = signalFor(context);
  return {
    method: event.httpMethod,
    protocol: "https:",
    ...hostParts(headers, event.requestContext?.domainName),
    path,
    query,
    headers,
    body: decodeBody(event.body, event.isBase64Encoded, limits.maxRequestBodyBytes),
    ...(requestId === undefined ? {} : { requestId }),
    ...(signal === undefined ? {} : { signal }),
  };
}

function fromV2(event: ApiGatewayV2Event, context: LambdaContext | undefined, service: Service): ServerRequest | FrameworkError {
  const limits = service.limits;
  const headers = newHeaderMap();
  let headerBytes = 0;
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headerBytes += addHeader(headers, name, value);
  for (const cookie of event.cookies ?? []) headerBytes += addHeader(headers, "cookie", cookie);
  if (headerBytes > limits.maxHeaderBytes) return headersTooLarge(limits);

  const query = parseQueryString(event.rawQueryString ?? "", limits);
  if (query instanceof FrameworkError) return query;
  let rawPath = event.rawPath || "/";
  // With a named stage, HTTP APIs put it in front of the path; routes never include it.
  const stage = event.requestContext.stage;
  if (stage !== undefined && stage !== "$default") {
    const prefix = `/${stage}`;
    if (rawPath === prefix) rawPath = "/";
    else if (rawPath.startsWith(`${prefix}/`)) rawPath = rawPath.slice(prefix.length);
  }
  const path = encodePath(rawPath);
  if (path === undefined) return new FrameworkError("Serialization", "the request path is not well-formed");
  const requestId = event.requestContext.requestId ?? context?.awsRequestId;
  const signal = signalFor(context);
  return {
    method: event.requestContext.http.method,
    protocol: "https:",
    ...hostParts(headers, event.requestContext.domainName),
    path,
    query,
    headers,
    body: decodeBody(event.body, event.isBase64Encoded, limits.maxRequestBodyBytes),
    ...(requestId === undefined ? {} : { requestId }),
    ...(signal === undefined ? {} : { signal }),
  };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

async function toResult(response: HttpResponse, v2: boolean): Promise<ApiGatewayV1Result | ApiGatewayV2Result> {
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  const bodiless = isBodiless(response.statusCode);
  for (const [name, value] of Object.entries(bodiless ? withoutFraming(response.headers) : response.headers)) {
    if (v2 && name.toLowerCase() === "set-cookie") (cookies ??= []).push(value);
    else headers[name] = value;
  }
  const { body, isBase64Encoded } = bodiless
    ? { body: "", isBase64Encoded: false }
    : await encodeBody(response.body, headers["content-type"]);
  const result: ApiGatewayV2Result = { statusCode: response.statusCode, headers, body, isBase64Encoded };
  if (cookies !== undefined) result.cookies = cookies;
  return result;
}

async function encodeBody(body: HttpBody, contentType: string | undefined): Promise<{ body: string; isBase64Encoded: boolean }> {
  // Responses are built by this service, so the request limit does not apply to them.
  const collected = await collectBody(body, Number.MAX_SAFE_INTEGER);
  if (collected === undefined) return { body: "", isBase64Encoded: false };
  if (typeof collected === "string") return { body: collected, isBase64Encoded: false };
  if (isTextual(contentType)) {
    try {
      return { body: utf8.decode(collected), isBase64Encoded: false };
    } catch {
      // Not valid UTF-8 after all: fall through to base64, which is always faithful.
    }
  }
  return { body: toBase64(collected), isBase64Encoded: true };
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
