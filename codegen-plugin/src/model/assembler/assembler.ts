// Assembles parsed files into a semantic Model:
//   1. collect every shape definition (so names can be resolved against all files);
//   2. replay the other operations: metadata (merged), `use` checks, trait applications
//      (names resolved, annotation values typed by the trait shape, list traits concatenated,
//      conflicts reported);
//   3. build shapes in dependency order (mixins and `for` resources first);
//   4. report traits applied to shapes that do not exist, unknown traits, and shapes used as
//      traits without @trait; upgrade IDL 1.0 structures to 2.0 nullability.
// The result is whatever could be built, plus events; it never throws on bad input.
import type { ValidationEvent } from "../events.js";
import { Model } from "../model.js";
import { type NodeValue, nodeEquals, nodeObject } from "../node-value.js";
import { isIdentifier, parseShapeId, PRELUDE_NAMESPACE } from "../shape-id.js";
import type { Shape } from "../shape.js";
import type { SourceLocation } from "../source-location.js";
import {
  type ApplyTraitOp,
  type DefineShapeOp,
  type ParsedFile,
  type ParsedNode,
  type ParsedValue,
  type ShapeRef,
  type SmithyVersion,
  SyntacticShapeId,
} from "./load-operations.js";
import { loaderError, loaderEvent } from "./model-events.js";
import { buildOrder } from "./shape-order.js";
import { sameShape, ShapeBuilder } from "./shape-builder.js";
import { upgradeV1Structure } from "./v1-interop.js";

const TRAIT_TRAIT = "smithy.api#trait";
const MIXIN_TRAIT = "smithy.api#mixin";

export interface AssembleOptions {
  /** Unknown traits are warnings instead of errors. */
  readonly allowUnknownTraits?: boolean;
}

/** The prelude, already built: its shapes are shared by every model and cannot be changed. */
export interface BuiltPrelude {
  readonly shapes: ReadonlyMap<string, Shape>;
}

export interface AssembleResult {
  readonly model: Model;
  readonly events: ValidationEvent[];
}

/** An applied trait value and where it was applied (for conflict messages). */
export interface TraitEntry {
  readonly value: NodeValue;
  readonly source: SourceLocation;
}

function sameLocation(a: SourceLocation, b: SourceLocation): boolean {
  return a.filename !== "" && a.filename === b.filename && a.line === b.line && a.column === b.column;
}

function formatLoc(loc: SourceLocation): string {
  return `${loc.filename}:${loc.line}:${loc.column}`;
}

/** Smithy names prelude traits by their short name in messages, others by full id. */
function traitDisplayName(traitId: string): string {
  return traitId.startsWith("smithy.api#") ? traitId.slice("smithy.api#".length) : traitId;
}

interface Resolved {
  /** The absolute id, with the member if there is one. */
  readonly id: string;
  /** The absolute id of the shape (without member). */
  readonly root: string;
  readonly member: string | undefined;
  /** Whether the root shape exists (defined in a file or in the prelude). */
  readonly found: boolean;
}

type TraitMap = Map<string, TraitEntry>;

/** Traits applied to one shape and to its members (member traits keyed by member name). */
interface TargetTraits {
  shape: TraitMap | undefined;
  members: Map<string, TraitMap> | undefined;
}

class Assembler {
  private readonly events: ValidationEvent[] = [];
  private readonly defs = new Map<string, DefineShapeOp[]>();
  /** Applied traits by shape id (keyed by root id so member lookups need no string building). */
  private readonly traits = new Map<string, TargetTraits>();
  private readonly metadata = new Map<string, TraitEntry>();
  private readonly built = new Map<string, Shape>();
  /** Members (by shape id, then name) whose applied traits were taken by an inherited member. */
  private readonly claimedMemberTraits = new Map<string, Set<string>>();
  /** Resolved names by namespace (undefined: names written before the namespace statement). */
  private readonly resolutions = new Map<string | undefined, Map<string, Resolved | null>>();

  constructor(
    private readonly prelude: BuiltPrelude,
    private readonly options: AssembleOptions,
  ) {}

