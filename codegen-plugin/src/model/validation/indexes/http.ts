// HTTP binding facts validators share: each operation's parsed @http trait and where every
// input/output member goes in the HTTP message (Smithy's HttpBindingIndex).
import { isNodeObject } from "../../node-value.js";
import type { MemberShape, Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { parseUriPattern, type UriPattern } from "./uri-pattern.js";

export type BindingLocation =
  | "header" | "prefixHeaders" | "query" | "queryParams" | "payload" | "label" | "responseCode" | "document" | "unbound";

export interface HttpBinding {
  readonly member: MemberShape;
  readonly location: BindingLocation;
}

export interface HttpTraitInfo {
  readonly method: string;
  readonly uri: UriPattern;
  readonly code: number;
}

const HTTP = "smithy.api#http";

/** The operation's @http trait, when present and its URI parses. */
export function httpTrait(ctx: ValidationContext, operation: Shape): HttpTraitInfo | undefined {
  const cache = ctx.memo("httpTraits", () => new Map<string, HttpTraitInfo | undefined>());
  if (cache.has(operation.id)) return cache.get(operation.id);
  let info: HttpTraitInfo | undefined;
  const trait = operation.traits.get(HTTP);
  if (isNodeObject(trait) && typeof trait["method"] === "string" && typeof trait["uri"] === "string") {
    const parsed = parseUriPattern(trait["uri"]);
    if ("pattern" in parsed) {
      info = { method: trait["method"], uri: parsed.pattern, code: typeof trait["code"] === "number" ? trait["code"] : 200 };
    }
  }
  cache.set(operation.id, info);
  return info;
}

/** Where each member of a request (operation input) or response (output or error) goes. */
export function structureBindings(structure: Shape | undefined, isRequest: boolean): HttpBinding[] {
  if (!structure) return [];
  const bindings: HttpBinding[] = [];
  const unbound: MemberShape[] = [];
  let foundPayload = false;
  for (const member of structure.members.values()) {
    const t = member.traits;
    if (t.has("smithy.api#httpHeader")) bindings.push({ member, location: "header" });
    else if (t.has("smithy.api#httpPrefixHeaders")) bindings.push({ member, location: "prefixHeaders" });
    else if (isRequest && t.has("smithy.api#httpQuery")) bindings.push({ member, location: "query" });
    else if (isRequest && t.has("smithy.api#httpQueryParams")) bindings.push({ member, location: "queryParams" });
    else if (t.has("smithy.api#httpPayload")) {
      foundPayload = true;
      bindings.push({ member, location: "payload" });
    } else if (isRequest && t.has("smithy.api#httpLabel")) bindings.push({ member, location: "label" });
    else if (!isRequest && t.has("smithy.api#httpResponseCode")) bindings.push({ member, location: "responseCode" });
    else unbound.push(member);
  }
  for (const member of unbound) bindings.push({ member, location: foundPayload ? "unbound" : "document" });
  return bindings;
}

export function requestBindings(ctx: ValidationContext, operation: Shape): HttpBinding[] {
  return structureBindings(ctx.inputOf(operation), true);
}

export function responseBindings(ctx: ValidationContext, operation: Shape): HttpBinding[] {
  return structureBindings(ctx.outputOf(operation), false);
}

export function hasBody(bindings: readonly HttpBinding[]): boolean {
  return bindings.some((b) => b.location === "document" || b.location === "payload");
}

/** The protocol traits applied to a service (traits whose definition has @protocolDefinition). */
export function serviceProtocols(ctx: ValidationContext, service: Shape): Shape[] {
  const out: Shape[] = [];
  for (const traitId of service.traits.keys()) {
    const def = ctx.model.getTopLevel(traitId);
    if (def?.traits.has("smithy.api#protocolDefinition")) out.push(def);
  }
  return out;
}

/** The auth schemes a service supports: its traits whose definition has @authDefinition, by id. */
export function serviceAuthSchemes(ctx: ValidationContext, service: Shape): string[] {
  const out: string[] = [];
  for (const traitId of service.traits.keys()) {
    if (ctx.model.getTopLevel(traitId)?.traits.has("smithy.api#authDefinition")) out.push(traitId);
  }
  return out.sort();
}
