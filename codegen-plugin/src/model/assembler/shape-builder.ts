// Builds one shape from one definition: resolves member targets (including elided ones, from
// a `for` resource or a mixin), applies mixins (members first in mixin order, traits
// inherited unless local to the mixin), fills implicit enum values, and enforces the rules
// the semantic model relies on (list/map members, enum members, mixin types, ...).
//
// A problem that makes the shape impossible to build aborts it (BuildAbort) and is reported
// against the shape; problems with a single member skip that member.
import type { ValidationEvent } from "../events.js";
import { nodeEquals, type NodeValue } from "../node-value.js";
import { makeMember, makeShape, type MemberShape, type Shape } from "../shape.js";
import type { SourceLocation } from "../source-location.js";
import type { DefineShapeOp, ShapeRef } from "./load-operations.js";
import { loaderError, loaderEvent } from "./model-events.js";

const UNIT = "smithy.api#Unit";
const MIXIN_TRAIT = "smithy.api#mixin";
const ENUM_VALUE_TRAIT = "smithy.api#enumValue";
const DEFAULT_TRAIT = "smithy.api#default";
const BOX_TRAIT = "smithy.api#box";
const PRIVATE_TRAIT = "smithy.api#private";

/** Types whose shapes had an implicit zero value in IDL 1.0 unless boxed. */
export const ZERO_VALUE_TYPES_V1: ReadonlySet<string> = new Set([
  "byte", "short", "integer", "long", "float", "double", "boolean", "intEnum",
]);

/** What the builder needs from the assembler. */
export interface BuildContext {
  /** Resolves a reference to an absolute id; undefined (and reported) when the name is invalid. */
  resolve(ref: ShapeRef): string | undefined;
  /** Traits applied to a shape (or one of its members) by trait applications, not inline ones. */
  appliedTraits(id: string, member?: string): ReadonlyMap<string, { readonly value: NodeValue }> | undefined;
  /** Inline member traits (`= default`, enum `= value`), resolved. */
  inlineValue(value: DefineShapeOp["members"][number]["inlineTraits"][number][1]): NodeValue;
  /** A shape built earlier in this assembly (prelude shapes are not available to mixins). */
  built(id: string): Shape | undefined;
  /** Marks traits applied to an inherited member as used and returns them. */
  claimInheritedMemberTraits(id: string, member: string): ReadonlyMap<string, { readonly value: NodeValue }> | undefined;
  report(event: ValidationEvent): void;
}

/** Shared empty values: most shapes and members have no traits or mixins, and models are large. */
const NO_TRAITS: ReadonlyMap<string, NodeValue> = new Map();
const NO_IDS: readonly string[] = Object.freeze([]);

class BuildAbort extends Error {
  override readonly name = "BuildAbort";
  constructor(
    message: string,
    readonly source: SourceLocation,
  ) {
    super(message);
  }
}

interface MemberDraft {
  readonly name: string;
  target: string | undefined;
  source: SourceLocation;
  readonly introduced: Map<string, NodeValue>;
  readonly mixins: MemberShape[];
}

interface ShapeDraft {
  readonly def: DefineShapeOp;
  readonly id: string;
  readonly introduced: Map<string, NodeValue>;
  /** Members added so far, in the order they were added. */
  readonly members: Map<string, MemberDraft>;
  readonly mixins: Shape[];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The zero value IDL 1.0 gave a type (used when upgrading 1.0 models). */
export function zeroValueOf(type: string): NodeValue {
  switch (type) {
    case "boolean":
      return false;
    case "blob":
    case "string":
      return "";
    case "list":
    case "set":
      return [];
    case "map":
      return {};
    case "document":
      return null;
    default:
      return 0;
  }
}

/** Traits a shape passes on to shapes that use it as a mixin: all but `@mixin` and its localTraits. */
function inheritableTraits(mixin: Shape): ReadonlyMap<string, NodeValue> {
  const mixinTrait = mixin.traits.get(MIXIN_TRAIT);
  if (mixinTrait === undefined) return mixin.traits;
  const local = new Set<string>([MIXIN_TRAIT]);
  if (typeof mixinTrait === "object" && mixinTrait !== null && !Array.isArray(mixinTrait)) {
    const list = (mixinTrait as { readonly [k: string]: NodeValue })["localTraits"];
    if (Array.isArray(list)) for (const t of list as readonly NodeValue[]) if (typeof t === "string") local.add(t);
  }
  const out = new Map<string, NodeValue>();
  for (const [k, v] of mixin.traits) if (!local.has(k)) out.set(k, v);
  return out;
}

export class ShapeBuilder {
  constructor(private readonly ctx: BuildContext) {}

