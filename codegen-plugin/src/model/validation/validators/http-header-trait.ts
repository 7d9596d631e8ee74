// HttpHeaderTrait: header names must be RFC 9110 tokens, not headers a client or proxy
// controls, and unique (case-insensitively) within a structure.
import type { ValidationEvent } from "../../events.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent, tickedList } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "HttpHeaderTrait";
const HEADER = "smithy.api#httpHeader";
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const BLOCKLIST = new Set([
  "authorization", "connection", "content-length", "expect", "host", "max-forwards", "proxy-authenticate", "server",
  "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "www-authenticate", "x-forwarded-for",
]);

export const httpHeaderTraitValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    const members = ctx.shapesWithTrait(HEADER);
    if (members.length === 0) return;
    const containers = new Set<string>();
    for (const member of members) if (member.type === "member") containers.add(member.container);
    for (const id of containers) {
      const structure = ctx.shapeOfType(id, "structure");
      if (!structure) continue;
      const byHeader = new Map<string, string[]>();
      for (const member of structure.members.values()) {
        const header = member.traits.get(HEADER);
        if (typeof header !== "string") continue;
        const key = header.toLowerCase();
        const list = byHeader.get(key);
        if (list) list.push(member.memberName);
        else byHeader.set(key, [member.memberName]);
      }
      for (const [header, names] of byHeader) {
        if (names.length < 2) continue;
        yield shapeEvent(
          ID,
          "ERROR",
          structure,
          `\`httpHeader\` field name binding conflicts found for the \`${header}\` header in the following structure ` +
            `members: ${tickedList(names)}`,
        );
      }
    }
    for (const member of members) {
      const header = member.traits.get(HEADER);
      if (typeof header !== "string") continue;
      if (BLOCKLIST.has(header.toLowerCase())) {
        yield shapeEvent(ID, "DANGER", member, `\`${header}\` is not an allowed HTTP header binding`);
      } else if (!TOKEN.test(header)) {
        yield shapeEvent(
          ID,
          "DANGER",
          member,
          `\`${header}\` is not a valid HTTP header field name according to section 5.6.2 of RFC 9110`,
        );
      }
    }
  },
};