  run(files: readonly ParsedFile[]): AssembleResult {
    for (const file of files) {
      for (const op of file.operations) if (op.kind === "shape") this.addDefinition(op);
    }
    const traitOps: ApplyTraitOp[][] = [[], [], []];
    for (const file of files) {
      for (const op of file.operations) {
        switch (op.kind) {
          case "event":
            this.events.push(op.event);
            break;
          case "metadata":
            this.putMetadata(op.key, op.value);
            break;
          case "use":
            this.checkUse(op.ref);
            break;
          case "check-ids":
            this.resolveValue(op.value);
            break;
          case "trait":
            traitOps[op.phase]!.push(op);
            break;
        }
      }
    }
    for (const phase of traitOps) for (const op of phase) this.applyTrait(op);
    this.checkTraitsAreDefined();
    this.buildShapes();
    this.reportUnclaimedTraits();
    this.checkTraitShapes();
    this.upgradeV1();
    const shapes: Shape[] = [...this.prelude.shapes.values(), ...this.built.values()];
    const metadata = new Map<string, NodeValue>();
    for (const [k, v] of this.metadata) metadata.set(k, v.value);
    return { model: new Model(shapes, metadata), events: this.events };
  }

  // ----- definitions and names -----

  private addDefinition(op: DefineShapeOp): void {
    if (this.prelude.shapes.has(op.id)) {
      // A copy of the prelude passed as a model file: the built-in prelude wins.
      return;
    }
    const list = this.defs.get(op.id);
    if (list) list.push(op);
    else this.defs.set(op.id, [op]);
  }

  private isDefined(id: string): boolean {
    return this.defs.has(id) || this.prelude.shapes.has(id);
  }

  private typeOf(id: string): string | undefined {
    return this.defs.get(id)?.[0]?.type ?? this.prelude.shapes.get(id)?.type;
  }

  /**
   * Resolves a reference (relative names: the namespace first, then the prelude). Results are
   * cached per namespace and name: the set of defined shapes is final by the time names are
   * resolved. An invalid name is reported at each place it is written (unless `quiet`).
   */
  private resolveRef(ref: ShapeRef, quiet = false): Resolved | undefined {
    let byName = this.resolutions.get(ref.namespace);
    if (!byName) this.resolutions.set(ref.namespace, (byName = new Map()));
    let resolved = byName.get(ref.name);
    if (resolved === undefined) {
      resolved = this.computeResolution(ref.name, ref.namespace);
      byName.set(ref.name, resolved);
    }
    if (resolved === null) {
      if (!quiet) this.events.push(loaderError(`Invalid shape ID: ${ref.name}`, ref.source));
      return undefined;
    }
    return resolved;
  }

  private computeResolution(name: string, namespace: string | undefined): Resolved | null {
    const dollar = name.indexOf("$");
    const root = dollar > 0 ? name.slice(0, dollar) : name;
    const member = dollar > 0 ? name.slice(dollar + 1) : undefined;
    let absolute: string;
    if (root.includes("#")) {
      absolute = root;
    } else if (namespace === undefined) {
      absolute = `${PRELUDE_NAMESPACE}#${root}`;
    } else {
      absolute = `${namespace}#${root}`;
      if (!this.isDefined(absolute)) {
        const inPrelude = `${PRELUDE_NAMESPACE}#${root}`;
        if (this.prelude.shapes.has(inPrelude)) absolute = inPrelude;
      }
    }
    const parsed = parseShapeId(absolute);
    if (!parsed || parsed.member !== undefined || (member !== undefined && !isIdentifier(member))) return null;
    return {
      id: member !== undefined ? `${absolute}$${member}` : absolute,
      root: absolute,
      member,
      found: this.isDefined(absolute),
    };
  }

  private resolve(ref: ShapeRef): string | undefined {
    return this.resolveRef(ref)?.id;
  }

  /** Replaces syntactic shape ids in a value by absolute ids, warning about those that resolve to nothing. */
  private resolveValue(value: ParsedValue): NodeValue {
    if (!value.hasShapeIds) return value.node as NodeValue;
    const walk = (n: ParsedNode): NodeValue => {
      if (n === null || typeof n !== "object") return n;
      if (n instanceof SyntacticShapeId) {
        const r = this.resolveRef(n.ref);
        if (!r) return n.ref.name;
        if (!r.found) {
          this.events.push(loaderEvent(
            "DANGER",
            `Syntactic shape ID \`${n.ref.name}\` does not resolve to a valid shape ID: \`${r.id}\`. Did you mean to ` +
              "quote this string? Are you missing a model file?",
            n.ref.source,
            undefined,
            "SyntacticShapeIdTarget",
          ));
        }
        return r.id;
      }
      if (Array.isArray(n)) return (n as readonly ParsedNode[]).map(walk);
      const obj = n as { readonly [key: string]: ParsedNode };
      return nodeObject(Object.keys(obj).map((k) => [k, walk(obj[k]!)] as const));
    };
    return walk(value.node);
  }

