// Structural equality for @uniqueItems, as Smithy defines value equality: strings code point
// for code point, blobs byte for byte, timestamps by instant, lists item by item, maps and
// structures regardless of key order. Each item is reduced to a canonical text so duplicates
// are found with one Set in linear time rather than by pairwise comparison.

/** A canonical text of `value`; equal values (in Smithy's sense) give equal texts. */
export function canonicalKey(value: unknown): string {
  if (value === undefined || value === null) return "n";
  switch (typeof value) {
    case "string":
      return `s${JSON.stringify(value)}`;
    case "number":
      return `d${Object.is(value, -0) ? "0" : String(value)}`;
    case "bigint":
      return `i${value}`;
    case "boolean":
      return value ? "t" : "f";
    case "object":
      break;
    default:
      return `?${String(value)}`;
  }
  if (value instanceof Date) return `D${value.getTime()}`;
  if (value instanceof Uint8Array) {
    let text = "B";
    for (let i = 0; i < value.length; i++) text += value[i]!.toString(16).padStart(2, "0");
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalKey(record[k])}`).join(",")}}`;
}

export function hasDuplicates(items: readonly unknown[]): boolean {
  if (items.length < 2) return false;
  const seen = new Set<string>();
  for (const item of items) {
    const key = canonicalKey(item);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
