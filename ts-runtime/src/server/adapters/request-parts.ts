// Request parsing shared by the adapters: query strings, header maps and paths, each bounded
// so that hostile requests cost little and fail with a clear 400.
import { FrameworkError } from "../../protocol/protocol.js";
import type { ServerLimits } from "../config.js";

export type QueryPairs = [string, string][];

function decodeQueryPart(text: string): string | undefined {
  const spaced = text.includes("+") ? text.replace(/\+/g, " ") : text;
  if (!spaced.includes("%")) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return undefined;
  }
}

/**
 * Parses a raw (percent-encoded) query string into decoded pairs in wire order. "+" means a
 * space (form encoding, as AWS services read queries); a key without "=" has the value "".
 */
export function parseQueryString(raw: string, limits: ServerLimits): QueryPairs | FrameworkError {
  const pairs: QueryPairs = [];
  if (raw === "") return pairs;
  let start = 0;
  while (start <= raw.length) {
    let end = raw.indexOf("&", start);
    if (end < 0) end = raw.length;
    if (end > start) {
      if (pairs.length >= limits.maxQueryParameters) {
        return new FrameworkError("Serialization", `the request has more than ${limits.maxQueryParameters} query parameters`);
      }
      const part = raw.slice(start, end);
      const eq = part.indexOf("=");
      const key = decodeQueryPart(eq < 0 ? part : part.slice(0, eq));
      const value = eq < 0 ? "" : decodeQueryPart(part.slice(eq + 1));
      if (key === undefined || value === undefined) return new FrameworkError("Serialization", "the query string has invalid percent-encoding");
      pairs.push([key, value]);
    }
    start = end + 1;
  }
  return pairs;
}

/** Splits "path?query" (a request target in origin form); a fragment, if any, is dropped. */
export function splitTarget(target: string): { path: string; query: string } {
  const hash = target.indexOf("#");
  const t = hash < 0 ? target : target.slice(0, hash);
  const q = t.indexOf("?");
  const path = q < 0 ? t : t.slice(0, q);
  return { path: path === "" ? "/" : path, query: q < 0 ? "" : t.slice(q + 1) };
}

/**
 * Adds one header to a header map, joining repeats per HTTP list rules ("cookie" with "; ",
 * everything else with ", "). Returns the bytes it added.
 */
export function addHeader(headers: Record<string, string>, name: string, value: string): number {
  const key = lowerCaseName(name);
  const existing = headers[key];
  headers[key] = existing === undefined ? value : `${existing}${key === "cookie" ? "; " : ", "}${value}`;
  return key.length + value.length;
}

/** The lower-case form of a header name; the usual spellings of common names need no new string. */
function lowerCaseName(name: string): string {
  switch (name) {
    case "Host":
    case "host":
      return "host";
    case "Content-Type":
    case "content-type":
      return "content-type";
    case "Content-Length":
    case "content-length":
      return "content-length";
    case "Connection":
    case "connection":
      return "connection";
    case "Accept":
    case "accept":
      return "accept";
    case "User-Agent":
    case "user-agent":
      return "user-agent";
    default:
      return name.toLowerCase();
  }
}

/**
 * A header map whose prototype chain holds no properties at all, so header names such as
 * "__proto__" or "constructor" are plain keys. Unlike Object.create(null), whose objects V8
 * keeps in slow dictionary mode, instances of this constructor are ordinary fast objects.
 */
const HeaderMap = function HeaderMap() {} as unknown as { new (): Record<string, string>; prototype: object };
HeaderMap.prototype = Object.create(null) as object;

export function newHeaderMap(): Record<string, string> {
  return new HeaderMap();
}

export function headersTooLarge(limits: ServerLimits): FrameworkError {
  return new FrameworkError("Serialization", `the request headers exceed ${limits.maxHeaderBytes} bytes`);
}

const UNSAFE_IN_PATH = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/;
const UNSAFE_IN_PATH_ALL = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]+/g;

/**
 * A path as platforms that decode it hand it over (API Gateway), made percent-encoded again
 * for the characters that cannot appear raw in a path; "%" and reserved characters are kept.
 * Undefined when the path is not well-formed text (a lone surrogate).
 */
export function encodePath(path: string): string | undefined {
  if (!UNSAFE_IN_PATH.test(path)) return path;
  try {
    return path.replace(UNSAFE_IN_PATH_ALL, (s) => encodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/** Media types whose bodies adapters that need text (Lambda) may pass as UTF-8 rather than base64. */
export function isTextual(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(";", 1)[0]!.trim().toLowerCase();
  return (
    type.startsWith("text/") ||
    type === "application/json" ||
    type.endsWith("+json") ||
    type.startsWith("application/x-amz-json") ||
    type === "application/xml" ||
    type.endsWith("+xml")
  );
}

/** Statuses whose responses never have a body. */
export function isBodiless(status: number): boolean {
  return status === 204 || status === 205 || status === 304 || (status >= 100 && status < 200);
}

/** Headers for a bodiless response: framing headers describing a body that will not be sent are dropped. */
export function withoutFraming(headers: Readonly<Record<string, string>>): Record<string, string> {
  if (headers["content-length"] === undefined && headers["transfer-encoding"] === undefined) return headers;
  const { "content-length": _length, "transfer-encoding": _encoding, ...rest } = headers;
  return rest;
}
