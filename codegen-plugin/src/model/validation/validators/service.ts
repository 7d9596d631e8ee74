// Service: shape names in a service's closure must be unique ignoring case and namespace
// (after `rename`), and renames must be valid: identifiers, actual changes, of shapes in the
// closure, never of members, resources or operations.
import type { Severity, ValidationEvent } from "../../events.js";
import { nodeEquals } from "../../node-value.js";
import { isIdentifier, nameOf } from "../../shape-id.js";
import type { AnyShape, Shape } from "../../shape.js";
import type { ValidationContext } from "../context.js";
import { shapeEvent } from "../event-builder.js";
import type { Validator } from "../validator.js";

const ID = "Service";
const SIMPLE = new Set([
  "blob", "boolean", "string", "enum", "byte", "short", "integer", "intEnum", "long", "float", "double", "bigInteger",
  "bigDecimal", "timestamp", "document",
]);
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { SUPPRESSED: 0, NOTE: 1, WARNING: 2, DANGER: 3, ERROR: 4 };

export const serviceValidator: Validator = {
  id: ID,
  *validate(ctx: ValidationContext): Iterable<ValidationEvent> {
    for (const service of ctx.model.shapesOfType("service")) {
      const closure = ctx.serviceClosure(service.id);
      const byName = new Map<string, string[]>();
      for (const id of closure.keys()) {
        if (id.includes("$")) continue;
        const key = (service.rename.get(id) ?? nameOf(id)).toLowerCase();
        const ids = byName.get(key);
        if (ids) ids.push(id);
        else byName.set(key, [id]);
      }
      const detector = new ConflictDetector(ctx);
      for (const ids of byName.values()) {
        if (ids.length < 2) continue;
        ids.sort();
        for (const subjectId of ids) {
          const subject = ctx.model.getShape(subjectId)!;
          for (const otherId of ids) {
            if (otherId === subjectId) continue;
            const other = ctx.model.getShape(otherId)!;
            const severity = detector.detect(subject, other);
            if (severity) yield conflict(severity, service, subject, other);
          }
        }
      }
      yield* renames(service, closure);
    }
  },
};

function conflict(severity: Severity, service: Shape, subject: AnyShape, other: AnyShape): ValidationEvent {
  const subjectRename = service.rename.get(subject.id);
  const otherRename = service.rename.get(other.id);
  let message = subjectRename !== undefined ? `Renamed shape name "${subjectRename}"` : `Shape name \`${subject.id}\``;
  message += ` conflicts with \`${other.id}\` `;
  if (otherRename !== undefined) message += `(renamed to "${otherRename}") `;
  message +=
    `in the \`${service.id}\` service closure. Shapes in the closure of a service ` +
    `${SEVERITY_RANK[severity] >= SEVERITY_RANK.DANGER ? "must" : "should"} have case-insensitively unique names ` +
    "regardless of their namespaces. Use the `rename` property of the service to disambiguate shape names.";
  return shapeEvent(ID, severity, subject, message);
}

function* renames(service: Shape, closure: ReadonlyMap<string, AnyShape>): Iterable<ValidationEvent> {
  for (const [from, to] of service.rename) {
    if (!isIdentifier(to)) {
      yield shapeEvent(ID, "ERROR", service, `Service attempts to rename \`${from}\` to an invalid identifier, "${to}"`);
    } else if (to === nameOf(from) && !from.includes("$")) {
      yield shapeEvent(ID, "ERROR", service, `Service rename for \`${from}\` does not actually change the name from \`${to}\``);
    }
    const shape = closure.get(from);
    if (!shape) {
      yield shapeEvent(ID, "ERROR", service, `Service attempts to rename a shape not in the service: ${from}`);
    } else if (shape.type === "member" || shape.type === "resource" || shape.type === "operation") {
      yield shapeEvent(
        ID,
        "ERROR",
        service,
        `Service attempts to rename a ${shape.type} shape from \`${from}\` to "${to}"; ${shape.type}s cannot be renamed`,
      );
    }
  }
}

/**
 * How bad two same-named shapes are: an ERROR unless both are equivalent simple shapes,
 * lists or members (same type and traits), whose generated names could be merged.
 */
class ConflictDetector {
  readonly #ctx: ValidationContext;
  readonly #cache = new Map<string, Severity | undefined>();

  constructor(ctx: ValidationContext) {
    this.#ctx = ctx;
  }

  detect(a: AnyShape | undefined, b: AnyShape | undefined): Severity | undefined {
    if (!a || !b) return undefined;
    const key = a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`;
    if (this.#cache.has(key)) return this.#cache.get(key);
    // Recursive lists must not loop: assume no conflict while computing.
    this.#cache.set(key, undefined);
    const result = this.#compute(a, b);
    this.#cache.set(key, result);
    return result;
  }

  #compute(a: AnyShape, b: AnyShape): Severity | undefined {
    if (forbidden(a) || forbidden(b) || a.type !== b.type || !sameTraits(a, b)) return "ERROR";
    const memberConflict = this.#members(a, b);
    if (memberConflict !== undefined && SEVERITY_RANK[memberConflict] >= SEVERITY_RANK.WARNING) return memberConflict;
    return SIMPLE.has(a.type) ? "NOTE" : "WARNING";
  }

  #members(a: AnyShape, b: AnyShape): Severity | undefined {
    const model = this.#ctx.model;
    if (a.type === "member" && b.type === "member") return this.detect(model.getTopLevel(a.target), model.getTopLevel(b.target));
    if ((a.type === "list" || a.type === "set") && b.type !== "member") {
      return this.detect(a.members.get("member"), b.members.get("member"));
    }
    return undefined;
  }
}

function forbidden(shape: AnyShape): boolean {
  return !(SIMPLE.has(shape.type) || shape.type === "list" || shape.type === "set" || shape.type === "member");
}

function sameTraits(a: AnyShape, b: AnyShape): boolean {
  if (a.traits.size !== b.traits.size) return false;
  for (const [id, value] of a.traits) {
    const other = b.traits.get(id);
    if (other === undefined || !nodeEquals(value, other)) return false;
  }
  return true;
}
