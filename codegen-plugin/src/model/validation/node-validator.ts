// Checks a node value (a trait value, a @default, an example, typed metadata) against the
// shape that describes it, reporting problems with Smithy's wording. Every message starts
// with the caller's context ("Error validating trait `foo`") followed by the path into the
// value ("Error validating trait `foo`.bar.0: ...").
import type { Severity, ValidationEvent } from "../events.js";
import { isNodeArray, isNodeObject, nodeEquals, nodeTypeName, type NodeValue } from "../node-value.js";
import { parseShapeId } from "../shape-id.js";
import type { AnyShape, MemberShape, Shape } from "../shape.js";
import type { SourceLocation } from "../source-location.js";
import type { ValidationContext } from "./context.js";
import { tickedList } from "./event-builder.js";
import { compilePattern } from "./patterns.js";
import { isValidDateTime, isValidHttpDate } from "./timestamps.js";

export interface NodeValidationSettings {
  /** Event id of every reported event (hierarchical parts are appended for some checks). */
  readonly eventId: string;
  /** The shape events are reported against. */
  readonly shapeId?: string;
  /** Prefix of every message, e.g. "Error validating trait `range`" (may be empty). */
  readonly context: string;
  readonly source: SourceLocation;
  /** Constraint traits (@length, @range, @pattern, required members) only warn. */
  readonly allowConstraintErrors?: boolean;
  /** null is accepted wherever the value could be absent. */
  readonly allowOptionalNulls?: boolean;
  /** A value of zero outside a @range only warns. */
  readonly rangeZeroValueWarning?: boolean;
  /** Blob values must be base64, and @length counts decoded bytes. */
  readonly requireBase64Blobs?: boolean;
}

const NON_NUMERIC_FLOATS = ["NaN", "Infinity", "-Infinity"];
const INT_BOUNDS: Readonly<Record<string, readonly [bigint, bigint]>> = {
  byte: [-128n, 127n],
  short: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  intEnum: [-2147483648n, 2147483647n],
  long: [-9223372036854775808n, 9223372036854775807n],
};

/** Validates `value` against `shape` (a member or a top-level shape). */
export function validateNodeValue(
  context: ValidationContext,
  shape: AnyShape,
  value: NodeValue,
  settings: NodeValidationSettings,
): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  new NodeWalker(context, settings, events).visit(shape, value, settings.context, undefined);
  return events;
}

/** Formats a number the way Smithy prints number nodes. */
export function formatNumber(n: number): string {
  return String(n);
}

class NodeWalker {
  readonly #ctx: ValidationContext;
  readonly #settings: NodeValidationSettings;
  readonly #events: ValidationEvent[];
  /** Guards against unbounded recursion through recursive shapes with deep values. */
  #depth = 0;

  constructor(ctx: ValidationContext, settings: NodeValidationSettings, events: ValidationEvent[]) {
    this.#ctx = ctx;
    this.#settings = settings;
    this.#events = events;
  }

  #emit(path: string, message: string, severity: Severity = "ERROR", ...idParts: string[]): void {
    const id = idParts.length > 0 ? `${this.#settings.eventId}.${idParts.join(".")}` : this.#settings.eventId;
    const event: ValidationEvent = {
      id,
      severity,
      message: path === "" ? message : `${path}: ${message}`,
      source: this.#settings.source,
      ...(this.#settings.shapeId !== undefined ? { shapeId: this.#settings.shapeId } : {}),
    };
    this.#events.push(event);
  }

