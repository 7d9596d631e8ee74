// Endpoints: where requests go. Protocols build requests with a placeholder host; the
// pipeline applies the configured endpoint (scheme, host, port, base path) and the
// operation's @endpoint host prefix.
import { ConstructionError } from "../errors.js";
import type { HttpRequest } from "../http/types.js";
import type { OperationSchema } from "../schema/schema.js";

export interface Endpoint {
  readonly protocol: "http:" | "https:";
  /** Host name or IP address; IPv6 addresses without brackets. */
  readonly hostname: string;
  readonly port?: number;
  /** Path prefix from the endpoint URL, without a trailing slash ("" for none). */
  readonly basePath: string;
}

export interface EndpointContext {
  readonly operation: OperationSchema;
  readonly input: Readonly<Record<string, unknown>>;
}

/** Computes the endpoint per call (e.g. per region or tenant). */
export type EndpointResolver = (context: EndpointContext) => string | URL | Promise<string | URL>;

/** Parses "https://api.example.com:8443/base" into an Endpoint, with a clear error otherwise. */
export function parseEndpoint(value: string | URL): Endpoint {
  let url: URL;
  try {
    url = typeof value === "string" ? new URL(value) : value;
  } catch {
    throw new ConstructionError(`Invalid endpoint "${String(value)}": expected an absolute URL such as "https://api.example.com".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConstructionError(`Invalid endpoint "${url.href}": only http: and https: URLs are supported.`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new ConstructionError(`Invalid endpoint "${url.href}": it must not contain a query string or fragment.`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new ConstructionError(`Invalid endpoint "${url.protocol}//${url.host}": credentials in the URL are not sent; configure an auth identity instead.`);
  }
  const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  const basePath = url.pathname.endsWith("/") ? url.pathname.slice(0, -1) : url.pathname;
  return url.port === "" ? { protocol: url.protocol, hostname, basePath } : { protocol: url.protocol, hostname, port: Number(url.port), basePath };
}

/** A host label: letters, digits and '-', 1-63 characters, not starting or ending with '-'. */
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Expands an @endpoint hostPrefix such as "{bucket}.data." with the input's @hostLabel
 * members, validating each value as a host label.
 */
export function expandHostPrefix(operation: OperationSchema, prefix: string, input: Readonly<Record<string, unknown>>): string {
  if (!prefix.includes("{")) return prefix;
  return prefix.replace(/\{([^}]*)\}/g, (_, label: string) => {
    const value = input[label];
    if (typeof value !== "string" || !HOST_LABEL.test(value)) {
      const shown = value === undefined ? "missing" : JSON.stringify(value);
      throw new ConstructionError(
        `${operation.name}: input member "${label}" is used in the endpoint host but is ${shown === "missing" ? "missing" : `${shown}, which is not a valid host label`}. ` +
          "Expected 1-63 letters, digits or '-', not starting or ending with '-'.",
      );
    }
    return value;
  });
}

/** Places a serialized request on the endpoint. */
export function applyEndpoint(request: HttpRequest, endpoint: Endpoint, hostPrefix: string): HttpRequest {
  const hostname = hostPrefix === "" ? endpoint.hostname : hostPrefix + endpoint.hostname;
  const path = endpoint.basePath === "" ? request.path : endpoint.basePath + request.path;
  return endpoint.port === undefined
    ? { method: request.method, protocol: endpoint.protocol, hostname, path, query: request.query, headers: request.headers, body: request.body }
    : { method: request.method, protocol: endpoint.protocol, hostname, port: endpoint.port, path, query: request.query, headers: request.headers, body: request.body };
}