  private checkUse(ref: ShapeRef): void {
    const r = this.resolveRef(ref);
    if (r && !r.found) {
      this.events.push(loaderEvent("WARNING", `Use statement refers to undefined shape: ${ref.name}`, ref.source));
    }
  }

  // ----- metadata -----

  private putMetadata(key: string, parsed: ParsedValue): void {
    const value = this.resolveValue(parsed);
    const previous = this.metadata.get(key);
    if (!previous) {
      this.metadata.set(key, { value, source: parsed.source });
      return;
    }
    if (sameLocation(previous.source, parsed.source) && nodeEquals(previous.value, value)) return;
    if (Array.isArray(previous.value) && Array.isArray(value)) {
      this.metadata.set(key, { value: [...(previous.value as NodeValue[]), ...(value as NodeValue[])], source: parsed.source });
    } else if (!nodeEquals(previous.value, value)) {
      this.events.push(loaderError(
        `Metadata conflict for key \`${key}\`. Defined in both \`${formatLoc(parsed.source)}\` and \`${formatLoc(previous.source)}\``,
        parsed.source,
      ));
    }
  }

  // ----- traits -----

  private applyTrait(op: ApplyTraitOp): void {
    const resolvedTarget = this.resolveRef(op.target);
    const trait = this.resolveRef(op.trait);
    if (resolvedTarget === undefined || trait === undefined) return;
    const target = resolvedTarget.id;
    if (trait.id.includes("$")) {
      this.events.push(loaderError(`Invalid trait name: ${op.trait.name}`, op.source, target));
      return;
    }
    const traitId = trait.id;
    let value = this.resolveValue(op.value);
    if (op.annotation && value === null) {
      const type = this.typeOf(traitId);
      if (type === undefined || type === "structure" || type === "map") value = {};
      else if (type === "list" || type === "set") value = [];
    }
    this.checkTraitVersion(op, target, traitId);
    if (this.prelude.shapes.has(resolvedTarget.root)) {
      if (op.namespace !== PRELUDE_NAMESPACE) {
        this.events.push(loaderError(
          `Cannot apply \`${traitId}\` to an immutable prelude shape defined in \`smithy.api\`.`,
          op.source,
          target,
        ));
      }
      return;
    }
    const forTarget = this.traitMapFor(resolvedTarget.root, resolvedTarget.member);
    const previous = forTarget.get(traitId);
    if (!previous) {
      forTarget.set(traitId, { value, source: op.source });
      return;
    }
    if (sameLocation(previous.source, op.source) && nodeEquals(previous.value, value)) return;
    if (Array.isArray(previous.value) && Array.isArray(value)) {
      forTarget.set(traitId, { value: [...(previous.value as NodeValue[]), ...(value as NodeValue[])], source: previous.source });
    } else if (!nodeEquals(previous.value, value)) {
      this.events.push(loaderError(
        `Conflicting \`${traitId}\` trait found on shape \`${target}\`. The previous trait was defined at ` +
          `\`${formatLoc(previous.source)}\`, and a conflicting trait was defined at \`${formatLoc(op.source)}\`.`,
        op.source,
        target,
      ));
    }
  }

  private traitMapFor(root: string, member: string | undefined): TraitMap {
    let target = this.traits.get(root);
    if (!target) this.traits.set(root, (target = { shape: undefined, members: undefined }));
    if (member === undefined) return (target.shape ??= new Map());
    target.members ??= new Map();
    let map = target.members.get(member);
    if (!map) target.members.set(member, (map = new Map()));
    return map;
  }

  private appliedTraits(root: string, member?: string): TraitMap | undefined {
    const target = this.traits.get(root);
    if (!target) return undefined;
    return member === undefined ? target.shape : target.members?.get(member);
  }

  /** Every (target id, traits) pair, members as "ns#Shape$member". */
  private *allTraitTargets(): IterableIterator<readonly [string, TraitMap]> {
    for (const [root, target] of this.traits) {
      if (target.shape) yield [root, target.shape];
      for (const [member, map] of target.members ?? []) yield [`${root}$${member}`, map];
    }
  }

