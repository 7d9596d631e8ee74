// Request targets for HTTP clients: percent-encoded query strings and full URLs.
import type { HttpRequest } from "../http/types.js";

/** RFC 3986 unreserved characters pass; everything else is percent-encoded. */
export function encodeQueryComponent(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** "/path?a=1&b=2" from a request's path and decoded query pairs. */
export function requestTarget(request: HttpRequest): string {
  const query = request.query;
  if (query.length === 0) return request.path;
  let target = request.path + "?";
  for (let i = 0; i < query.length; i++) {
    const [name, value] = query[i]!;
    if (i > 0) target += "&";
    target += encodeQueryComponent(name) + "=" + encodeQueryComponent(value);
  }
  return target;
}

/** "https://host:port/path?query"; IPv6 hosts get their brackets back. */
export function requestUrl(request: HttpRequest): string {
  const host = request.hostname.includes(":") ? `[${request.hostname}]` : request.hostname;
  const port = request.port === undefined ? "" : `:${request.port}`;
  return `${request.protocol}//${host}${port}${requestTarget(request)}`;
}
