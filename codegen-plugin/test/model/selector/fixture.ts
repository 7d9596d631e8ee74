// A small builder for test models, so selector and neighbor tests do not depend on the IDL
// loader. Names without "#" are in the builder's namespace; trait names without "#" are in
// smithy.api. A handful of prelude shapes (simple types, Unit, common trait definitions)
// are always present.
import {
  Model,
  makeMember,
  makeShape,
  NO_SOURCE,
  type MemberShape,
  type NodeValue,
  type Shape,
} from "../../../src/model/index.js";

export type TraitMap = Readonly<Record<string, NodeValue>>;

type MemberSpec = string | readonly [target: string, traits: TraitMap];

interface Common {
  readonly traits?: TraitMap;
  readonly mixins?: readonly string[];
}

const PRELUDE_SIMPLE: readonly (readonly [string, Shape["type"]])[] = [
  ["String", "string"],
  ["Integer", "integer"],
  ["Long", "long"],
  ["Boolean", "boolean"],
  ["Blob", "blob"],
  ["Timestamp", "timestamp"],
  ["Document", "document"],
];

const PRELUDE_TRAITS = [
  "trait", "sensitive", "required", "documentation", "deprecated", "tags", "error", "http",
  "since", "range", "length", "enum", "externalDocumentation", "httpError", "input", "output",
  "readonly", "idempotent", "title", "mixin", "streaming", "private", "unitType", "protocolDefinition",
  "authDefinition", "auth", "httpBasicAuth", "httpBearerAuth", "httpDigestAuth", "httpQuery",
  "idRef", "httpApiKeyAuth", "default", "jsonName",
];

export class ModelBuilder {
  readonly #ns: string;
  readonly #shapes = new Map<string, Shape>();

  constructor(namespace = "ex") {
    this.#ns = namespace;
    for (const [name, type] of PRELUDE_SIMPLE) this.#put(makeShape({ id: `smithy.api#${name}`, type, source: NO_SOURCE }));
    this.#put(makeShape({ id: "smithy.api#Unit", type: "structure", source: NO_SOURCE, traits: traits({ unitType: {} }) }));
    for (const name of PRELUDE_TRAITS) {
      this.#put(makeShape({ id: `smithy.api#${name}`, type: "structure", source: NO_SOURCE, traits: traits({ trait: {} }) }));
    }
  }

  /** Absolute id of a name in the builder's namespace (names with "#" are kept). */
  id(name: string): string {
    return name.includes("#") ? name : `${this.#ns}#${name}`;
  }

