// Constraint validation and @default filling, compiled from schemas once per service.
//
// Every member becomes a ValuePlan (its effective traits: required, default, length, range,
// pattern, enum membership, uniqueItems) and every aggregate target a shared AggregatePlan, so
// recursive shapes compile to cyclic plans. Plans know whether anything below them needs
// looking at; a request walks only the parts of its input that carry constraints or defaults.
//
// Input:  defaults are filled (in place, on the freshly deserialized input) for absent members,
//         then constraints are checked; violations come back with JSON-pointer paths.
// Output: absent members with defaults are filled on a copy (handlers' objects are never
//         mutated), so every effective default is serialized, as Smithy recommends.
import { FrameworkError } from "../../protocol/protocol.js";
import { deref, type MemberSchema, type Schema, type StructureSchema } from "../../schema/schema.js";
import { compilePattern, type CompiledPattern } from "../regex/pattern.js";
import { compareDecimal } from "./decimal.js";
import { defaultFactory, type DefaultFactory } from "./defaults.js";
import { hasDuplicates } from "./equality.js";
import {
  enumMessage,
  lengthMessage,
  patternMessage,
  pointer,
  rangeMessage,
  requiredMessage,
  uniqueItemsMessage,
  type Violation,
} from "./messages.js";

/** Deeper inputs are rejected rather than risking the call stack (protocols bound nesting well below this). */
const MAX_DEPTH = 512;

type Bound = number | string | undefined;

interface ValuePlan {
  readonly required: boolean;
  readonly defaultValue: DefaultFactory | undefined;
  readonly length: { readonly min: number | undefined; readonly max: number | undefined } | undefined;
  readonly range: { readonly min: Bound; readonly max: Bound } | undefined;
  readonly pattern: CompiledPattern | undefined;
  readonly enumValues: ReadonlySet<unknown> | undefined;
  readonly enumList: readonly (string | number)[];
  readonly unique: boolean;
  readonly streaming: boolean;
  readonly aggregate: AggregatePlan | undefined;
  /** Whether the value itself carries a constraint. */
  readonly checksValue: boolean;
}

interface Flags {
  /** Something below needs the input walk (a constraint or a default). */
  walkInput: boolean;
  /** Some member below has a default (the output walk). */
  hasDefaults: boolean;
}

interface StructurePlan extends Flags {
  readonly kind: "structure";
  readonly members: { readonly name: string; readonly plan: ValuePlan }[];
  /** The members the input walk visits (required, defaulted, constrained or with such members below), set by finish(). */
  walked: readonly { readonly name: string; readonly plan: ValuePlan }[];
}
interface UnionPlan extends Flags {
  readonly kind: "union";
  readonly members: Map<string, ValuePlan>;
}
interface ListPlan extends Flags {
  readonly kind: "list";
  element: ValuePlan | undefined;
}
interface MapPlan extends Flags {
  readonly kind: "map";
  key: ValuePlan | undefined;
  value: ValuePlan | undefined;
}
type AggregatePlan = StructurePlan | UnionPlan | ListPlan | MapPlan;

/** The compiled input checks and output defaults of one structure (an operation's input or output). */
export interface ShapePlan {
  readonly root: StructurePlan;
}

/** Compiles plans for all of a service's operations, sharing aggregates between them. */
export class ValidationPlanner {
  readonly #aggregates = new Map<Schema, AggregatePlan>();
  readonly #patterns = new Map<string, CompiledPattern>();

  /** Plans for a structure; call `finish()` after the last one. */
  structure(schema: StructureSchema): ShapePlan {
    return { root: this.#aggregate(schema) as StructurePlan };
  }

  /** Patterns that could not be compiled to the linear matcher, with the reason. */
  nonLinearPatterns(): { source: string; reason: string }[] {
    return [...this.#patterns.values()].filter((p) => !p.linear).map((p) => ({ source: p.source, reason: p.fallbackReason ?? "" }));
  }

  /** Propagates the "anything below?" flags through the (possibly cyclic) plan graph. */
  finish(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const plan of this.#aggregates.values()) {
        let walk = false;
        let defaults = false;
        for (const child of children(plan)) {
          walk ||= child.checksValue || child.required || child.defaultValue !== undefined || (child.aggregate?.walkInput ?? false);
          defaults ||= child.defaultValue !== undefined || (child.aggregate?.hasDefaults ?? false);
        }
        if (walk !== plan.walkInput || defaults !== plan.hasDefaults) {
          plan.walkInput ||= walk;
          plan.hasDefaults ||= defaults;
          changed = true;
        }
      }
    }
    for (const plan of this.#aggregates.values()) {
      if (plan.kind === "structure") plan.walked = plan.members.filter(({ plan: m }) => m.required || m.defaultValue !== undefined || m.checksValue || (m.aggregate?.walkInput ?? false));
    }
  }

