// Small builders for hand-made models, so transform tests state exactly the shapes they need.
import { Model } from "../../../src/model/model.js";
import { nodeObject, type NodeValue } from "../../../src/model/node-value.js";
import { makeMember, makeShape, type MemberShape, type Shape } from "../../../src/model/shape.js";
import type { SourceLocation } from "../../../src/model/source-location.js";
import type { PreparedTransform, TransformContext, TransformDefinition } from "../../../src/build/transforms/transform.js";
import { ObjectReader } from "../../../src/build/config/object-reader.js";

export type TraitInput = Readonly<Record<string, NodeValue>>;

export interface MemberInput {
  readonly target: string;
  readonly traits?: TraitInput;
  /** Id of the mixin member this member is inherited from. */
  readonly from?: string;
  /** Traits the member declares itself (defaults to all of `traits`, or none when inherited). */
  readonly own?: TraitInput;
}

type ShapeOptions = Partial<Omit<Shape, "id" | "type" | "source" | "members" | "traits" | "introducedTraits">> & {
  readonly traits?: TraitInput;
  /** Traits the shape declares itself, when it differs from `traits` (mixins). */
  readonly own?: TraitInput;
  readonly members?: Readonly<Record<string, string | MemberInput>>;
  readonly file?: string;
};

const traitMap = (t: TraitInput | undefined): Map<string, NodeValue> =>
  new Map(Object.entries(t ?? {}).map(([k, v]) => [k.includes("#") ? k : `smithy.api#${k}`, v]));

export function shape(id: string, type: Shape["type"], options: ShapeOptions = {}): Shape {
  const { traits, own, members, file, ...rest } = options;
  const source: SourceLocation = { filename: file ?? "", line: 0, column: 0 };
  const memberMap = new Map<string, MemberShape>();
  for (const [name, m] of Object.entries(members ?? {})) {
    const input: MemberInput = typeof m === "string" ? { target: m } : m;
    const memberTraits = traitMap(input.traits);
    memberMap.set(
      name,
      makeMember({
        container: id,
        memberName: name,
        target: input.target,
        source,
        traits: memberTraits,
        introducedTraits: input.own !== undefined ? traitMap(input.own) : input.from !== undefined ? new Map() : memberTraits,
        ...(input.from !== undefined ? { mixins: [input.from] } : {}),
      }),
    );
  }
  const shapeTraits = traitMap(traits);
  return makeShape({
    id,
    type,
    source,
    ...rest,
    members: memberMap,
    traits: shapeTraits,
    introducedTraits: own !== undefined ? traitMap(own) : shapeTraits,
  });
}

/** A model with a handful of prelude shapes, so "prelude shapes stay" can be observed. */
export function model(shapes: readonly Shape[], metadata: Readonly<Record<string, NodeValue>> = {}): Model {
  const prelude = [
    shape("smithy.api#String", "string"),
    shape("smithy.api#Integer", "integer"),
    shape("smithy.api#Unit", "structure", { traits: { unitType: {} } }),
    shape("smithy.api#tags", "list", { traits: { trait: {} }, members: { member: "smithy.api#String" } }),
    shape("smithy.api#documentation", "string", { traits: { trait: {} } }),
    shape("smithy.api#internal", "structure", { traits: { trait: {}, tags: ["diff.error.remove"] } }),
    shape("smithy.api#required", "structure", { traits: { trait: {} } }),
  ];
  return new Model([...prelude, ...shapes], new Map(Object.entries(metadata)));
}

/** Ids of the non-prelude top-level shapes, sorted. */
export function ids(m: Model): string[] {
  return m.sortedIds().filter((id) => !id.startsWith("smithy.api#"));
}

export function traitsOf(m: Model, id: string): Record<string, NodeValue> {
  const s = m.getShape(id);
  if (s === undefined) throw new Error(`no shape ${id}`);
  return Object.fromEntries(s.traits);
}

export function context(original: Model, events: TransformContext["originalEvents"] = []): TransformContext {
  return { projectionName: "test", originalModel: original, originalEvents: events };
}

/** Prepares a transform as the build plan does (args checked, unknown keys rejected). */
export function prepare(def: TransformDefinition, args: NodeValue = {}): PreparedTransform {
  const reader = new ObjectReader(Array.isArray(args) && def.legacyListArgument ? nodeObject([[def.legacyListArgument, args]]) : args, `test ${def.name} args`);
  const run = def.prepare(reader);
  reader.done();
  return run;
}

/** Runs a transform on a model with itself as the original model. */
export function run(def: TransformDefinition, m: Model, args: NodeValue = {}): Model {
  return prepare(def, args)(m, context(m));
}