  #constraintSeverity(): Severity {
    return this.#settings.allowConstraintErrors === true ? "WARNING" : "ERROR";
  }

  visit(shape: AnyShape, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    if (this.#depth > 200) return;
    this.#depth++;
    try {
      if (shape.type === "member") this.#member(shape, value, path);
      else this.#shape(shape, value, path, referringMember);
    } finally {
      this.#depth--;
    }
  }

  #member(member: MemberShape, value: NodeValue, path: string): void {
    this.#plugins(member, value, path, undefined);
    if (value === null) this.#nullMember(member, path);
    const target = this.#ctx.model.getTopLevel(member.target);
    if (target) this.visit(target, value, path, member);
  }

  #nullMember(member: MemberShape, path: string): void {
    if (isMemberNullable(this.#ctx, member)) return;
    const container = this.#ctx.model.getTopLevel(member.container);
    switch (container?.type) {
      case "list":
        this.#emit(path, `Non-sparse list shape \`${member.container}\` cannot contain null values`);
        break;
      case "map":
        this.#emit(path, `Non-sparse map shape \`${member.container}\` cannot contain null values`);
        break;
      case "structure":
        this.#emit(path, `Required structure member \`${member.memberName}\` for \`${member.container}\` cannot be null`);
        break;
      default:
        break;
    }
  }

  #shape(shape: Shape, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    switch (shape.type) {
      case "blob":
        if (typeof value !== "string") return this.#invalid(shape, value, "string", path, referringMember);
        if (this.#settings.requireBase64Blobs === true && !isBase64(value)) {
          return this.#emit(path, "Blob value must be a valid base64 string");
        }
        return this.#plugins(shape, value, path, referringMember);
      case "boolean":
        if (typeof value !== "boolean") return this.#invalid(shape, value, "boolean", path, referringMember);
        return this.#plugins(shape, value, path, referringMember);
      case "byte":
      case "short":
      case "integer":
      case "intEnum":
      case "long":
      case "bigInteger":
        return this.#integer(shape, value, path, referringMember);
      case "float":
      case "double":
        if (typeof value !== "number" && typeof value !== "string") {
          return this.#invalid(shape, value, "number", path, referringMember);
        }
        return this.#plugins(shape, value, path, referringMember);
      case "bigDecimal":
        if (typeof value !== "number") return this.#invalid(shape, value, "number", path, referringMember);
        return this.#plugins(shape, value, path, referringMember);
      case "document":
        return;
      case "string":
      case "enum":
        if (typeof value !== "string") return this.#invalid(shape, value, "string", path, referringMember);
        return this.#plugins(shape, value, path, referringMember);
      case "timestamp":
        return this.#plugins(shape, value, path, referringMember);
      case "list":
      case "set":
        return this.#list(shape, value, path, referringMember);
      case "map":
        return this.#map(shape, value, path, referringMember);
      case "structure":
        return this.#structure(shape, value, path, referringMember);
      case "union":
        return this.#union(shape, value, path, referringMember);
      case "operation":
      case "resource":
      case "service":
        return this.#emit(path, `Encountered invalid shape type: ${shape.type}`);
    }
  }

  #integer(shape: Shape, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    if (typeof value !== "number") return this.#invalid(shape, value, "number", path, referringMember);
    if (!Number.isInteger(value)) {
      return this.#emit(
        path,
        `${shape.type} shapes must not have floating point values, but found \`${formatNumber(value)}\` provided for \`${shape.id}\``,
      );
    }
    const bounds = INT_BOUNDS[shape.type];
    if (bounds) {
      const n = BigInt(value);
      if (n < bounds[0]) return this.#emit(path, `${shape.type} value must be > ${bounds[0]}, but found ${n}`);
      if (n > bounds[1]) return this.#emit(path, `${shape.type} value must be < ${bounds[1]}, but found ${n}`);
    }
    this.#plugins(shape, value, path, referringMember);
  }

  #list(shape: Shape, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    if (!isNodeArray(value)) return this.#invalid(shape, value, "array", path, referringMember);
    this.#plugins(shape, value, path, referringMember);
    const member = shape.members.get("member");
    if (!member) return;
    value.forEach((element, i) => this.visit(member, element, join(path, String(i)), undefined));
  }

  #map(shape: Shape, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    if (!isNodeObject(value)) return this.#invalid(shape, value, "object", path, referringMember);
    this.#plugins(shape, value, path, referringMember);
    const key = shape.members.get("key");
    const val = shape.members.get("value");
    for (const [k, v] of Object.entries(value)) {
      if (key) this.visit(key, k, join(path, `${k} (map-key)`), undefined);
      if (val) this.visit(val, v, join(path, k), undefined);
    }
  }

  #structure(shape: Shape, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    if (!isNodeObject(value)) return this.#invalid(shape, value, "object", path, referringMember);
    this.#plugins(shape, value, path, referringMember);
    for (const [k, v] of Object.entries(value)) {
      const member = shape.members.get(k);
      if (!member) this.#unknownMember(k, shape, path, "WARNING");
      else this.visit(member, v, join(path, k), undefined);
    }
    for (const member of shape.members.values()) {
      if (member.traits.has("smithy.api#required") && !Object.prototype.hasOwnProperty.call(value, member.memberName)) {
        this.#emit(
          path,
          `Missing required structure member \`${member.memberName}\` for \`${shape.id}\``,
          this.#constraintSeverity(),
        );
      }
    }
  }

  #union(shape: Shape, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    if (!isNodeObject(value)) return this.#invalid(shape, value, "object", path, referringMember);
    this.#plugins(shape, value, path, referringMember);
    const entries = Object.entries(value);
    if (entries.length > 1) return this.#emit(path, "union values can contain a value for only a single member");
    for (const [k, v] of entries) {
      const member = shape.members.get(k);
      if (!member) this.#unknownMember(k, shape, path, "ERROR");
      else this.visit(member, v, join(path, k), undefined);
    }
  }

  #unknownMember(name: string, shape: Shape, path: string, severity: Severity): void {
    this.#emit(path, `Member \`${name}\` does not exist in \`${shape.id}\``, severity, "UnknownMember", shape.id, name);
  }

  #invalid(
    shape: Shape,
    value: NodeValue,
    expected: string,
    path: string,
    referringMember: MemberShape | undefined,
  ): void {
    if (value === null && this.#settings.allowOptionalNulls === true) {
      if (referringMember === undefined || isMemberNullable(this.#ctx, referringMember)) return;
    }
    let message = `Expected ${expected} value for ${shape.type} shape, \`${shape.id}\`; found ${nodeTypeName(value)} value`;
    if (typeof value === "string") message += `, \`${value}\``;
    else if (typeof value === "number") message += `, \`${formatNumber(value)}\``;
    else if (typeof value === "boolean") message += `, \`${String(value)}\``;
    this.#emit(path, message);
  }

  /**
   * Constraint checks that apply to a shape or to a member (with the member's own traits):
   * timestamps, non-numeric floats, @length, @idRef, @pattern, @range, enum values, @uniqueItems.
   */
  #plugins(shape: AnyShape, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    const type = shape.type === "member" ? this.#ctx.model.getTopLevel(shape.target)?.type : shape.type;
    if (type === undefined) return;
    this.#timestamp(shape, type, value, path, referringMember);
    if (shape.type !== "member" && (type === "float" || type === "double") && typeof value === "string") {
      if (!NON_NUMERIC_FLOATS.includes(value)) {
        this.#emit(
          path,
          `Value for \`${shape.id}\` must either be numeric or one of the following strings: [\"${NON_NUMERIC_FLOATS.join('", "')}\"], but was \"${value}\"`,
        );
      }
    }
    const length = shape.traits.get("smithy.api#length");
    if (isNodeObject(length)) this.#length(shape, type, length, value, path);
    if (typeof value === "string" && type === "string") {
      const idRef = shape.traits.get("smithy.api#idRef");
      if (idRef !== undefined) this.#idRef(idRef, value, path);
      const pattern = shape.traits.get("smithy.api#pattern");
      if (typeof pattern === "string") {
        const regex = compilePattern(pattern);
        if (regex && !regex.test(value)) {
          this.#emit(
            path,
            `String value provided for \`${shape.id}\` must match regular expression: ${pattern}`,
            this.#constraintSeverity(),
          );
        }
      }
    }
    const range = shape.traits.get("smithy.api#range");
    if (isNodeObject(range) && NUMERIC_TYPES.has(type)) this.#range(shape, range, value, path);
    if (shape.type === "string" || shape.type === "enum") this.#stringEnum(shape, value, path);
    if (shape.type === "intEnum" && typeof value === "number") this.#intEnum(shape, value, path);
    if (type === "list" && isNodeArray(value) && shape.traits.has("smithy.api#uniqueItems")) {
      this.#uniqueItems(shape, value, path);
    }
  }

  #timestamp(shape: AnyShape, type: string, value: NodeValue, path: string, referringMember: MemberShape | undefined): void {
    if (type !== "timestamp") return;
    const formatTrait = "smithy.api#timestampFormat";
    if (shape.type !== "member") {
      // A member's explicit format wins over the target's; the member already checked it.
      if (referringMember?.traits.has(formatTrait) === true) return;
      this.#timestampFormat(shape, shape.traits.get(formatTrait), value, path);
    } else if (shape.traits.has(formatTrait)) {
      this.#timestampFormat(shape, shape.traits.get(formatTrait), value, path);
    }
  }

  #timestampFormat(shape: AnyShape, format: NodeValue | undefined, value: NodeValue, path: string): void {
    if (format === undefined) {
      if (typeof value === "number") return;
      if (typeof value === "string") return this.#dateTime(shape, value, path);
      return this.#emit(
        path,
        `Invalid ${nodeTypeName(value)} value provided for timestamp, \`${shape.id}\`. Expected a number that contains ` +
          "epoch seconds with optional millisecond precision, or a string that contains an RFC 3339 formatted " +
          'timestamp (e.g., "1985-04-12T23:20:50.52Z")',
      );
    }
    switch (format) {
      case "date-time":
        return this.#dateTime(shape, value, path);
      case "epoch-seconds":
        if (typeof value !== "number") {
          this.#emit(path, `Invalid ${nodeTypeName(value)} value provided for a timestamp with a \`epoch-seconds\` format.`);
        }
        return;
      case "http-date":
        if (typeof value !== "string") return this.#emit(path, httpDateMessage(nodeTypeName(value)));
        if (!isValidHttpDate(value)) this.#emit(path, httpDateMessage(value));
        return;
      default:
        return;
    }
  }

  #dateTime(shape: AnyShape, value: NodeValue, path: string): void {
    if (typeof value !== "string") {
      return this.#emit(path, 'Expected a string value for a date-time timestamp (e.g., "1985-04-12T23:20:50.52Z")');
    }
    if (!isValidDateTime(value)) {
      this.#emit(
        path,
        `Invalid string value, \`${value}\`, provided for timestamp, \`${shape.id}\`. Expected an RFC 3339 formatted ` +
          'timestamp (e.g., "1985-04-12T23:20:50.52Z")',
      );
    }
  }

  #length(shape: AnyShape, type: string, trait: Readonly<Record<string, NodeValue>>, value: NodeValue, path: string): void {
    const min = typeof trait["min"] === "number" ? trait["min"] : undefined;
    const max = typeof trait["max"] === "number" ? trait["max"] : undefined;
    let size: number;
    let unit: string;
    let tooShort: (n: number, s: number) => string;
    let tooLong: (n: number, s: number) => string;
    let severity = this.#constraintSeverity();
    if (type === "string" && typeof value === "string") {
      size = value.length;
      tooShort = (m, s) =>
        `String value provided for \`${shape.id}\` must be >= ${m} characters, but the provided value is only ${s} characters.`;
      tooLong = (m, s) =>
        `String value provided for \`${shape.id}\` must be <= ${m} characters, but the provided value is ${s} characters.`;
    } else if (type === "blob" && typeof value === "string") {
      size = this.#settings.requireBase64Blobs === true ? base64DecodedLength(value) : Buffer.byteLength(value, "utf8");
      tooShort = (m, s) =>
        `Value provided for \`${shape.id}\` must have at least ${m} bytes, but the provided value only has ${s} bytes`;
      tooLong = (m, s) => `Value provided for \`${shape.id}\` must have no more than ${m} bytes, but the provided value has ${s} bytes`;
    } else if ((type === "list" || type === "set") && isNodeArray(value)) {
      unit = "elements";
      size = value.length;
      // Collection lengths are always errors.
      severity = "ERROR";
      tooShort = (m, s) =>
        `Value provided for \`${shape.id}\` must have at least ${m} ${unit}, but the provided value only has ${s} ${unit}`;
      tooLong = (m, s) =>
        `Value provided for \`${shape.id}\` must have no more than ${m} ${unit}, but the provided value has ${s} ${unit}`;
    } else if (type === "map" && isNodeObject(value)) {
      unit = "entries";
      size = Object.keys(value).length;
      tooShort = (m, s) =>
        `Value provided for \`${shape.id}\` must have at least ${m} ${unit}, but the provided value only has ${s} ${unit}`;
      tooLong = (m, s) =>
        `Value provided for \`${shape.id}\` must have no more than ${m} ${unit}, but the provided value has ${s} ${unit}`;
    } else {
      return;
    }
    if (min !== undefined && size < min) this.#emit(path, tooShort(min, size), severity);
    if (max !== undefined && size > max) this.#emit(path, tooLong(max, size), severity);
  }

  #idRef(trait: NodeValue, value: string, path: string): void {
    const config = isNodeObject(trait) ? trait : {};
    const selector = typeof config["selector"] === "string" ? config["selector"] : "*";
    const failWhenMissing = config["failWhenMissing"] === true;
    const customMessage = typeof config["errorMessage"] === "string" ? config["errorMessage"] : undefined;
    if (!parseShapeId(value)) {
      return this.#emit(path, `Invalid shape ID: ${value}`);
    }
    const resolved = this.#ctx.model.getShape(value);
    if (!resolved) {
      if (failWhenMissing) this.#emit(path, customMessage ?? `Shape ID \`${value}\` was not found in the model`);
      return;
    }
    if (selector === "*") return;
    const compiled = this.#ctx.selector(selector);
    if (compiled && !compiled.matches(this.#ctx.model, resolved)) {
      this.#emit(path, customMessage ?? `Shape ID \`${resolved.id}\` does not match selector \`${selector}\``);
    }
  }

  #range(shape: AnyShape, trait: Readonly<Record<string, NodeValue>>, value: NodeValue, path: string): void {
    const min = typeof trait["min"] === "number" ? trait["min"] : undefined;
    const max = typeof trait["max"] === "number" ? trait["max"] : undefined;
    const part = shape.type === "member" ? "Member" : "Target";
    const severity = this.#constraintSeverity();
    if (typeof value === "string") {
      if (value === "NaN") {
        this.#emit(
          path,
          `Value provided for \`${shape.id}\` must be a number because the \`smithy.api#range\` trait is applied, but found "${value}"`,
          severity,
        );
      }
      if (min !== undefined && value === "-Infinity") {
        this.#emit(
          path,
          `Value provided for \`${shape.id}\` must be greater than or equal to ${formatNumber(min)}, but found "${value}"`,
          severity,
          part,
          "InvalidRange",
        );
      }
      if (max !== undefined && value === "Infinity") {
        this.#emit(
          path,
          `Value provided for \`${shape.id}\` must be less than or equal to ${formatNumber(max)}, but found "${value}"`,
          severity,
          part,
          "InvalidRange",
        );
      }
      return;
    }
    if (typeof value !== "number") return;
    const numberSeverity = (this.#settings.rangeZeroValueWarning === true && value === 0) ? "WARNING" : severity;
    if (min !== undefined && value < min) {
      this.#emit(
        path,
        `Value provided for \`${shape.id}\` must be greater than or equal to ${formatNumber(min)}, but found ${formatNumber(value)}`,
        numberSeverity,
        part,
        "InvalidRange",
      );
    }
    if (max !== undefined && value > max) {
      this.#emit(
        path,
        `Value provided for \`${shape.id}\` must be less than or equal to ${formatNumber(max)}, but found ${formatNumber(value)}`,
        numberSeverity,
        part,
        "InvalidRange",
      );
    }
  }

  #stringEnum(shape: Shape, value: NodeValue, path: string): void {
    if (typeof value !== "string") return;
    const values = enumValues(shape);
    if (values !== undefined && !values.includes(value)) {
      this.#emit(path, `String value provided for \`${shape.id}\` must be one of the following values: ${tickedList(values)}`);
    }
  }

  #intEnum(shape: Shape, value: number, path: string): void {
    const values: number[] = [];
    for (const member of shape.members.values()) {
      const v = member.traits.get("smithy.api#enumValue");
      if (typeof v === "number") values.push(v);
    }
    if (!values.includes(Math.trunc(value))) {
      this.#emit(
        path,
        `Integer value provided for \`${shape.id}\` must be one of the following values: ${tickedList(values)}, but found ${formatNumber(value)}`,
      );
    }
  }

  #uniqueItems(shape: AnyShape, value: readonly NodeValue[], path: string): void {
    const duplicates: string[] = [];
    const seen: NodeValue[] = [];
    for (const item of value) {
      if (seen.some((s) => nodeEquals(s, item))) {
        const printed = printNode(item);
        if (!duplicates.includes(printed)) duplicates.push(printed);
      } else {
        seen.push(item);
      }
    }
    if (duplicates.length > 0) {
      this.#emit(
        path,
        `Value provided for \`${shape.id}\` must have unique items, but the following items had multiple entries: [\`${duplicates.join("`, `")}\`]`,
      );
    }
  }
}

