// @httpChecksumRequired: a Content-MD5 header on the request. Added by generated clients whose
// service uses the trait.
import type { HttpRequest } from "../http/types.js";
import { collectBody } from "../http/body.js";
import { toBase64 } from "../serde/base64.js";
import type { Interceptor, RequestContext } from "./interceptors.js";
import { md5 } from "./md5.js";

/**
 * Sets Content-MD5 (base64 of the body's MD5) on @httpChecksumRequired operations unless the
 * request already carries one. Runs before the retry loop, after requestCompression().
 * A streaming body is read into memory to be hashed.
 */
export function contentMd5(): Interceptor {
  return {
    name: "contentMd5",
    modifyBeforeRetryLoop: addContentMd5,
  };
}

async function addContentMd5(context: RequestContext): Promise<HttpRequest | void> {
  const { operation, request } = context;
  if (operation.traits.httpChecksumRequired !== true || request.headers["content-md5"] !== undefined) return;
  const body = request.body;
  const bytes = await collectBody(body);
  const headers = { ...request.headers, "content-md5": toBase64(md5(bytes)) };
  // Strings and bytes stay as they are; a stream was consumed by hashing, so send the bytes.
  return { ...request, headers, body: body === undefined || typeof body === "string" || body instanceof Uint8Array ? body : bytes };
}
