// Absolute shape ids are plain strings: "ns.example#Shape" or "ns.example#Shape$member".
// Strings keep maps and JSON cheap; these helpers are the only place that knows the syntax.

export interface ParsedShapeId {
  readonly namespace: string;
  readonly name: string;
  readonly member: string | undefined;
}

const IDENTIFIER = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;
const NAMESPACE = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*(?:\.(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*)*$/;

export function isIdentifier(s: string): boolean {
  return IDENTIFIER.test(s);
}

export function isNamespace(s: string): boolean {
  return NAMESPACE.test(s);
}

/** Parses an absolute shape id; returns undefined when the text is not one. */
export function parseShapeId(id: string): ParsedShapeId | undefined {
  const hash = id.indexOf("#");
  if (hash <= 0) return undefined;
  const namespace = id.slice(0, hash);
  const rest = id.slice(hash + 1);
  const dollar = rest.indexOf("$");
  const name = dollar < 0 ? rest : rest.slice(0, dollar);
  const member = dollar < 0 ? undefined : rest.slice(dollar + 1);
  if (!isNamespace(namespace) || !isIdentifier(name)) return undefined;
  if (member !== undefined && !isIdentifier(member)) return undefined;
  return { namespace, name, member };
}

export function isAbsoluteShapeId(id: string): boolean {
  return parseShapeId(id) !== undefined;
}

export function shapeId(namespace: string, name: string, member?: string): string {
  return member === undefined ? `${namespace}#${name}` : `${namespace}#${name}$${member}`;
}

export function memberId(containerId: string, memberName: string): string {
  return `${containerId}$${memberName}`;
}

export function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf("#"));
}

/** The shape name without namespace or member ("Shape" for "ns#Shape$member"). */
export function nameOf(id: string): string {
  const rest = id.slice(id.indexOf("#") + 1);
  const dollar = rest.indexOf("$");
  return dollar < 0 ? rest : rest.slice(0, dollar);
}

export function memberNameOf(id: string): string | undefined {
  const dollar = id.indexOf("$");
  return dollar < 0 ? undefined : id.slice(dollar + 1);
}

/** The id of the shape that contains a member id, or the id itself. */
export function withoutMember(id: string): string {
  const dollar = id.indexOf("$");
  return dollar < 0 ? id : id.slice(0, dollar);
}

export const PRELUDE_NAMESPACE = "smithy.api";

export function isPreludeId(id: string): boolean {
  return id.startsWith("smithy.api#");
}
