// Attribute comparators (spec: "Attribute comparison", "Projection comparators").
import type { Comparator } from "./ast.js";
import { ProjectionAttribute, type AttributeValue } from "./attribute-values.js";

/** Compares an attribute value with one right-hand value. */
export function compareAttribute(
  comparator: Comparator,
  left: AttributeValue,
  right: AttributeValue,
  caseInsensitive: boolean,
): boolean {
  switch (comparator) {
    case "=":
      return anyPair(left, right, caseInsensitive, (a, b) => a === b);
    case "!=":
      return anyPair(left, right, caseInsensitive, (a, b) => a !== b);
    case "^=":
      return anyPair(left, right, caseInsensitive, (a, b) => a.startsWith(b));
    case "$=":
      return anyPair(left, right, caseInsensitive, (a, b) => a.endsWith(b));
    case "*=":
      return anyPair(left, right, caseInsensitive, (a, b) => a.includes(b));
    case "?=": {
      // Existence against the literal "true"/"false" (exact spelling, never case-folded).
      const expected = right.asString();
      return (left.present && expected === "true") || (!left.present && expected === "false");
    }
    case ">":
      return numeric(left, right, (d) => d > 0);
    case ">=":
      return numeric(left, right, (d) => d >= 0);
    case "<":
      return numeric(left, right, (d) => d < 0);
    case "<=":
      return numeric(left, right, (d) => d <= 0);
    case "{=}":
      return bothProjections(left, right) && isSubset(left, right, caseInsensitive) && isSubset(right, left, caseInsensitive);
    case "{!=}":
      return !(bothProjections(left, right) && isSubset(left, right, caseInsensitive) && isSubset(right, left, caseInsensitive));
    case "{<}":
      return bothProjections(left, right) && isSubset(left, right, caseInsensitive);
    case "{<<}":
      return bothProjections(left, right) && isSubset(left, right, caseInsensitive) && !isSubset(right, left, caseInsensitive);
  }
}

/**
 * String comparison over flattened values: matches when any left element and any right
 * element, both existing, satisfy the test on their string forms.
 */
function anyPair(
  left: AttributeValue,
  right: AttributeValue,
  caseInsensitive: boolean,
  test: (a: string, b: string) => boolean,
): boolean {
  const rights = right.flattened();
  for (const l of left.flattened()) {
    if (!l.present) continue;
    const a = caseInsensitive ? l.asString().toLowerCase() : l.asString();
    for (const r of rights) {
      if (!r.present) continue;
      const b = caseInsensitive ? r.asString().toLowerCase() : r.asString();
      if (test(a, b)) return true;
    }
  }
  return false;
}

/** A decimal number as written in JSON or Smithy (sign, digits, fraction, exponent). */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string): number | undefined {
  if (!NUMBER_TEXT.test(text)) return undefined;
  const n = Number(text);
  return Number.isNaN(n) ? undefined : n;
}

/** Numeric comparison: both sides must read as numbers, otherwise nothing matches. */
function numeric(left: AttributeValue, right: AttributeValue, test: (difference: number) => boolean): boolean {
  const rights = right.flattened();
  for (const l of left.flattened()) {
    if (!l.present) continue;
    const a = parseNumber(l.asString());
    if (a === undefined) continue;
    for (const r of rights) {
      if (!r.present) continue;
      const b = parseNumber(r.asString());
      if (b !== undefined && test(a === b ? 0 : a - b)) return true;
    }
  }
  return false;
}

function bothProjections(a: AttributeValue, b: AttributeValue): boolean {
  return a instanceof ProjectionAttribute && b instanceof ProjectionAttribute;
}

/** Every element of `a` equals (`=`) some element of `b`; duplicates do not matter. */
function isSubset(a: AttributeValue, b: AttributeValue, caseInsensitive: boolean): boolean {
  const bs = b.flattened();
  return a.flattened().every((x) => bs.some((y) => compareAttribute("=", x, y, caseInsensitive)));
}