  /** Traits that only one IDL version allows. */
  private checkTraitVersion(op: ApplyTraitOp, target: string, traitId: string): void {
    if (op.version === "1.0") {
      if (traitId === MIXIN_TRAIT) {
        this.events.push(loaderError(
          `Mixins can only be used in Smithy 2.0 or later. Attempted to apply a @mixin trait to \`${target}\` in a ` +
            "model file using version `1.0`.",
          op.source,
          target,
        ));
      } else if (traitId === "smithy.api#default") {
        this.events.push(loaderError("The @default trait can only be used in Smithy 2.0 or later", op.source, target));
      }
    } else if (traitId === "smithy.api#box") {
      this.events.push(loaderError("@box is not supported in Smithy IDL 2.0", op.source, target));
    } else if (traitId === "smithy.api#enum") {
      this.events.push(loaderEvent(
        "WARNING",
        "The enum trait is deprecated. Smithy 2.0 models should use the enum shape.",
        op.source,
        target,
        "ModelDeprecation",
      ));
    }
  }

  /** Every applied trait must be a known shape. */
  private checkTraitsAreDefined(): void {
    const severity = this.options.allowUnknownTraits ? "WARNING" : "ERROR";
    for (const [target, traits] of this.allTraitTargets()) {
      for (const [traitId, entry] of traits) {
        if (this.isDefined(traitId)) continue;
        this.events.push(loaderEvent(
          severity,
          `Unable to resolve trait \`${traitId}\`. If this is a custom trait, then it must be defined before it can ` +
            "be used in a model.",
          entry.source,
          target,
          "Model.UnresolvedTrait",
        ));
      }
    }
  }

  /** Shapes used as traits must be trait definitions. */
  private checkTraitShapes(): void {
    const checked = new Set<string>();
    for (const [, traits] of this.allTraitTargets()) {
      for (const traitId of traits.keys()) {
        if (checked.has(traitId)) continue;
        checked.add(traitId);
        const shape = this.built.get(traitId);
        if (shape && !shape.traits.has(TRAIT_TRAIT)) {
          this.events.push(loaderError(
            `Shape \`${traitId}\` cannot be applied as a trait. If this is a custom trait, please add \`@trait\` to this shape.`,
            shape.source,
            traitId,
          ));
        }
      }
    }
  }

  private reportUnclaimedTraits(): void {
    for (const [root, target] of this.traits) {
      const defs = this.defs.get(root);
      if (target.shape && !defs) this.reportUnclaimed(root, target.shape);
      for (const [member, traits] of target.members ?? []) {
        const claimed = this.claimedMemberTraits.get(root)?.has(member) ||
          (defs ?? []).some((d) => d.members.some((m) => m.name === member));
        if (!claimed) this.reportUnclaimed(`${root}$${member}`, traits);
      }
    }
  }

  private reportUnclaimed(target: string, traits: TraitMap): void {
    for (const [traitId, entry] of traits) {
      this.events.push(loaderError(`Trait \`${traitDisplayName(traitId)}\` applied to unknown shape \`${target}\``, entry.source));
    }
  }

  // ----- shapes -----

