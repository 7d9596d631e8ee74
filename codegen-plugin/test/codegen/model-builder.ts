// A compact way to build models in tests without the loader: shapes by id, members as
// [target, traits] pairs. Trait values are node values keyed by absolute trait id.
import { makeMember, makeShape, Model, NO_SOURCE, type NodeValue, type Shape } from "../../src/model/index.js";

export type TraitMap = Readonly<Record<string, NodeValue>>;
export type MemberSpec = string | readonly [target: string, traits: TraitMap];

const P = "smithy.api#";

/** Short trait ids: { required: true } -> { "smithy.api#required": true }; ids with "#" pass through. */
export function traits(t: TraitMap = {}): Map<string, NodeValue> {
  return new Map(Object.entries(t).map(([k, v]) => [k.includes("#") ? k : `${P}${k}`, v]));
}

/** Members by name. Build specs containing "__proto__" with Object.defineProperty or JSON.parse. */
function members(container: string, spec: Readonly<Record<string, MemberSpec>>) {
  return new Map(
    Object.entries(spec).map(([name, m]) => {
      const [target, t] = typeof m === "string" ? [m, {}] : m;
      return [name, makeMember({ container, memberName: name, target: target.includes("#") ? target : `${P}${target}`, source: NO_SOURCE, traits: traits(t) })] as const;
    }),
  );
}

export function shape(id: string, type: Shape["type"], t: TraitMap = {}, extra: Partial<Shape> = {}): Shape {
  return makeShape({ id, type, source: NO_SOURCE, traits: traits(t), ...extra });
}

export function structure(id: string, spec: Readonly<Record<string, MemberSpec>>, t: TraitMap = {}): Shape {
  return shape(id, "structure", t, { members: members(id, spec) });
}

export function union(id: string, spec: Readonly<Record<string, MemberSpec>>, t: TraitMap = {}): Shape {
  return shape(id, "union", t, { members: members(id, spec) });
}

export function list(id: string, member: MemberSpec, t: TraitMap = {}): Shape {
  return shape(id, "list", t, { members: members(id, { member }) });
}

export function map(id: string, value: MemberSpec, t: TraitMap = {}): Shape {
  return shape(id, "map", t, { members: members(id, { key: "String", value }) });
}

/** Enum values as [memberName, value] pairs (an object literal would swallow "__proto__"). */
export function enumShape(id: string, values: readonly (readonly [string, string])[], t: TraitMap = {}): Shape {
  return shape(id, "enum", t, { members: members(id, enumMembers(values)) });
}

export function intEnum(id: string, values: readonly (readonly [string, number])[], t: TraitMap = {}): Shape {
  return shape(id, "intEnum", t, { members: members(id, enumMembers(values)) });
}

function enumMembers(values: readonly (readonly [string, NodeValue])[]): Record<string, MemberSpec> {
  const out: Record<string, MemberSpec> = {};
  for (const [k, v] of values) Object.defineProperty(out, k, { value: ["Unit", { enumValue: v }], enumerable: true });
  return out;
}

export function operation(id: string, io: { input?: string; output?: string; errors?: string[] }, t: TraitMap = {}): Shape {
  return shape(id, "operation", t, {
    ...(io.input !== undefined ? { input: io.input } : {}),
    ...(io.output !== undefined ? { output: io.output } : {}),
    errors: io.errors ?? [],
  });
}

export function service(id: string, operations: string[], extra: Partial<Shape> = {}, t: TraitMap = {}): Shape {
  return shape(id, "service", t, { operations, version: "2024-01-01", ...extra });
}

export function model(shapes: readonly Shape[]): Model {
  return new Model(shapes);
}
