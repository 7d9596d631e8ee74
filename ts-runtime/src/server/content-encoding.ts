// Request bodies a client compressed. An operation with @requestCompression tells clients to
// gzip large bodies and append "gzip" to Content-Encoding (after any codings the input itself
// binds to that header), so its server must undo exactly that before the protocol reads the
// body: decompress (never past the body limit: a small gzip can expand enormously) and drop
// the "gzip" it decoded from the header. Uses the platform's DecompressionStream (Node >= 18,
// browsers, Deno, Bun, Workers).
import type { HttpHeaders } from "../http/types.js";
import type { OperationSchema } from "../schema/schema.js";
import { FrameworkError } from "../protocol/protocol.js";
import { collectBody, type CollectedBody } from "./body.js";

export interface DecodedBody {
  readonly headers: HttpHeaders;
  readonly body: CollectedBody;
}

/**
 * The body and headers with a trailing "gzip" content coding removed, for operations that
 * accept compressed requests; undefined when there is nothing to decode (the request is used
 * as it is). Throws a FrameworkError: Serialization for a corrupt gzip stream, RequestTooLarge
 * when the decompressed body exceeds `limit` bytes.
 */
export async function decodeRequestCompression(operation: OperationSchema, headers: HttpHeaders, body: CollectedBody, limit: number): Promise<DecodedBody | undefined> {
  const encodings = operation.traits.requestCompression?.encodings;
  const header = headers["content-encoding"];
  if (encodings === undefined || header === undefined || body === undefined) return undefined;
  const codings = header.split(",").map((c) => c.trim()).filter((c) => c !== "");
  if (codings.length === 0 || codings[codings.length - 1]!.toLowerCase() !== "gzip" || typeof DecompressionStream !== "function") return undefined;
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  let decoded: CollectedBody;
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
    decoded = await collectBody(stream, limit);
  } catch (e) {
    if (e instanceof FrameworkError) throw e;
    throw new FrameworkError("Serialization", "the request body is not valid gzip although Content-Encoding says so", { cause: e });
  }
  const rest = codings.slice(0, -1).join(", ");
  const { "content-encoding": _decoded, ...others } = headers;
  return { headers: rest === "" ? others : { ...others, "content-encoding": rest }, body: decoded };
}