  #aggregate(schema: Schema): AggregatePlan | undefined {
    const existing = this.#aggregates.get(schema);
    if (existing) return existing;
    switch (schema.kind) {
      case "structure":
      case "union": {
        const members = schema.members;
        if (schema.kind === "structure") {
          const plan: StructurePlan = { kind: "structure", members: [], walked: [], walkInput: false, hasDefaults: false };
          this.#aggregates.set(schema, plan);
          for (const m of members) plan.members.push({ name: m.name, plan: this.#member(m, `${schema.id}$${m.name}`) });
          return plan;
        }
        const plan: UnionPlan = { kind: "union", members: new Map(), walkInput: false, hasDefaults: false };
        this.#aggregates.set(schema, plan);
        for (const m of members) plan.members.set(m.name, this.#member(m, `${schema.id}$${m.name}`));
        return plan;
      }
      case "list": {
        const plan: ListPlan = { kind: "list", element: undefined, walkInput: false, hasDefaults: false };
        this.#aggregates.set(schema, plan);
        plan.element = this.#member(schema.member, `${schema.id}$member`);
        return plan;
      }
      case "map": {
        const plan: MapPlan = { kind: "map", key: undefined, value: undefined, walkInput: false, hasDefaults: false };
        this.#aggregates.set(schema, plan);
        plan.key = this.#member(schema.key, `${schema.id}$key`);
        plan.value = this.#member(schema.value, `${schema.id}$value`);
        return plan;
      }
      default:
        return undefined;
    }
  }

  #member(member: MemberSchema, where: string): ValuePlan {
    const target = deref(member.target);
    const t = member.traits;
    const isString = target.kind === "string" || target.kind === "enum";
    const lengthApplies = isString || target.kind === "blob" || target.kind === "list" || target.kind === "map";
    const length = lengthApplies && t.length ? { min: t.length.min, max: t.length.max } : undefined;
    const range = t.range ? { min: t.range.min, max: t.range.max } : undefined;
    const pattern = isString && t.pattern !== undefined ? this.#pattern(t.pattern) : undefined;
    const enumList = target.kind === "enum" || target.kind === "intEnum" ? target.values : [];
    const enumValues = enumList.length > 0 ? new Set<unknown>(enumList) : undefined;
    const unique = target.kind === "list" && t.uniqueItems === true;
    return {
      required: t.required === true,
      defaultValue: defaultFactory(t.default, target, where),
      length,
      range,
      pattern,
      enumValues,
      enumList,
      unique,
      streaming: t.streaming === true,
      aggregate: this.#aggregate(target),
      checksValue: length !== undefined || range !== undefined || pattern !== undefined || enumValues !== undefined || unique,
    };
  }

  #pattern(source: string): CompiledPattern {
    let compiled = this.#patterns.get(source);
    if (!compiled) {
      compiled = compilePattern(source);
      this.#patterns.set(source, compiled);
    }
    return compiled;
  }
}