  #target(name: string): string {
    if (name.includes("#")) return name;
    return PRELUDE_SIMPLE.some(([n]) => n === name) || name === "Unit" ? `smithy.api#${name}` : this.id(name);
  }

  #put(shape: Shape): this {
    this.#shapes.set(shape.id, shape);
    return this;
  }

  #members(container: string, specs: Readonly<Record<string, MemberSpec>>): Map<string, MemberShape> {
    const members = new Map<string, MemberShape>();
    for (const [name, spec] of Object.entries(specs)) {
      const [target, memberTraits] = typeof spec === "string" ? [spec, {}] : spec;
      members.set(name, makeMember({ container, memberName: name, target: this.#target(target), source: NO_SOURCE, traits: traits(memberTraits) }));
    }
    return members;
  }

  #common(opts: Common): Pick<Shape, "traits" | "mixins"> {
    return { traits: traits(opts.traits ?? {}), mixins: (opts.mixins ?? []).map((m) => this.id(m)) };
  }

  simple(name: string, type: Shape["type"], opts: Common = {}): this {
    return this.#put(makeShape({ id: this.id(name), type, source: NO_SOURCE, ...this.#common(opts) }));
  }

  string(name: string, opts: Common = {}): this {
    return this.simple(name, "string", opts);
  }

  aggregate(
    name: string,
    type: "structure" | "union" | "enum" | "intEnum",
    members: Readonly<Record<string, MemberSpec>>,
    opts: Common = {},
  ): this {
    const id = this.id(name);
    return this.#put(makeShape({ id, type, source: NO_SOURCE, members: this.#members(id, members), ...this.#common(opts) }));
  }

  structure(name: string, members: Readonly<Record<string, MemberSpec>> = {}, opts: Common = {}): this {
    return this.aggregate(name, "structure", members, opts);
  }

  list(name: string, member: MemberSpec, opts: Common & { readonly set?: boolean } = {}): this {
    const id = this.id(name);
    const type = opts.set === true ? "set" : "list";
    return this.#put(makeShape({ id, type, source: NO_SOURCE, members: this.#members(id, { member }), ...this.#common(opts) }));
  }

  map(name: string, key: MemberSpec, value: MemberSpec, opts: Common = {}): this {
    const id = this.id(name);
    return this.#put(makeShape({ id, type: "map", source: NO_SOURCE, members: this.#members(id, { key, value }), ...this.#common(opts) }));
  }

  service(
    name: string,
    opts: Common & { readonly version?: string; readonly operations?: readonly string[]; readonly resources?: readonly string[]; readonly errors?: readonly string[] } = {},
  ): this {
    return this.#put(
      makeShape({
        id: this.id(name),
        type: "service",
        source: NO_SOURCE,
        ...(opts.version !== undefined ? { version: opts.version } : {}),
        operations: (opts.operations ?? []).map((o) => this.id(o)),
        resources: (opts.resources ?? []).map((r) => this.id(r)),
        errors: (opts.errors ?? []).map((e) => this.id(e)),
        ...this.#common(opts),
      }),
    );
  }

  operation(name: string, opts: Common & { readonly input?: string; readonly output?: string; readonly errors?: readonly string[] } = {}): this {
    return this.#put(
      makeShape({
        id: this.id(name),
        type: "operation",
        source: NO_SOURCE,
        ...(opts.input !== undefined ? { input: this.#target(opts.input) } : {}),
        ...(opts.output !== undefined ? { output: this.#target(opts.output) } : {}),
        errors: (opts.errors ?? []).map((e) => this.id(e)),
        ...this.#common(opts),
      }),
    );
  }

  resource(
    name: string,
    opts: Common & {
      readonly identifiers?: Readonly<Record<string, string>>;
      readonly properties?: Readonly<Record<string, string>>;
      readonly create?: string;
      readonly put?: string;
      readonly read?: string;
      readonly update?: string;
      readonly delete?: string;
      readonly list?: string;
      readonly operations?: readonly string[];
      readonly collectionOperations?: readonly string[];
      readonly resources?: readonly string[];
    } = {},
  ): this {
    const lifecycle: Partial<Record<"create" | "put" | "read" | "update" | "delete" | "list", string>> = {};
    for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
      const op = opts[key];
      if (op !== undefined) lifecycle[key] = this.id(op);
    }
    const ids = (record: Readonly<Record<string, string>> = {}) =>
      new Map(Object.entries(record).map(([k, v]) => [k, this.#target(v)] as const));
    return this.#put(
      makeShape({
        id: this.id(name),
        type: "resource",
        source: NO_SOURCE,
        identifiers: ids(opts.identifiers),
        properties: ids(opts.properties),
        operations: (opts.operations ?? []).map((o) => this.id(o)),
        collectionOperations: (opts.collectionOperations ?? []).map((o) => this.id(o)),
        resources: (opts.resources ?? []).map((r) => this.id(r)),
        ...lifecycle,
        ...this.#common(opts),
      }),
    );
  }

  build(): Model {
    return new Model(this.#shapes.values());
  }
}

/** Trait map with relative names resolved to smithy.api. */
export function traits(record: TraitMap): Map<string, NodeValue> {
  return new Map(Object.entries(record).map(([k, v]) => [k.includes("#") ? k : `smithy.api#${k}`, v] as const));
}

/** Ids of selected shapes outside smithy.api, sorted. */
export function ids(shapes: readonly { readonly id: string }[]): string[] {
  return shapes
    .map((s) => s.id)
    .filter((id) => !id.startsWith("smithy.api#"))
    .sort();
}
