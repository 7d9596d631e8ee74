// What a generated client wires into the runtime: its protocol, the signers for the service's
// auth traits, and the built-in interceptors the model's traits call for.
import { isNodeArray } from "../../model/node-value.js";
import type { Model } from "../../model/model.js";
import type { Shape } from "../../model/shape.js";
import { GenerationError } from "../errors.js";

/**
 * The runtime's client entry point (Client, fluent requests, config types); shared symbols such
 * as schemas and errors come from RUNTIME_MODULE. The runtime has finer entry points for what
 * only some clients need (below), so that an unbundled client loads only what its model uses.
 * None of them loads server code.
 */
export const CLIENT_RUNTIME_MODULE = "@smithy-ts/runtime/codegen-v1/client";
/** The signers for Smithy's HTTP auth traits. */
export const CLIENT_AUTH_MODULE = "@smithy-ts/runtime/codegen-v1/client-auth";
/** The built-in interceptors for @requestCompression and @httpChecksumRequired. */
export const CLIENT_INTERCEPTORS_MODULE = "@smithy-ts/runtime/codegen-v1/client-interceptors";

/** Protocols the runtime implements for clients: trait id -> the client half and its entry point. */
const CLIENT_PROTOCOLS: ReadonlyMap<string, { readonly symbol: string; readonly module: string }> = new Map([
  ["aws.protocols#restJson1", { symbol: "restJson1Client", module: "@smithy-ts/runtime/codegen-v1/rest-json1-client" }],
  ["aws.protocols#awsJson1_0", { symbol: "awsJson1_0Client", module: "@smithy-ts/runtime/codegen-v1/aws-json-client" }],
  ["aws.protocols#awsJson1_1", { symbol: "awsJson1_1Client", module: "@smithy-ts/runtime/codegen-v1/aws-json-client" }],
]);

export interface ProtocolChoice {
  readonly traitId: string;
  /** The runtime's protocol object, e.g. "restJson1Client". */
  readonly runtimeSymbol: string;
  /** The runtime entry point exporting it. */
  readonly runtimeModule: string;
}

/**
 * The protocol to generate for: the one asked for (which the service must have and the
 * runtime must implement), or the service's only supported protocol trait.
 */
export function chooseProtocol(model: Model, service: Shape, requested: string | undefined): ProtocolChoice {
  const onService = [...service.traits.keys()].filter((id) => model.getTopLevel(id)?.traits.has("smithy.api#protocolDefinition") === true).sort();
  const supported = [...CLIENT_PROTOCOLS.keys()];
  if (requested !== undefined) {
    const runtime = CLIENT_PROTOCOLS.get(requested);
    if (runtime === undefined) {
      throw new GenerationError("usage", `--protocol ${requested} is not supported by client mode (supported: ${supported.join(", ")})`);
    }
    if (!service.traits.has(requested)) {
      throw new GenerationError("usage", `service ${service.id} does not have the protocol trait ${requested} (it has: ${onService.join(", ") || "none"})`);
    }
    return { traitId: requested, runtimeSymbol: runtime.symbol, runtimeModule: runtime.module };
  }
  const usable = onService.filter((id) => CLIENT_PROTOCOLS.has(id));
  if (usable.length === 1) {
    const runtime = CLIENT_PROTOCOLS.get(usable[0]!)!;
    return { traitId: usable[0]!, runtimeSymbol: runtime.symbol, runtimeModule: runtime.module };
  }
  if (usable.length === 0) {
    throw new GenerationError(
      "model",
      `service ${service.id} has no protocol trait client mode supports (it has: ${onService.join(", ") || "none"}; supported: ${supported.join(", ")})`,
    );
  }
  throw new GenerationError("usage", `service ${service.id} supports several protocols (${usable.join(", ")}); choose one with --protocol`);
}

/** Signers the runtime has for Smithy's HTTP auth traits. */
const AUTH_SCHEMES: ReadonlyMap<string, AuthSchemeInfo> = new Map([
  ["smithy.api#httpBearerAuth", { traitId: "smithy.api#httpBearerAuth", runtimeSymbol: "httpBearerAuthScheme", configKey: "token", identity: "TokenIdentity", shorthand: "string" }],
  ["smithy.api#httpApiKeyAuth", { traitId: "smithy.api#httpApiKeyAuth", runtimeSymbol: "httpApiKeyAuthScheme", configKey: "apiKey", identity: "ApiKeyIdentity", shorthand: "string" }],
  ["smithy.api#httpBasicAuth", { traitId: "smithy.api#httpBasicAuth", runtimeSymbol: "httpBasicAuthScheme", configKey: "basicAuth", identity: "LoginIdentity", shorthand: undefined }],
]);

export interface AuthSchemeInfo {
  readonly traitId: string;
  readonly runtimeSymbol: string;
  /** The ClientConfig key that takes the identity. */
  readonly configKey: string;
  /** The runtime's identity type. */
  readonly identity: string;
  /** A shorter form the config key also accepts ("string" for a bare token or key). */
  readonly shorthand: "string" | undefined;
}

export interface ServiceAuth {
  /** Schemes the runtime can sign with, in the service's priority order. */
  readonly supported: readonly AuthSchemeInfo[];
  /** Auth traits of the service the runtime has no signer for (users may add one). */
  readonly unsupported: readonly string[];
}

/** The service's auth-definition traits, in @auth order when given, else sorted by id. */
export function serviceAuth(model: Model, service: Shape): ServiceAuth {
  const defined = [...service.traits.keys()].filter((id) => model.getTopLevel(id)?.traits.has("smithy.api#authDefinition") === true).sort();
  const listed = service.traits.get("smithy.api#auth");
  const ordered = isNodeArray(listed)
    ? [...listed.filter((v): v is string => typeof v === "string" && defined.includes(v)), ...defined.filter((id) => !listed.includes(id))]
    : defined;
  return {
    supported: ordered.flatMap((id) => AUTH_SCHEMES.get(id) ?? []),
    unsupported: ordered.filter((id) => !AUTH_SCHEMES.has(id)),
  };
}

/**
 * The runtime interceptors a client needs, in the order they must run: compression first, so
 * that the Content-MD5 checksum covers the bytes actually sent.
 */
export function builtInInterceptors(operations: readonly Shape[]): string[] {
  const out: string[] = [];
  if (operations.some((op) => op.traits.has("smithy.api#requestCompression"))) out.push("requestCompression");
  if (operations.some((op) => op.traits.has("smithy.api#httpChecksumRequired"))) out.push("contentMd5");
  return out;
}
