// An HTTP plugin that gives every request an id the caller can see: it records the id (and when
// the request arrived) as a typed extension for later plugins and handlers, and returns it in
// the `X-Request-Id` response header, which generated clients report as `$metadata.requestId`.
// The id is the caller's own `X-Request-Id` when it sent a sane one (the runtime decides that).
import { ExtensionKey, type HttpPlugin } from "@smithy-ts/runtime/server";

export interface RequestMetadataValue {
  readonly requestId: string;
  readonly receivedAt: Date;
}

export const RequestMetadata = new ExtensionKey<RequestMetadataValue>("request metadata");

export function requestIds(now: () => Date = () => new Date()): HttpPlugin {
  return (next) => async (request, ctx) => {
    ctx.extensions.set(RequestMetadata, { requestId: ctx.requestId, receivedAt: now() });
    const response = await next(request, ctx);
    return { ...response, headers: { ...response.headers, "x-request-id": ctx.requestId } };
  };
}