  /** Builds the shape, or reports why it cannot be built and returns undefined. */
  build(def: DefineShapeOp): Shape | undefined {
    try {
      return this.buildOrAbort(def);
    } catch (e) {
      if (!(e instanceof BuildAbort)) throw e;
      this.ctx.report(loaderError(e.message, e.source, def.id));
      return undefined;
    }
  }

  private buildOrAbort(def: DefineShapeOp): Shape {
    const id = def.id;
    if (id.includes("$")) {
      throw new BuildAbort(`Shapes of type \`${def.type}\` cannot contain a member in their shape ID. Found \`${id}\``, def.source);
    }
    const introduced = new Map<string, NodeValue>();
    for (const [traitId, entry] of this.ctx.appliedTraits(id) ?? []) introduced.set(traitId, entry.value);
    // IDL 1.0: numbers and booleans that are not @box had a zero value; 2.0 spells it @default.
    if (def.version === "1.0" && ZERO_VALUE_TYPES_V1.has(def.type) && !introduced.has(BOX_TRAIT)) {
      introduced.set(DEFAULT_TRAIT, zeroValueOf(def.type));
    }
    const draft: ShapeDraft = { def, id, introduced, members: new Map(), mixins: [] };

    const forResource = def.forResource ? this.ctx.resolve(def.forResource) : undefined;
    const mixinIds: string[] = [];
    for (const ref of def.mixins) {
      const mixinId = this.ctx.resolve(ref);
      if (mixinId !== undefined) mixinIds.push(mixinId);
    }

    const local = new Map<string, MemberDraft>();
    for (const m of def.members) {
      const memberId = `${id}$${m.name}`;
      const memberTraits = new Map<string, NodeValue>();
      for (const [traitId, value] of m.inlineTraits) memberTraits.set(traitId, this.ctx.inlineValue(value));
      for (const [traitId, entry] of this.ctx.appliedTraits(id, m.name) ?? []) memberTraits.set(traitId, entry.value);
      const draftMember: MemberDraft = {
        name: m.name,
        target: m.target ? this.ctx.resolve(m.target) : undefined,
        source: m.source,
        introduced: memberTraits,
        mixins: [],
      };
      local.set(m.name, draftMember);
      if (draftMember.target === undefined && m.target === undefined) {
        if (forResource !== undefined) this.targetFromResource(draftMember, memberId, forResource);
        for (const mixinId of mixinIds) this.targetFromMixin(draftMember, memberId, mixinId);
      }
      if (draftMember.target === undefined) {
        if (m.target === undefined) {
          this.ctx.report(loaderError(
            "Member target was elided, but no bound resource or mixin contained a matching identifier or member name.",
            m.source,
            memberId,
          ));
        }
        continue;
      }
      this.addMember(draft, draftMember);
    }

    if (forResource !== undefined) this.checkPrivateResource(draft, forResource);
    for (const mixinId of mixinIds) this.applyMixin(draft, local, mixinId);
    return this.finish(draft);
  }

  // ----- elided targets -----

