// Small builders for hand-written schemas in protocol tests, mirroring what the generator
// emits (effective member traits, thunks allowed for recursion).
import type {
  EnumSchema,
  ErrorConstructor,
  IntEnumSchema,
  ListSchema,
  MapSchema,
  MemberSchema,
  OperationSchema,
  OperationTraits,
  SchemaRef,
  SchemaTraits,
  ServiceSchema,
  SimpleKind,
  SimpleSchema,
  StructureSchema,
  UnionSchema,
} from "../../src/schema/index.js";
import { STRING, UNIT } from "../../src/schema/index.js";
import { ServiceError } from "../../src/errors.js";
import type { ModeledErrorMeta } from "../../src/errors.js";

export const NS = "test.example";

export function simple(kind: SimpleKind, traits: SchemaTraits = {}, name: string = kind): SimpleSchema {
  return { kind, id: `${NS}#${name}`, traits };
}

/** A member with effective traits: the member's own merged over its target's. */
export function m(name: string, target: SchemaRef, traits: SchemaTraits = {}): MemberSchema {
  const resolved = typeof target === "function" ? undefined : target;
  return { name, target, traits: { ...(resolved?.traits ?? {}), ...traits } };
}

export function struct(name: string, members: readonly MemberSchema[], traits: SchemaTraits = {}): StructureSchema {
  return { kind: "structure", id: `${NS}#${name}`, traits, members };
}

export function union(name: string, members: readonly MemberSchema[], traits: SchemaTraits = {}): UnionSchema {
  return { kind: "union", id: `${NS}#${name}`, traits, members };
}

export function list(name: string, target: SchemaRef, traits: SchemaTraits = {}, memberTraits: SchemaTraits = {}): ListSchema {
  return { kind: "list", id: `${NS}#${name}`, traits, member: m("member", target, memberTraits) };
}

export function map(name: string, target: SchemaRef, traits: SchemaTraits = {}): MapSchema {
  return { kind: "map", id: `${NS}#${name}`, traits, key: m("key", STRING), value: m("value", target) };
}

export function enumOf(name: string, values: readonly string[]): EnumSchema {
  return { kind: "enum", id: `${NS}#${name}`, traits: {}, values };
}

export function intEnumOf(name: string, values: readonly number[]): IntEnumSchema {
  return { kind: "intEnum", id: `${NS}#${name}`, traits: {}, values };
}

export function op(name: string, parts: { input?: StructureSchema; output?: StructureSchema; errors?: StructureSchema[]; traits?: OperationTraits }): OperationSchema {
  return {
    id: `${NS}#${name}`,
    name,
    input: parts.input ?? UNIT,
    output: parts.output ?? UNIT,
    errors: parts.errors ?? [],
    traits: parts.traits ?? {},
  };
}

export function service(protocol: string, operations: OperationSchema[], extra: Partial<ServiceSchema> = {}): ServiceSchema {
  return { id: `${NS}#TestService`, name: "TestService", version: "2024-01-01", protocol: { id: protocol, settings: {} }, authSchemes: [], errors: [], operations, ...extra };
}

/**
 * A modeled error structure with a generated-style class: members become properties (and
 * $fields), the ServiceError base takes its message and code from the protocol's meta.
 */
export function errorStruct(name: string, members: readonly MemberSchema[], traits: SchemaTraits): StructureSchema & { readonly errorClass: () => ErrorConstructor } {
  const fault = traits.error ?? "client";
  // Members named like ServiceError's own properties stay reachable through $fields only.
  const reserved = new Set(["name", "message", "code", "fault", "kind", "$metadata", "$fields", "stack", "cause"]);
  class Modeled extends ServiceError {
    override readonly name: string = name;
    readonly $fields: Readonly<Record<string, unknown>>;
    constructor(fields: Record<string, unknown>, meta?: unknown) {
      const info = meta as ModeledErrorMeta | undefined;
      super(info?.message ?? name, info?.code ?? name, fault);
      this.$fields = fields;
      for (const key of Object.keys(fields)) {
        if (!reserved.has(key)) (this as unknown as Record<string, unknown>)[key] = fields[key];
      }
    }
  }
  return { kind: "structure", id: `${NS}#${name}`, traits, members, errorClass: () => Modeled as unknown as ErrorConstructor };
}