function children(plan: AggregatePlan): ValuePlan[] {
  switch (plan.kind) {
    case "structure":
      return plan.members.map((m) => m.plan);
    case "union":
      return [...plan.members.values()];
    case "list":
      return plan.element ? [plan.element] : [];
    case "map":
      return [plan.key, plan.value].filter((p): p is ValuePlan => p !== undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Input: fill defaults, check constraints

interface Walk {
  readonly violations: Violation[];
  readonly max: number;
}

/**
 * Where an aggregate value sits in the input: its parent's location and its own member name,
 * index or key. A value is located by its parent's Location and its own token; the JSON
 * pointer is spelled out only for a violation, so valid input (the usual case) costs no string
 * building, and only aggregates allocate a Location.
 */
interface Location {
  readonly parent: Location | undefined;
  readonly token: string | number;
}

function pointerOf(parent: Location | undefined, token: string | number | undefined): string {
  let path = "";
  for (let at = parent; at !== undefined; at = at.parent) path = pointer("", at.token) + path;
  return token === undefined ? path : pointer(path, token);
}

/**
 * Fills defaults into `input` (in place) and checks its constraints. Returns the violations
 * (at most `maxViolations`), empty when the input is valid. Throws a Serialization
 * FrameworkError for inputs nested deeper than the validator will follow.
 */
export function validateInput(plan: ShapePlan, input: Record<string, unknown>, maxViolations: number): readonly Violation[] {
  if (!plan.root.walkInput) return NO_VIOLATIONS;
  const walk: Walk = { violations: [], max: maxViolations };
  walkStructure(walk, plan.root, input, undefined, undefined, 0);
  return walk.violations.length === 0 ? NO_VIOLATIONS : walk.violations;
}

const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);

/** Records a violation of the value at `token` under `parent` (the parent itself when `token` is undefined). */
function report(walk: Walk, parent: Location | undefined, token: string | number | undefined, message: (path: string) => string): void {
  if (walk.violations.length < walk.max) {
    const path = pointerOf(parent, token);
    walk.violations.push({ path, message: message(path) });
  }
}

function full(walk: Walk): boolean {
  return walk.violations.length >= walk.max;
}

/**
 * Walks a structure located at `token` under `parent` (the root input has no token). Its own
 * Location is allocated only if a member needs it: for a violation, or to look inside.
 */
function walkStructure(walk: Walk, plan: StructurePlan, obj: Record<string, unknown>, parent: Location | undefined, token: string | number | undefined, depth: number): void {
  let self = parent;
  let located = token === undefined;
  for (const { name, plan: member } of plan.walked) {
    if (full(walk)) return;
    let value = obj[name];
    if (value === undefined || value === null) {
      if (member.defaultValue !== undefined) {
        value = member.defaultValue();
        obj[name] = value;
      } else {
        if (member.required) {
          if (!located) {
            self = { parent, token: token! };
            located = true;
          }
          report(walk, self, name, requiredMessage);
        }
        continue;
      }
    }
    // A present member that is only required needs nothing more.
    if (!member.checksValue && !(member.aggregate?.walkInput ?? false)) continue;
    if (!located) {
      self = { parent, token: token! };
      located = true;
    }
    walkValue(walk, member, value, self, name, depth + 1);
  }
}

function walkValue(walk: Walk, plan: ValuePlan, value: unknown, parent: Location | undefined, token: string | number, depth: number): void {
  if (depth > MAX_DEPTH) throw new FrameworkError("Serialization", `input is nested more than ${MAX_DEPTH} levels deep`);
  if (plan.streaming) return;
  if (plan.checksValue) checkValue(walk, plan, value, parent, token);
  const aggregate = plan.aggregate;
  if (aggregate === undefined || !aggregate.walkInput || typeof value !== "object" || value === null) return;
  if (aggregate.kind === "structure") {
    walkStructure(walk, aggregate, value as Record<string, unknown>, parent, token, depth);
    return;
  }
  const at: Location = { parent, token };
  switch (aggregate.kind) {
    case "union": {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const member = aggregate.members.get(key);
        const v = record[key];
        if (member !== undefined && v !== undefined && v !== null) walkValue(walk, member, v, at, key, depth + 1);
      }
      return;
    }
    case "list": {
      if (!Array.isArray(value)) return;
      const element = aggregate.element!;
      if (!element.checksValue && !(element.aggregate?.walkInput ?? false)) return;
      for (let i = 0; i < value.length && !full(walk); i++) {
        const v: unknown = value[i];
        if (v !== undefined && v !== null) walkValue(walk, element, v, at, i, depth + 1);
      }
      return;
    }
    case "map": {
      const record = value as Record<string, unknown>;
      const key = aggregate.key!;
      const val = aggregate.value!;
      const checkValues = val.checksValue || (val.aggregate?.walkInput ?? false);
      for (const k of Object.keys(record)) {
        if (full(walk)) return;
        // Smithy reports an invalid key at the map's own path.
        if (key.checksValue) checkValue(walk, key, k, at, undefined);
        const v = record[k];
        if (checkValues && v !== undefined && v !== null) walkValue(walk, val, v, at, k, depth + 1);
      }
      return;
    }
  }
}

function lengthOf(value: unknown): number | undefined {
  if (typeof value === "string") return codePointLength(value);
  if (value instanceof Uint8Array || Array.isArray(value)) return value.length;
  if (typeof value === "object" && value !== null) return Object.keys(value).length;
  return undefined;
}

/** Unicode scalar values in a string: surrogate pairs count once. */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function checkValue(walk: Walk, plan: ValuePlan, value: unknown, parent: Location | undefined, token: string | number | undefined): void {
  if (plan.length !== undefined) {
    const n = lengthOf(value);
    const { min, max } = plan.length;
    if (n !== undefined && ((min !== undefined && n < min) || (max !== undefined && n > max))) report(walk, parent, token, (path) => lengthMessage(path, n, min, max));
  }
  if (plan.range !== undefined && !inRange(value, plan.range.min, plan.range.max)) {
    const { min, max } = plan.range;
    report(walk, parent, token, (path) => rangeMessage(path, min, max));
  }
  if (plan.pattern !== undefined && typeof value === "string" && !plan.pattern.test(value)) {
    const source = plan.pattern.source;
    report(walk, parent, token, (path) => patternMessage(path, source));
  }
  if (plan.enumValues !== undefined && !plan.enumValues.has(value)) {
    const values = plan.enumList;
    report(walk, parent, token, (path) => enumMessage(path, values));
  }
  if (plan.unique && Array.isArray(value) && hasDuplicates(value)) {
    report(walk, parent, token, uniqueItemsMessage);
  }
}

function inRange(value: unknown, min: Bound, max: Bound): boolean {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return false;
    return (min === undefined || value >= Number(min)) && (max === undefined || value <= Number(max));
  }
  const text = typeof value === "bigint" ? value.toString() : typeof value === "string" ? value : undefined;
  if (text === undefined) return true;
  const lo = min === undefined ? 0 : compareDecimal(text, String(min));
  const hi = max === undefined ? 0 : compareDecimal(text, String(max));
  // A value that is not a decimal at all cannot be shown to be in range.
  if (lo === undefined || hi === undefined) return false;
  return lo >= 0 && hi <= 0;
}