  private targetFromResource(member: MemberDraft, memberId: string, resourceId: string): void {
    const resource = this.ctx.built(resourceId);
    if (!resource) {
      throw new BuildAbort(`Cannot apply resource to elided member ${memberId}: ${resourceId} not found`, member.source);
    }
    if (resource.type !== "resource") {
      this.ctx.report(loaderError(
        `The target of the \`for\` production must be a resource shape, but found a ${resource.type} shape: ${resourceId}`,
        member.source,
        memberId,
      ));
      return;
    }
    const fromIdentifier = resource.identifiers.get(member.name);
    if (fromIdentifier !== undefined) member.target = fromIdentifier;
    const fromProperty = resource.properties.get(member.name);
    if (fromProperty !== undefined) member.target = fromProperty;
  }

  private targetFromMixin(member: MemberDraft, memberId: string, mixinId: string): void {
    if (member.target !== undefined) return;
    const mixin = this.ctx.built(mixinId);
    if (!mixin) throw new BuildAbort(`Cannot apply mixin to ${memberId}: ${mixinId} not found`, member.source);
    const inherited = mixin.members.get(member.name);
    if (inherited) member.target = inherited.target;
  }

  private checkPrivateResource(draft: ShapeDraft, resourceId: string): void {
    const resource = this.ctx.built(resourceId);
    if (!resource || !resource.traits.has(PRIVATE_TRAIT)) return;
    if (resourceId.slice(0, resourceId.indexOf("#")) === draft.id.slice(0, draft.id.indexOf("#"))) return;
    this.ctx.report(loaderEvent(
      "DANGER",
      `This shape has an invalid for relationship that targets a private shape, \`${resourceId}\`, in another namespace.`,
      draft.def.source,
      draft.id,
      "PrivateAccess",
    ));
  }

  // ----- members -----

  /** Adds a member, enforcing the member names a shape type allows. */
  private addMember(draft: ShapeDraft, member: MemberDraft): void {
    const type = draft.def.type;
    if ((type === "list" || type === "set") && member.name !== "member") {
      this.ctx.report(loaderError(
        `${capitalize(type)} shapes may only have a \`member\` member, but found \`${member.name}\``,
        member.source,
        draft.id,
      ));
      return;
    }
    if (type === "map" && member.name !== "key" && member.name !== "value") {
      this.ctx.report(loaderError(
        `Map shapes may only have \`key\` and \`value\` members, but found \`${member.name}\``,
        member.source,
        draft.id,
      ));
      return;
    }
    if (type === "enum" || type === "intEnum") {
      if (member.target !== UNIT) {
        this.ctx.report(loaderError(
          `${type === "enum" ? "Enum" : "intEnum"} members may only target \`${UNIT}\`, but found \`${member.target}\``,
          member.source,
          draft.id,
        ));
        return;
      }
      if (type === "enum" && !member.introduced.has(ENUM_VALUE_TRAIT)) member.introduced.set(ENUM_VALUE_TRAIT, member.name);
    }
    draft.members.set(member.name, member);
  }

  private applyMixin(draft: ShapeDraft, local: ReadonlyMap<string, MemberDraft>, mixinId: string): void {
    const mixin = this.ctx.built(mixinId);
    if (!mixin) throw new BuildAbort(`Cannot apply mixin to ${draft.id}: ${mixinId} not found`, draft.def.source);
    for (const inherited of mixin.members.values()) {
      const name = inherited.memberName;
      const memberId = `${draft.id}$${name}`;
      const claimed = this.ctx.claimInheritedMemberTraits(draft.id, name);
      let member: MemberDraft | undefined;
      const previous = draft.members.get(name);
      if (previous && previous.mixins.length > 0) {
        // Already inherited from an earlier mixin.
        previous.mixins.push(inherited);
        if (previous.target !== inherited.target) this.memberConflict(memberId, previous.source, inherited.id);
        member = previous;
      } else {
        const own = local.get(name);
        if (own) {
          own.mixins.push(inherited);
          if (own.target !== inherited.target) this.memberConflict(memberId, own.source, inherited.id);
          member = own;
        } else if (claimed && claimed.size > 0) {
          // Traits applied to an inherited member make it part of this shape's own definition.
          const introduced = new Map<string, NodeValue>();
          for (const [traitId, entry] of claimed) introduced.set(traitId, entry.value);
          member = { name, target: inherited.target, source: inherited.source, introduced, mixins: [inherited] };
        }
      }
      if (member && member.target !== undefined) this.addMember(draft, member);
    }
    if (!draft.mixins.includes(mixin)) draft.mixins.push(mixin);
  }

