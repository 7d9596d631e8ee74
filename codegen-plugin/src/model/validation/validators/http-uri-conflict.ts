// HttpUriConflict: within a service, two operations must not route the same method and URI
// shape (labels in the same places, same literals and query literals). When @pattern on the
// label members rules out the overlap, the conflict is only DANGER.
import type { ValidationEvent } from "../../events.js";
import { isNodeObject } from "../../node-value.js";
import type { Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { httpTrait, requestBindings, type HttpTraitInfo } from "../indexes/http.js";
import { conflictingLabelSegments, parseHostPrefix, urisConflict, type UriPattern } from "../indexes/uri-pattern.js";
import { compilePattern } from "../patterns.js";
import type { Validator } from "../validator.js";

const ID = "HttpUriConflict";

export const httpUriConflictValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    if (ctx.shapesWithTrait("smithy.api#http").length === 0) return;
    for (const service of ctx.model.shapesOfType("service")) {
      const routed: { op: Shape; http: HttpTraitInfo }[] = [];
      for (const op of ctx.topDown.contained(service.id).operations) {
        const http = httpTrait(ctx, op);
        if (http) routed.push({ op, http });
      }
      // Group by method so each operation is compared only with operations it could collide with.
      const byMethod = new Map<string, typeof routed>();
      for (const r of routed) {
        const list = byMethod.get(r.http.method);
        if (list) list.push(r);
        else byMethod.set(r.http.method, [r]);
      }
      for (const group of byMethod.values()) {
        if (group.length < 2) continue;
        for (const { op, http } of group) {
          const conflicts: string[] = [];
          const allowable: string[] = [];
          for (const other of group) {
            if (other.op === op || !urisConflict(other.http.uri, http.uri) || !endpointsConflict(ctx, op, other.op)) continue;
            const entry = `\`${other.op.id}\` (${other.http.uri.text})`;
            if (labelPatternsPreventConflict(http.uri, other.http.uri, labelPatterns(ctx, op), labelPatterns(ctx, other.op))) {
              allowable.push(entry);
            } else {
              conflicts.push(entry);
            }
          }
          if (conflicts.length > 0) yield shapeEvent(ID, "ERROR", op, format(http.uri, conflicts));
          if (allowable.length > 0) {
            yield shapeEvent(
              ID,
              "DANGER",
              op,
              `${format(http.uri, allowable)}. Pattern traits applied to the label members prevent the label value from ` +
                "evaluating to a conflict, but this is still a poor design. If this is acceptable, this can be suppressed.",
            );
          }
        }
      }
    }
  },
};

function format(uri: UriPattern, conflicts: string[]): string {
  return `Operation URI, \`${uri.text}\`, conflicts with other operation URIs in the same service: [${conflicts.sort().join(", ")}]`;
}

/** Operations with different host prefixes (when @pattern keeps their labels apart) do not collide. */
function endpointsConflict(ctx: ValidationContext, a: Shape, b: Shape): boolean {
  const ea = hostPrefix(a);
  const eb = hostPrefix(b);
  if (ea === undefined && eb === undefined) return true;
  if (ea === undefined || eb === undefined) return false;
  return !labelPatternsPreventConflict(ea, eb, hostLabelPatterns(ctx, a), hostLabelPatterns(ctx, b));
}

function hostPrefix(operation: Shape): UriPattern | undefined {
  const trait = operation.traits.get("smithy.api#endpoint");
  if (!isNodeObject(trait) || typeof trait["hostPrefix"] !== "string") return undefined;
  const parsed = parseHostPrefix(trait["hostPrefix"]);
  return "pattern" in parsed ? parsed.pattern : undefined;
}

function labelPatternsPreventConflict(
  a: UriPattern,
  b: UriPattern,
  aPatterns: ReadonlyMap<string, string>,
  bPatterns: ReadonlyMap<string, string>,
): boolean {
  const pairs = conflictingLabelSegments(a, b);
  if (pairs.length === 0) return false;
  return pairs
    .filter(([x, y]) => (x.kind !== "literal") !== (y.kind !== "literal"))
    .every(([x, y]) => {
      const labelIsX = x.kind !== "literal";
      const pattern = labelIsX ? aPatterns.get(x.content) : bPatterns.get(y.content);
      const literal = labelIsX ? y.content : x.content;
      if (pattern === undefined) return false;
      const regex = compilePattern(pattern);
      return regex !== undefined && !regex.test(literal);
    });
}

/** @pattern of each @httpLabel input member (on the member or its target), by member name. */
function labelPatterns(ctx: ValidationContext, operation: Shape): Map<string, string> {
  const out = new Map<string, string>();
  for (const binding of requestBindings(ctx, operation)) {
    if (binding.location !== "label") continue;
    const pattern = binding.member.traits.get("smithy.api#pattern") ??
      ctx.model.getTopLevel(binding.member.target)?.traits.get("smithy.api#pattern");
    if (typeof pattern === "string") out.set(binding.member.memberName, pattern);
  }
  return out;
}

/** @pattern of each @hostLabel input member, by member name. */
function hostLabelPatterns(ctx: ValidationContext, operation: Shape): Map<string, string> {
  const out = new Map<string, string>();
  for (const member of ctx.inputMembers(operation)) {
    const pattern = member.traits.get("smithy.api#pattern");
    if (member.traits.has("smithy.api#hostLabel") && typeof pattern === "string") out.set(member.memberName, pattern);
  }
  return out;
}
