// The runtime pieces the runners use, from the runtime's sources: the same modules the
// generated packages load through vitest's alias, so classes compare equal with instanceof.
export { ByteStream } from "../../../ts-runtime/src/http/byte-stream.js";
export { collectBody } from "../../../ts-runtime/src/http/body.js";
export type { HttpBody, HttpClient, HttpHeaders, HttpRequest, HttpResponse } from "../../../ts-runtime/src/http/types.js";
export { deref } from "../../../ts-runtime/src/schema/schema.js";
export type {
  MemberSchema,
  OperationSchema,
  Schema,
  ServiceSchema,
  StructureSchema,
} from "../../../ts-runtime/src/schema/schema.js";
export { requestTarget } from "../../../ts-runtime/src/client/url.js";
export { utf8Decode, utf8Encode } from "../../../ts-runtime/src/serde/utf8.js";
export { ServiceError, SdkError } from "../../../ts-runtime/src/errors.js";
export type { ClientConfig } from "../../../ts-runtime/src/client/config.js";
export type { AuthScheme } from "../../../ts-runtime/src/client/auth/auth-scheme.js";