  private memberConflict(memberId: string, source: SourceLocation, inheritedId: string): void {
    this.ctx.report(loaderError(`Member conflicts with an inherited mixin member: \`${inheritedId}\``, source, memberId));
  }

  // ----- the finished shape -----

  private finish(draft: ShapeDraft): Shape {
    const { def, id, mixins } = draft;
    const type = def.type;
    const wrongTypes = mixins.filter((m) => m.type !== type).map((m) => m.id).sort();
    if (wrongTypes.length > 0) {
      throw new BuildAbort(
        `Mixins may only be mixed into shapes of the same type. The following mixins were applied to the ${type} ` +
          `shape \`${id}\` which are not ${type} shapes: [\`${wrongTypes.join("`, `")}\`]`,
        def.source,
      );
    }
    let traits: ReadonlyMap<string, NodeValue> = draft.introduced;
    if (mixins.length > 0) {
      const merged = new Map<string, NodeValue>();
      for (const m of mixins) for (const [k, v] of inheritableTraits(m)) merged.set(k, v);
      for (const [k, v] of draft.introduced) merged.set(k, v);
      traits = merged;
    }

    let members: Map<string, MemberShape>;
    switch (type) {
      case "list":
      case "set":
        members = this.requiredMembers(draft, ["member"]);
        break;
      case "map":
        members = this.requiredMembers(draft, ["key", "value"]);
        break;
      default:
        members = this.namedMembers(draft);
    }
    if (type === "enum" && members.size === 0) throw new BuildAbort("enum must have at least one entry", def.source);
    if (type === "intEnum" && members.size === 0) throw new BuildAbort("intEnum shapes must have at least one member", def.source);

    const isMixin = traits.has(MIXIN_TRAIT);
    const fields: Parameters<typeof makeShape>[0] = {
      id,
      type,
      source: def.source,
      traits: traits.size === 0 ? NO_TRAITS : traits,
      introducedTraits: draft.introduced.size === 0 ? NO_TRAITS : draft.introduced,
      mixins: mixins.length === 0 ? NO_IDS : mixins.map((m) => m.id),
      members,
      ...this.entityFields(draft, isMixin),
    };
    return makeShape(fields);
  }

  /** Members of structures, unions and enums: inherited ones first (in mixin order), then local ones. */
  private namedMembers(draft: ShapeDraft): Map<string, MemberShape> {
    const out = new Map<string, MemberShape>();
    if (draft.mixins.length === 0) {
      for (const m of draft.members.values()) out.set(m.name, this.finishMember(draft.id, m));
      return out;
    }
    const pending = new Map<string, MemberDraft>();
    for (const mixin of draft.mixins) {
      for (const inherited of mixin.members.values()) {
        const name = inherited.memberName;
        const own = draft.members.get(name);
        if (own) {
          if (!own.mixins.some((m) => m.id === inherited.id)) {
            own.mixins.length = 0;
            for (const mx of draft.mixins) {
              const same = mx.members.get(name);
              if (same) own.mixins.push(same);
            }
          }
          pending.set(name, own);
          continue;
        }
        const previous = pending.get(name);
        if (previous) {
          if (previous.target !== inherited.target) {
            throw new BuildAbort(`Member conflicts with an inherited mixin member: \`${draft.id}$${name}\``, inherited.source);
          }
          previous.source = inherited.source;
          previous.mixins.push(inherited);
          for (const [k, v] of inherited.traits) previous.introduced.set(k, v);
        } else {
          pending.set(name, { name, target: inherited.target, source: inherited.source, introduced: new Map(), mixins: [inherited] });
        }
      }
    }
    for (const m of pending.values()) out.set(m.name, this.finishMember(draft.id, m));
    for (const m of draft.members.values()) if (!out.has(m.name)) out.set(m.name, this.finishMember(draft.id, m));
    return out;
  }

