// HttpMethodSemantics: the method should be upper case and agree with @readonly and
// @idempotent; GET/HEAD/DELETE/... requests should not carry a payload; OPTIONS should not
// be modeled at all.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import { httpTrait, requestBindings } from "../indexes/http.js";
import type { Validator } from "../validator.js";

const ID = "HttpMethodSemantics";

interface Semantics {
  readonly readonly: boolean | undefined;
  readonly idempotent: boolean | undefined;
  readonly allowsPayload: boolean | undefined;
  readonly warningWhenModeled?: string;
}

const EXPECTED: Readonly<Record<string, Semantics>> = {
  GET: { readonly: true, idempotent: false, allowsPayload: false },
  HEAD: { readonly: true, idempotent: false, allowsPayload: false },
  OPTIONS: {
    readonly: true,
    idempotent: false,
    allowsPayload: true,
    warningWhenModeled:
      "OPTIONS requests are typically used as part of CORS and should not be modeled explicitly. They are an " +
      "implementation detail that should not appear in generated client or server code. Instead, tooling should use " +
      "the `cors` trait on a service to automatically configure CORS on clients and servers. It is the responsibility " +
      "of service frameworks and API gateways to automatically manage OPTIONS requests. For example, OPTIONS requests " +
      "are automatically created when using Smithy models with Amazon API Gateway.",
  },
  TRACE: { readonly: true, idempotent: false, allowsPayload: false },
  POST: { readonly: false, idempotent: undefined, allowsPayload: true },
  DELETE: { readonly: false, idempotent: true, allowsPayload: false },
  PUT: { readonly: false, idempotent: true, allowsPayload: true },
  PATCH: { readonly: false, idempotent: undefined, allowsPayload: true },
};

export const httpMethodSemanticsValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const op of ctx.shapesWithTrait("smithy.api#http")) {
      if (op.type !== "operation") continue;
      const http = httpTrait(ctx, op);
      if (!http) continue;
      const method = http.method.toUpperCase();
      const semantics = EXPECTED[method];
      if (!semantics) continue;
      if (method !== http.method) {
        yield shapeEvent(ID, "WARNING", op, `This operation uses the \`${http.method}\` method in the \`http\` trait, but expected \`${method}\`.`);
      }
      if (semantics.warningWhenModeled) yield shapeEvent(`${ID}.${method}`, "WARNING", op, semantics.warningWhenModeled);
      const isReadonly = op.traits.has("smithy.api#readonly");
      if (semantics.readonly !== undefined && semantics.readonly !== isReadonly) {
        yield shapeEvent(
          `${ID}.${isReadonly ? "UnnecessaryReadonlyTrait" : "MissingReadonlyTrait"}`,
          "WARNING",
          op,
          `This operation uses the \`${method}\` method in the \`http\` trait, but ${isReadonly ? "is" : "is not"} marked with the readonly trait`,
        );
      }
      const isIdempotent = op.traits.has("smithy.api#idempotent");
      if (semantics.idempotent !== undefined && semantics.idempotent !== isIdempotent) {
        yield shapeEvent(
          `${ID}.${isIdempotent ? "UnnecessaryIdempotentTrait" : "MissingIdempotentTrait"}`,
          "WARNING",
          op,
          `This operation uses the \`${method}\` method in the \`http\` trait, but ${isIdempotent ? "is" : "is not"} marked with the idempotent trait`,
        );
      }
      if (semantics.allowsPayload !== false) continue;
      const bindings = requestBindings(ctx, op);
      const payload = bindings.find((b) => b.location === "payload");
      const document = bindings.filter((b) => b.location === "document").map((b) => b.member.memberName);
      if (payload) {
        yield shapeEvent(
          `${ID}.UnexpectedPayload`,
          "DANGER",
          op,
          `This operation uses the \`${method}\` method in the \`http\` trait, but the \`${payload.member.memberName}\` ` +
            "member is sent as the payload of the request because it is marked with the `httpPayload` trait. Many HTTP " +
            `clients do not support payloads with ${method} requests. Consider binding this member to other parts of ` +
            "the HTTP request such as a query string parameter using the `httpQuery` trait, a header using the " +
            "`httpHeader` trait, or a path segment using the `httpLabel` trait.",
        );
      } else if (document.length > 0) {
        yield shapeEvent(
          `${ID}.UnexpectedPayload`,
          "DANGER",
          op,
          `This operation uses the \`${method}\` method in the \`http\` trait, but the following members are sent as ` +
            `part of the payload of the request: ${tickedList(document)}. These members are sent as part of the payload ` +
            "because they are not explicitly configured to be sent in headers, in the query string, or in a URI segment. " +
            `Many HTTP clients do not support payloads with ${method} requests. Consider binding these members to other ` +
            "parts of the HTTP request such as query string parameters using the `httpQuery` trait, headers using the " +
            "`httpHeader` trait, or URI segments using the `httpLabel` trait.",
        );
      }
    }
  },
};
