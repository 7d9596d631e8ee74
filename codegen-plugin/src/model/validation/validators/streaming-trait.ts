// StreamingTrait: a structure holding a stream may only be an operation input (or output,
// unless the stream @requiresLength); event stream unions contain only structures; streaming
// blob members are @required or @default, and the @httpPayload when the service's protocol
// supports @httpPayload.
import type { ValidationEvent } from "../../events.js";
import { isNodeArray, isNodeObject } from "../../node-value.js";
import type { MemberShape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import { serviceProtocols } from "../indexes/http.js";
import type { Validator } from "../validator.js";

const ID = "StreamingTrait";
const STREAMING = "smithy.api#streaming";

export const streamingTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const streams = ctx.shapesWithTrait(STREAMING);
    if (streams.length === 0) return;
    for (const stream of streams) {
      for (const rel of ctx.reverseRelationships(stream.id)) {
        if (rel.kind === "MEMBER_TARGET" && rel.shape.type === "member") yield* checkReference(ctx, rel.shape);
      }
    }
    for (const union of streams) {
      if (union.type !== "union") continue;
      const invalid = [...union.members.values()]
        .filter((m) => ctx.model.getTopLevel(m.target)?.type !== "structure")
        .map((m) => m.memberName);
      if (invalid.length > 0) {
        yield shapeEvent(
          ID,
          "ERROR",
          union,
          `Each member of an event stream union must target a structure shape, but the following union members do not: [${invalid.join(", ")}]`,
        );
      }
    }
    yield* payloadBindings(ctx);
    for (const stream of streams) {
      if (stream.type !== "blob") continue;
      for (const rel of ctx.reverseRelationships(stream.id)) {
        if (rel.kind !== "MEMBER_TARGET" || rel.shape.type !== "member") continue;
        const member = rel.shape;
        if (member.traits.has("smithy.api#required") || member.traits.has("smithy.api#default")) continue;
        yield shapeEvent(
          ID,
          "ERROR",
          member,
          "Members that target blobs marked with the `streaming` trait MUST also be marked with the `required` or `default` trait.",
        );
      }
    }
  },
};

function* checkReference(ctx: ValidationContext, member: MemberShape): Iterable<ValidationEvent> {
  const target = ctx.model.getTopLevel(member.target);
  const container = ctx.model.getTopLevel(member.container);
  if (!target || !container) return;
  for (const rel of ctx.reverseRelationships(container.id)) {
    switch (rel.kind) {
      case "MEMBER_CONTAINER":
      case "INPUT":
      case "MIXIN":
        break;
      case "OUTPUT":
        if (target.traits.has("smithy.api#requiresLength")) {
          yield shapeEvent(
            ID,
            "ERROR",
            container,
            "Structures that contain a reference to a stream marked with the @requiresLength trait can only be used as " +
              `operation inputs, but this structure is referenced from \`${rel.shape.id}\` as output`,
          );
        }
        break;
      case "MEMBER_TARGET":
        yield shapeEvent(ID, "ERROR", rel.shape, `Members cannot target structures that contain a stream, but this member targets ${container.id}`);
        break;
      default:
        yield shapeEvent(
          ID,
          "ERROR",
          rel.shape,
          `This shape has an invalid \`${rel.kind}\` relationship to a structure, \`${container.id}\`, that contains a stream`,
        );
    }
  }
}

function* payloadBindings(ctx: ValidationContext): Iterable<ValidationEvent> {
  for (const service of ctx.model.shapesOfType("service")) {
    const supportsPayload = serviceProtocols(ctx, service).some((p) => {
      const def = p.traits.get("smithy.api#protocolDefinition");
      const traits = isNodeObject(def) ? def["traits"] : undefined;
      return isNodeArray(traits) && traits.includes("smithy.api#httpPayload");
    });
    if (!supportsPayload) continue;
    for (const shape of ctx.serviceClosure(service.id).values()) {
      if (shape.type !== "member" || shape.traits.has("smithy.api#httpPayload")) continue;
      if (!ctx.model.getTopLevel(shape.target)?.traits.has(STREAMING)) continue;
      yield shapeEvent(
        ID,
        "ERROR",
        shape,
        `Member \`${shape.id}\` referencing @streaming shape \`${shape.target}\` must have the @httpPayload trait, as ` +
          `service \`${service.id}\` has a protocol that supports @httpPayload.`,
      );
    }
  }
}