  /** Members lists and maps must have, taken from the shape or else from its last mixin that has them. */
  private requiredMembers(draft: ShapeDraft, names: readonly string[]): Map<string, MemberShape> {
    const out = new Map<string, MemberShape>();
    const missing: string[] = [];
    for (const name of names) {
      const own = draft.members.get(name);
      if (own) {
        out.set(name, this.finishMember(draft.id, own));
        continue;
      }
      let inherited: MemberShape | undefined;
      for (const mixin of draft.mixins) {
        const m = mixin.members.get(name);
        if (m) inherited = m;
      }
      if (!inherited) {
        missing.push(name);
        continue;
      }
      out.set(name, this.finishMember(draft.id, {
        name,
        target: inherited.target,
        source: draft.def.source,
        introduced: new Map(),
        mixins: [inherited],
      }));
    }
    if (missing.length > 0) {
      throw new BuildAbort(
        `Missing required member${missing.length > 1 ? "s" : ""} of shape \`${draft.id}\`: ${missing.join(", ")}`,
        draft.def.source,
      );
    }
    return out;
  }

  private finishMember(container: string, m: MemberDraft): MemberShape {
    let traits: ReadonlyMap<string, NodeValue> = m.introduced;
    if (m.mixins.length > 0) {
      const merged = new Map<string, NodeValue>();
      for (const mixin of m.mixins) for (const [k, v] of mixin.traits) merged.set(k, v);
      for (const [k, v] of m.introduced) merged.set(k, v);
      traits = merged;
    }
    return makeMember({
      container,
      memberName: m.name,
      target: m.target!,
      source: m.source,
      traits: traits.size === 0 ? NO_TRAITS : traits,
      introducedTraits: m.introduced.size === 0 ? NO_TRAITS : m.introduced,
      mixins: m.mixins.length === 0 ? NO_IDS : m.mixins.map((x) => x.id),
    });
  }

  // ----- services, resources, operations -----

  private refs(refs: readonly ShapeRef[] | undefined): string[] {
    const out: string[] = [];
    for (const ref of refs ?? []) {
      const id = this.ctx.resolve(ref);
      if (id !== undefined && !out.includes(id)) out.push(id);
    }
    return out;
  }

  private optionalRef(ref: ShapeRef | undefined): string | undefined {
    return ref ? this.ctx.resolve(ref) : undefined;
  }

