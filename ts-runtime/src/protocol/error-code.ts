// Error identification shared by the AWS JSON-family protocols. Services name the error in an
// X-Amzn-Errortype header or a "__type" / "code" body property; legacy services decorate the
// value with a namespace ("aws.example#FooError") and/or a URI suffix
// ("FooError:http://internal.amazon.com/..."), which clients strip.
import type { HttpHeaders } from "../http/types.js";

/** "ns#FooError:http://x" -> "FooError": text before the first ":", then after the first "#". */
export function sanitizeErrorCode(raw: string): string {
  let code = raw.trim();
  const colon = code.indexOf(":");
  if (colon >= 0) code = code.slice(0, colon);
  const hash = code.indexOf("#");
  if (hash >= 0) code = code.slice(hash + 1);
  return code;
}

/** The shape name of an absolute shape id ("ns#Name" -> "Name"). */
export function shapeName(id: string): string {
  const hash = id.indexOf("#");
  return hash < 0 ? id : id.slice(hash + 1);
}

/** The request id AWS-style services send back. */
export function requestIdOf(headers: HttpHeaders): string | undefined {
  return headers["x-amzn-requestid"] ?? headers["x-amz-request-id"];
}

/**
 * Finds the error code of an error response: the X-Amzn-Errortype header first, then the
 * body properties in the protocol's preferred order. Only top-level properties count: nested
 * "__type" values belong to other shapes.
 */
export function findErrorCode(headers: HttpHeaders, body: unknown, bodyProperties: readonly string[]): string | undefined {
  const header = headers["x-amzn-errortype"];
  if (header !== undefined && header.trim() !== "") return sanitizeErrorCode(header);
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  for (const property of bodyProperties) {
    const value = Object.hasOwn(body, property) ? (body as Record<string, unknown>)[property] : undefined;
    if (typeof value === "string" && value.trim() !== "") return sanitizeErrorCode(value);
  }
  return undefined;
}

/** Parses an error body leniently: a body that is not a JSON object names nothing. */
export function parseErrorDocument(text: string): Readonly<Record<string, unknown>> | undefined {
  if (text.trim() === "") return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