// ---------------------------------------------------------------------------------------------
// Output: fill defaults on a copy

/** `output` with every absent defaulted member filled; the same object when nothing was missing. */
export function withOutputDefaults(plan: ShapePlan, output: Record<string, unknown>): Record<string, unknown> {
  return plan.root.hasDefaults ? structureDefaults(plan.root, output, 0) : output;
}

function structureDefaults(plan: StructurePlan, obj: Record<string, unknown>, depth: number): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const { name, plan: member } of plan.members) {
    const value = obj[name];
    if (value === undefined || value === null) {
      if (member.defaultValue !== undefined) (copy ??= { ...obj })[name] = member.defaultValue();
    } else if (member.aggregate?.hasDefaults) {
      const filled = aggregateDefaults(member.aggregate, value, depth + 1);
      if (filled !== value) (copy ??= { ...obj })[name] = filled;
    }
  }
  return copy ?? obj;
}

function aggregateDefaults(plan: AggregatePlan, value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return value;
  switch (plan.kind) {
    case "structure":
      return structureDefaults(plan, value as Record<string, unknown>, depth);
    case "list": {
      const inner = plan.element!.aggregate;
      if (!Array.isArray(value) || !inner?.hasDefaults) return value;
      let copy: unknown[] | undefined;
      value.forEach((item: unknown, i) => {
        const filled = aggregateDefaults(inner, item, depth + 1);
        if (filled !== item) (copy ??= [...(value as unknown[])])[i] = filled;
      });
      return copy ?? value;
    }
    case "map":
    case "union": {
      const record = value as Record<string, unknown>;
      let copy: Record<string, unknown> | undefined;
      for (const k of Object.keys(record)) {
        const inner = plan.kind === "map" ? plan.value!.aggregate : plan.members.get(k)?.aggregate;
        if (!inner?.hasDefaults) continue;
        const filled = aggregateDefaults(inner, record[k], depth + 1);
        if (filled !== record[k]) (copy ??= { ...record })[k] = filled;
      }
      return copy ?? value;
    }
  }
}
