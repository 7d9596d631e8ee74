// The wording of constraint violations, as Smithy's server protocol tests expect it
// (restJson1/validation/*.smithy), and the JSON-pointer paths they point at.

export interface Violation {
  /** JSON pointer to the member, built from member names, list indexes and map keys. */
  readonly path: string;
  readonly message: string;
}

/** Appends one reference token to a JSON pointer (RFC 6901 escaping). */
export function pointer(parent: string, token: string | number): string {
  if (typeof token === "number") return `${parent}/${token}`;
  const escaped = token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
  return `${parent}/${escaped}`;
}

function failed(path: string): string {
  return `Value at '${path}' failed to satisfy constraint: Member must`;
}

export function requiredMessage(path: string): string {
  return `${failed(path)} not be null`;
}

function bounds(min: number | string | undefined, max: number | string | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}, inclusive`;
  if (min !== undefined) return `greater than or equal to ${min}`;
  return `less than or equal to ${max!}`;
}

export function lengthMessage(path: string, length: number, min: number | undefined, max: number | undefined): string {
  return `Value with length ${length} at '${path}' failed to satisfy constraint: Member must have length ${bounds(min, max)}`;
}

export function rangeMessage(path: string, min: number | string | undefined, max: number | string | undefined): string {
  return `${failed(path)} be ${bounds(min, max)}`;
}

export function patternMessage(path: string, pattern: string): string {
  return `${failed(path)} satisfy regular expression pattern: ${pattern}`;
}

export function enumMessage(path: string, values: readonly (string | number)[]): string {
  return `${failed(path)} satisfy enum value set: [${values.join(", ")}]`;
}

export function uniqueItemsMessage(path: string): string {
  return `${failed(path)} have unique values`;
}

/** The ValidationException `message`: a count followed by every violation. */
export function summaryMessage(violations: readonly Violation[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? "" : "s"} detected. ${violations.map((v) => v.message).join("; ")}`;
}
