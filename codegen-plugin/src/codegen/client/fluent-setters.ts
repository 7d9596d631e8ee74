// The fluent setters of a request builder: for each input member a short method (`city(v)`
// sets, `tags(...v)` appends to a list, `alerts(k, v)` inserts into a map) and `setX(v)`,
// which replaces the whole value (or unsets it with `undefined`).
import type { Model } from "../../model/model.js";
import type { MemberShape, Shape } from "../../model/shape.js";
import type { ImportScope } from "../render/imports.js";
import { docLines, type DocLines } from "../types/docs.js";
import { TRAIT } from "../traits.js";
import type { TypeExpressions } from "../types/type-expressions.js";
import { camelCase, firstFreeName, upperFirst } from "./member-names.js";

export interface SetterView {
  readonly doc: DocLines;
  readonly method: string;
  /** The parameter list, e.g. "...values: string[]". */
  readonly params: string;
  /** The expression the method returns, e.g. `this.$append("tags", values)`. */
  readonly call: string;
}

/**
 * Names a builder must not use: the runtime's OperationRequest API, `then` (a builder with a
 * `then` method would be awaited as a promise) and Object.prototype's members.
 */
const RESERVED: ReadonlySet<string> = new Set([
  "send", "customize", "paginate", "constructor", "then",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

export interface SetterNames {
  /** `city`, or undefined when the member's name is reserved (then only `setX` exists). */
  readonly short: string | undefined;
  /** `setCity`. */
  readonly set: string;
}

/**
 * The setter names of each member of `input`, by member name. Short names are given first,
 * in member order, so they win over the `setX` name of another member.
 */
export function fluentSetterNames(input: Shape): Map<string, SetterNames> {
  const taken = new Set<string>(RESERVED);
  const free = (c: string) => !taken.has(c) && !c.startsWith("$");
  const members = [...input.members.values()];
  const short = members.map((m) => {
    const base = camelCase(m.memberName);
    if (!free(base)) return undefined;
    taken.add(base);
    return base;
  });
  const out = new Map<string, SetterNames>();
  members.forEach((m, i) => {
    const set = firstFreeName(`set${upperFirst(camelCase(m.memberName))}`, free);
    taken.add(set);
    out.set(m.memberName, { short: short[i], set });
  });
  return out;
}

/**
 * Setters for the members of `input`. `memberType` is the type a member's value has in the
 * input structure (so streaming members take what the input type takes).
 */
export function fluentSetters(
  model: Model,
  input: Shape,
  expressions: TypeExpressions,
  memberType: (member: MemberShape) => string,
  scope: ImportScope,
): SetterView[] {
  const names = fluentSetterNames(input);
  const out: SetterView[] = [];
  for (const m of input.members.values()) {
    const key = JSON.stringify(m.memberName);
    const target = model.getTopLevel(m.target);
    const type = memberType(m);
    const { short, set } = names.get(m.memberName)!;
    const token = m.traits.has("smithy.api#idempotencyToken") ? ["Left unset, each call gets a fresh idempotency token (the same one on every retry)."] : [];
    const doc = (extra: string) => docLines(m, { fallback: target, extra: [[extra, ...token]] });
    if (short !== undefined) {
      if (target?.type === "list" || target?.type === "set") {
        out.push({
          doc: doc(`Appends to \`${m.memberName}\` (\`${set}\` replaces the whole list).`),
          method: short,
          params: `...values: ${arrayOf(elementType(target, "member", expressions, scope))}`,
          call: `this.$append(${key}, values)`,
        });
      } else if (target?.type === "map") {
        out.push({
          doc: doc(`Adds one entry to \`${m.memberName}\` (\`${set}\` replaces the whole map).`),
          method: short,
          params: `key: string, value: ${elementType(target, "value", expressions, scope)}`,
          call: `this.$insert(${key}, key, value)`,
        });
      } else {
        out.push({ doc: doc(`Sets \`${m.memberName}\`.`), method: short, params: `value: ${type}`, call: `this.$set(${key}, value)` });
      }
    }
    out.push({
      doc: doc(`Sets \`${m.memberName}\`, replacing any earlier value; \`undefined\` unsets it.`),
      method: set,
      params: `value: ${type} | undefined`,
      call: `this.$set(${key}, value)`,
    });
  }
  return out;
}

/** The type of a list's elements or a map's values (with `null` when the shape is @sparse). */
function elementType(shape: Shape, memberName: "member" | "value", expressions: TypeExpressions, scope: ImportScope): string {
  const member = shape.members.get(memberName);
  const type = member === undefined ? "unknown" : expressions.memberType(member, scope);
  return shape.traits.has(TRAIT.sparse) ? `${type} | null` : type;
}

/** `T[]`, with parentheses when T is a union, intersection or function type. */
function arrayOf(element: string): string {
  return /[|&]|=>/.test(element) ? `(${element})[]` : `${element}[]`;
}