  private refMap(entries: readonly (readonly [string, ShapeRef])[] | undefined): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, ref] of entries ?? []) {
      const id = this.ctx.resolve(ref);
      if (id !== undefined) out.set(name, id);
    }
    return out;
  }

  /** Union of the mixins' lists and the shape's own, in that order, without duplicates. */
  private static union(inherited: readonly (readonly string[])[], own: readonly string[]): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const list of [...inherited, own]) {
      for (const id of list) {
        if (!seen.has(id)) {
          seen.add(id);
          out.push(id);
        }
      }
    }
    return out;
  }

  private entityFields(draft: ShapeDraft, isMixin: boolean): Partial<Shape> {
    const { def, mixins } = draft;
    switch (def.type) {
      case "service": {
        let version = "";
        const rename = new Map<string, string>();
        for (const m of mixins) {
          if (m.version) version = m.version;
          for (const [k, v] of m.rename) rename.set(k, v);
        }
        if (def.serviceVersion) version = def.serviceVersion;
        const ownRename = new Map<string, string>();
        for (const [ref, to] of def.rename ?? []) {
          const from = this.ctx.resolve(ref);
          if (from !== undefined) ownRename.set(from, to);
        }
        for (const [k, v] of ownRename) rename.set(k, v);
        const own = { operations: this.refs(def.operations), resources: this.refs(def.resources), errors: this.refs(def.errors) };
        return {
          ...(version !== "" ? { version } : {}),
          operations: ShapeBuilder.union(mixins.map((m) => m.operations), own.operations),
          resources: ShapeBuilder.union(mixins.map((m) => m.resources), own.resources),
          errors: ShapeBuilder.union(mixins.map((m) => m.errors), own.errors),
          rename,
          ...(mixins.length > 0
            ? { introduced: { ...own, rename: ownRename, ...(def.serviceVersion ? { version: def.serviceVersion } : {}) } }
            : {}),
        };
      }
      case "resource": {
        const ownOperations = this.refs(def.operations);
        const ownResources = this.refs(def.resources);
        const fields: { -readonly [K in keyof Shape]?: Shape[K] } = {
          operations: ShapeBuilder.union(mixins.map((m) => m.operations), ownOperations),
          resources: ShapeBuilder.union(mixins.map((m) => m.resources), ownResources),
          identifiers: this.refMap(def.identifiers),
          properties: this.refMap(def.properties),
          collectionOperations: this.refs(def.collectionOperations),
        };
        for (const key of ["put", "create", "read", "update", "delete", "list"] as const) {
          const target = this.optionalRef(def[key]);
          if (target !== undefined) fields[key] = target;
        }
        const definesSomething = fields.identifiers!.size > 0 || fields.properties!.size > 0 ||
          fields.operations!.length > 0 || fields.resources!.length > 0 ||
          ["put", "create", "read", "update", "delete", "list"].some((k) => fields[k as "put"] !== undefined);
        if (mixins.length > 0) {
          fields.introduced = { operations: ownOperations, resources: ownResources, errors: [], rename: new Map() };
        }
        if (isMixin && definesSomething) {
          throw new BuildAbort(
            `Resource shapes with the mixin trait may not define any properties. Resource mixin shape \`${draft.id}\` ` +
              "defines one or more properties.",
            def.source,
          );
        }
        return fields;
      }
      case "operation": {
        const input = this.optionalRef(def.input);
        const output = this.optionalRef(def.output);
        const hasInput = input !== undefined && input !== UNIT;
        const hasOutput = output !== undefined && output !== UNIT;
        if (isMixin && (hasInput || hasOutput)) {
          throw new BuildAbort(
            `Operation shapes with the mixin trait MUST target \`${UNIT}\` for their input and output. Operation ` +
              `mixin shape \`${draft.id}\` defines one or both of these properties.`,
            def.source,
          );
        }
        const ownErrors = this.refs(def.errors);
        return {
          ...(hasInput ? { input } : {}),
          ...(hasOutput ? { output } : {}),
          errors: ShapeBuilder.union(mixins.map((m) => m.errors), ownErrors),
          ...(mixins.length > 0 ? { introduced: { operations: [], resources: [], errors: ownErrors, rename: new Map() } } : {}),
        };
      }
      default:
        return {};
    }
  }
}

/** Structural equality of two shapes built for the same id (to tell harmless duplicates from conflicts). */
export function sameShape(a: Shape, b: Shape): boolean {
  if (a.type !== b.type || !sameList(a.mixins, b.mixins) || !sameTraits(a.traits, b.traits)) return false;
  if (a.members.size !== b.members.size) return false;
  for (const [name, m] of a.members) {
    const o = b.members.get(name);
    if (!o || o.target !== m.target || !sameTraits(o.traits, m.traits) || !sameList(o.mixins, m.mixins)) return false;
  }
  return (
    a.version === b.version && a.input === b.input && a.output === b.output && a.put === b.put &&
    a.create === b.create && a.read === b.read && a.update === b.update && a.delete === b.delete &&
    a.list === b.list && sameList(a.operations, b.operations) && sameList(a.resources, b.resources) &&
    sameList(a.errors, b.errors) && sameList(a.collectionOperations, b.collectionOperations) &&
    sameMap(a.rename, b.rename) && sameMap(a.identifiers, b.identifiers) && sameMap(a.properties, b.properties)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

export function sameTraits(a: ReadonlyMap<string, NodeValue>, b: ReadonlyMap<string, NodeValue>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const o = b.get(k);
    if (o === undefined || !nodeEquals(v, o)) return false;
  }
  return true;
}