  private buildShapes(): void {
    const builder = new ShapeBuilder({
      resolve: (ref) => this.resolve(ref),
      appliedTraits: (id, member) => this.appliedTraits(id, member),
      inlineValue: (value) => this.resolveValue(value),
      built: (id) => this.built.get(id),
      claimInheritedMemberTraits: (id, member) => {
        const entries = this.appliedTraits(id, member);
        if (entries) {
          let names = this.claimedMemberTraits.get(id);
          if (!names) this.claimedMemberTraits.set(id, (names = new Set()));
          names.add(member);
        }
        return entries;
      },
      report: (e) => this.events.push(e),
    });
    const dependencies = (id: string): string[] => {
      const out: string[] = [];
      for (const def of this.defs.get(id) ?? []) {
        for (const ref of def.mixins) {
          const r = this.resolveRef(ref, true);
          if (r !== undefined && !r.id.includes("$")) out.push(r.id);
        }
        if (def.forResource) {
          const r = this.resolveRef(def.forResource, true);
          if (r !== undefined && !r.id.includes("$")) out.push(r.id);
        }
      }
      return out;
    };
    const order = buildOrder([...this.defs.keys()], dependencies);
    for (const cycle of order.cycles) {
      for (const participant of cycle) {
        const others = cycle.filter((c) => c !== participant);
        for (const def of this.defs.get(participant) ?? []) {
          this.events.push(loaderError(
            `Unable to resolve mixins; cycles detected between this shape and [${others.join(", ")}]`,
            def.source,
            participant,
          ));
        }
      }
    }
    for (const id of order.sorted) {
      const defs = this.defs.get(id);
      if (!defs) continue;
      let shape: Shape | undefined;
      for (const def of defs) {
        if (!this.checkShapeVersion(def)) continue;
        const next = builder.build(def);
        if (!next) continue;
        if (!shape) {
          shape = next;
        } else if (!sameShape(next, shape)) {
          this.events.push(loaderError(
            `Conflicting shape definition for \`${id}\` found at \`${formatLoc(next.source)}\` and ` +
              `\`${formatLoc(shape.source)}\`. ${describeConflict(next, shape)}`,
            shape.source,
            id,
          ));
        } else if (!sameLocation(next.source, shape.source)) {
          this.events.push(loaderEvent(
            "NOTE",
            `Ignoring duplicate but equivalent shape definition: ${id} defined at ${formatLoc(next.source)} and ` +
              formatLoc(shape.source),
            shape.source,
            id,
            "Model.IgnoredDuplicateDefinition",
          ));
        }
      }
      if (shape) this.built.set(id, shape);
    }
  }

  private checkShapeVersion(def: DefineShapeOp): boolean {
    const unsupported =
      (def.version === "1.0" && (def.type === "enum" || def.type === "intEnum")) || (def.version === "2.0" && def.type === "set");
    if (unsupported) {
      this.events.push(loaderError(`${def.type} shapes cannot be used in Smithy version ${def.version}`, def.source, def.id));
    }
    return !unsupported;
  }

  private versionOf(id: string): SmithyVersion {
    if (this.prelude.shapes.has(id)) return "2.0";
    return this.defs.get(id)?.[0]?.version ?? "2.0";
  }

  private upgradeV1(): void {
    const lookup = (id: string): Shape | undefined => this.built.get(id) ?? this.prelude.shapes.get(id);
    const versionOf = (id: string): SmithyVersion => this.versionOf(id);
    for (const [id, shape] of this.built) {
      if (shape.type !== "structure" || this.versionOf(id) !== "1.0") continue;
      const upgraded = upgradeV1Structure(shape, lookup, versionOf);
      if (upgraded !== shape) this.built.set(id, upgraded);
    }
  }
}

function describeConflict(left: Shape, right: Shape): string {
  const parts: string[] = [];
  if (left.type !== right.type) parts.push(`Left is ${left.type}, right is ${right.type}`);
  if (left.mixins.join() !== right.mixins.join()) {
    parts.push(`Left mixins: [${left.mixins.join(", ")}], right mixins: [${right.mixins.join(", ")}]`);
  }
  for (const [id, value] of left.traits) {
    const other = right.traits.get(id);
    if (other === undefined) parts.push(`Left has trait ${id}`);
    else if (!nodeEquals(value, other)) parts.push(`Left trait ${id} differs from right trait. ${JSON.stringify(value)} vs ${JSON.stringify(other)}`);
  }
  for (const id of right.traits.keys()) if (!left.traits.has(id)) parts.push(`Right has trait ${id}`);
  const lm = [...left.members.keys()].join(", ");
  const rm = [...right.members.keys()].join(", ");
  if (lm !== rm) parts.push(`Members differ: [${lm}] vs [${rm}]`);
  return parts.length > 0 ? parts.join("; ") : "The definitions differ.";
}

/** Assembles parsed files (user files and any bundled namespaces they need) on top of a built prelude. */
export function assemble(files: readonly ParsedFile[], prelude: BuiltPrelude, options: AssembleOptions = {}): AssembleResult {
  return new Assembler(prelude, options).run(files);
}

/** Builds the prelude itself: its files are assembled with no prelude underneath. */
export function assemblePrelude(files: readonly ParsedFile[]): { readonly prelude: BuiltPrelude; readonly events: ValidationEvent[] } {
  const result = new Assembler({ shapes: new Map() }, {}).run(files);
  const shapes = new Map<string, Shape>();
  for (const s of result.model.shapes()) shapes.set(s.id, s);
  return { prelude: { shapes }, events: result.events };
}
