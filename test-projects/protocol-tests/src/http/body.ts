// Bodies compared by media type: JSON structurally (key order and number spelling do not
// matter), anything else byte for byte.
import { utf8Decode, utf8Encode } from "../runtime.js";

/** Whether a media type is a JSON document type (application/json, *+json, x-amz-json-1.x). */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return false;
  const essence = mediaType.split(";")[0]!.trim().toLowerCase();
  return essence === "application/json" || essence.endsWith("+json") || /^application\/x-amz-json-1\.[01]$/.test(essence);
}

/** Differences between the expected body text and the actual bytes; empty when they match. */
export function bodyDifferences(expected: string, mediaType: string | undefined, actual: Uint8Array): string[] {
  if (expected === "" || !isJsonMediaType(mediaType)) {
    const want = utf8Encode(expected);
    if (bytesEqual(want, actual)) return [];
    return [`body: expected ${describeBytes(want)}, got ${describeBytes(actual)}`];
  }
  let actualJson: unknown;
  try {
    actualJson = JSON.parse(utf8Decode(actual));
  } catch (e) {
    return [`body: expected JSON ${expected}, got unparseable ${describeBytes(actual)} (${e instanceof Error ? e.message : String(e)})`];
  }
  return jsonDifferences(JSON.parse(expected), actualJson, "body");
}

/** Structural JSON comparison; paths name where the trees differ. */
export function jsonDifferences(expected: unknown, actual: unknown, path: string): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (expected.length !== actual.length) return [`${path}: expected ${expected.length} elements, got ${actual.length}: ${JSON.stringify(actual)}`];
    return expected.flatMap((e, i) => jsonDifferences(e, actual[i], `${path}[${i}]`));
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const out: string[] = [];
    for (const k of Object.keys(e)) {
      if (!Object.hasOwn(a, k)) out.push(`${path}.${k}: missing (expected ${JSON.stringify(e[k])})`);
      else out.push(...jsonDifferences(e[k], a[k], `${path}.${k}`));
    }
    for (const k of Object.keys(a)) if (!Object.hasOwn(e, k)) out.push(`${path}.${k}: unexpected ${JSON.stringify(a[k])}`);
    return out;
  }
  return Object.is(expected, actual) || expected === actual ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function describeBytes(bytes: Uint8Array): string {
  const text = utf8Decode(bytes);
  const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return `${bytes.length} bytes ${JSON.stringify(shown)}`;
}