const NUMERIC_TYPES: ReadonlySet<string> = new Set([
  "byte", "short", "integer", "intEnum", "long", "float", "double", "bigInteger", "bigDecimal",
]);

function join(path: string, segment: string): string {
  return path === "" ? segment : `${path}.${segment}`;
}

function httpDateMessage(found: string): string {
  return (
    "Invalid value provided for http-date formatted timestamp. Expected a string value that matches the " +
    `IMF-fixdate production of RFC 9110 section-5.6.7. Found: ${found}`
  );
}

/** The values a string must take: an enum shape's member values, or the legacy @enum trait's. */
function enumValues(shape: Shape): string[] | undefined {
  if (shape.type === "enum") {
    const values: string[] = [];
    for (const member of shape.members.values()) {
      const v = member.traits.get("smithy.api#enumValue");
      if (typeof v === "string") values.push(v);
    }
    return values;
  }
  const trait = shape.traits.get("smithy.api#enum");
  if (!isNodeArray(trait)) return undefined;
  const values: string[] = [];
  for (const def of trait) {
    if (isNodeObject(def) && typeof def["value"] === "string") values.push(def["value"]);
  }
  return values;
}

/** Smithy 2.0 nullability as a client sees it (Smithy's default check mode). */
export function isMemberNullable(ctx: ValidationContext, member: MemberShape): boolean {
  const container = ctx.model.getTopLevel(member.container);
  switch (container?.type) {
    case "structure":
      if (member.traits.has("smithy.api#clientOptional") || container.traits.has("smithy.api#input")) return true;
      return !member.traits.has("smithy.api#required") && !hasNonNullDefault(member);
    case "map":
      if (member.memberName === "key") return false;
      return container.traits.has("smithy.api#sparse");
    case "list":
      return container.traits.has("smithy.api#sparse");
    default:
      return false;
  }
}

function hasNonNullDefault(shape: AnyShape): boolean {
  const d = shape.traits.get("smithy.api#default");
  return d !== undefined && d !== null;
}

function isBase64(value: string): boolean {
  return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value);
}

function base64DecodedLength(value: string): number {
  return Buffer.from(value, "base64").length;
}

/** Compact JSON, as Smithy prints node values in messages. */
export function printNode(value: NodeValue): string {
  return JSON.stringify(value);
}
