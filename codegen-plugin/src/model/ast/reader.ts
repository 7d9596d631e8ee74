// Reads a Smithy JSON AST document ("smithy": "1.0" or "2.0") into load operations, the same
// intermediate form the IDL parser produces. Shape ids in the AST are absolute, so references
// need no namespace context. Unknown properties are warnings; malformed ones are errors that
// skip the shape they are in (or the rest of the document when the document itself is broken).
import type { ValidationEvent } from "../events.js";
import { isNodeObject, type NodeObject, type NodeValue, nodeTypeName } from "../node-value.js";
import { isIdentifier, parseShapeId } from "../shape-id.js";
import { NO_SOURCE, type SourceLocation } from "../source-location.js";
import {
  type DefineShapeDraft,
  type LoadOperation,
  newShapeDefinition,
  type ParsedFile,
  plainValue,
  type ShapeRef,
  type SmithyVersion,
  type TopLevelType,
  TraitPhase,
} from "../assembler/load-operations.js";
import { additionalPropertiesEvent, loaderError, loaderEvent } from "../assembler/model-events.js";
import { type JsonAstLocations, locateJsonAst } from "./json-locations.js";

const TOP_LEVEL_PROPERTIES = ["smithy", "shapes", "metadata"];
const APPLY_PROPERTIES = ["type", "traits"];
const SIMPLE_PROPERTIES = ["type", "traits", "mixins"];
const NAMED_MEMBERS_PROPERTIES = ["type", "members", "traits", "mixins"];
const COLLECTION_PROPERTIES = ["type", "member", "traits", "mixins"];
const MAP_PROPERTIES = ["type", "key", "value", "traits", "mixins"];
const MEMBER_PROPERTIES = ["target", "traits"];
const REFERENCE_PROPERTIES = ["target"];
const OPERATION_PROPERTIES = ["type", "input", "output", "errors", "traits", "mixins"];
const RESOURCE_PROPERTIES = [
  "type", "create", "read", "update", "delete", "list", "put", "identifiers", "resources", "operations",
  "collectionOperations", "properties", "traits", "mixins",
];
const SERVICE_PROPERTIES = ["type", "version", "operations", "resources", "rename", "errors", "traits", "mixins"];

const SIMPLE_TYPES: ReadonlySet<string> = new Set([
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger",
  "bigDecimal", "timestamp", "document",
]);

/** A problem that abandons the shape (or document) being read. */
class AstError extends Error {
  override readonly name = "AstError";
  constructor(
    message: string,
    readonly source: SourceLocation | undefined,
    readonly shapeId?: string,
  ) {
    super(message);
  }
}

function describe(v: NodeValue | undefined): string {
  return v === undefined ? "null" : nodeTypeName(v);
}

function has(obj: NodeObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

type ShapeDraft = DefineShapeDraft;

class AstReader {
  private readonly ops: LoadOperation[] = [];
  private readonly referenced = new Set<string>();
  private readonly defined = new Set<string>();
  private version: SmithyVersion = "2.0";

  constructor(
    private readonly filename: string,
    private readonly locations: JsonAstLocations | undefined,
  ) {}

  read(doc: unknown): ParsedFile {
    let isModel = false;
    try {
      isModel = this.readDocument(doc);
    } catch (e) {
      if (!(e instanceof AstError)) throw e;
      this.emit(loaderError(e.message, e.source, e.shapeId));
      isModel = true;
    }
    return {
      filename: this.filename,
      version: this.version,
      operations: this.ops,
      referencedNamespaces: this.referenced,
      definedNamespaces: this.defined,
      isModel,
    };
  }

  private emit(event: ValidationEvent): void {
    this.ops.push({ kind: "event", event });
  }

  private fileLocation(): SourceLocation {
    return { filename: this.filename, line: 1, column: 1 };
  }

  private shapeLocation(id: string): SourceLocation {
    return this.locations?.get(id) ?? this.fileLocation();
  }

  private readDocument(doc: unknown): boolean {
    if (!isNodeObject(doc as NodeValue) || !has(doc as NodeObject, "smithy")) return false;
    const root = doc as NodeObject;
    const versionText = root["smithy"];
    if (typeof versionText !== "string") {
      throw new AstError(`Expected \`smithy\` to be a string; found ${describe(versionText)}`, this.fileLocation());
    }
    if (versionText === "1" || versionText === "1.0") this.version = "1.0";
    else if (versionText === "2" || versionText === "2.0") this.version = "2.0";
    else throw new AstError(`Unsupported Smithy version number: ${versionText}`, this.fileLocation());
    if (has(root, "metadata")) this.readMetadata(root["metadata"]!);
    if (has(root, "shapes")) this.readShapes(root["shapes"]!);
    const extra = Object.keys(root).filter((k) => !TOP_LEVEL_PROPERTIES.includes(k));
    if (extra.length > 0) this.emit(additionalPropertiesEvent(TOP_LEVEL_PROPERTIES, extra, this.fileLocation()));
    return true;
  }

  private readMetadata(metadata: NodeValue): void {
    if (!isNodeObject(metadata)) {
      this.emit(loaderError(`Expected \`metadata\` to be an object; found ${describe(metadata)}`, this.fileLocation()));
      return;
    }
    for (const key of Object.keys(metadata)) {
      const source = this.locations?.get(`metadata:${key}`) ?? this.fileLocation();
      this.ops.push({ kind: "metadata", key, value: plainValue(metadata[key]!, source) });
    }
  }

  private readShapes(shapes: NodeValue): void {
    if (!isNodeObject(shapes)) {
      throw new AstError(`Expected \`shapes\` to be an object; found ${describe(shapes)}`, this.fileLocation());
    }
    for (const id of Object.keys(shapes)) {
      const source = this.shapeLocation(id);
      const parsed = parseShapeId(id);
      if (!parsed) throw new AstError(`Invalid shape ID: ${id}`, source);
      const body = shapes[id]!;
      if (!isNodeObject(body)) throw new AstError(`Expected object, but found ${describe(body)}.`, source);
      try {
        this.readShape(id, body, source);
      } catch (e) {
        if (!(e instanceof AstError)) throw e;
        this.emit(loaderError(e.message, e.source, id));
      }
    }
  }

  private readShape(id: string, body: NodeObject, source: SourceLocation): void {
    if (!has(body, "type")) throw new AstError("Missing expected member `type`.", source);
    const type = body["type"];
    if (typeof type !== "string") throw new AstError(`Expected \`type\` to be a string; found ${describe(type)}`, source);
    if (type === "apply") {
      this.checkProperties(body, APPLY_PROPERTIES, id, source);
      if (has(body, "traits")) this.readTraits(id, body["traits"]!, source);
      return;
    }
    const draft: ShapeDraft = newShapeDefinition(id, type as TopLevelType, this.version, source);
    this.defined.add(id.slice(0, id.indexOf("#")));
    let allowed: readonly string[];
    if (SIMPLE_TYPES.has(type)) {
      allowed = SIMPLE_PROPERTIES;
    } else {
      switch (type) {
        case "structure":
        case "union":
        case "enum":
        case "intEnum":
          allowed = NAMED_MEMBERS_PROPERTIES;
          break;
        case "list":
        case "set":
          allowed = COLLECTION_PROPERTIES;
          break;
        case "map":
          allowed = MAP_PROPERTIES;
          break;
        case "operation":
          allowed = OPERATION_PROPERTIES;
          break;
        case "resource":
          allowed = RESOURCE_PROPERTIES;
          break;
        case "service":
          allowed = SERVICE_PROPERTIES;
          break;
        default:
          throw new AstError(`Invalid shape \`type\`: ${type}`, source);
      }
    }
    // Properties are read in document order, like the reference reader, so the first
    // malformed one decides which error is reported.
    for (const key of Object.keys(body)) {
      const value = body[key]!;
      switch (key) {
        case "traits":
          this.readTraits(id, value, source);
          break;
        case "mixins":
          if (allowed.includes(key)) draft.mixins.push(...this.readReferenceList(value, id, source));
          break;
        case "members":
          if (allowed.includes(key)) this.readNamedMembers(draft, value, source);
          break;
        case "member":
        case "key":
        case "value":
          if (allowed.includes(key)) this.readMember(draft, key, value, source);
          break;
        default:
          if (allowed.includes(key)) this.readEntityProperty(draft, key, value, source);
      }
    }
    this.checkProperties(body, allowed, id, source);
    this.ops.push(draft);
  }

  private readEntityProperty(draft: ShapeDraft, key: string, value: NodeValue, source: SourceLocation): void {
    const id = draft.id;
    switch (key) {
      case "type":
        return;
      case "version":
        if (typeof value !== "string") throw new AstError(`Expected \`version\` to be a string; found ${describe(value)}`, source);
        draft.serviceVersion = value;
        return;
      case "input":
      case "output":
      case "put":
      case "create":
      case "read":
      case "update":
      case "delete":
      case "list":
        if (!isNodeObject(value)) throw new AstError(`Expected \`${key}\` to be an object; found ${describe(value)}`, source);
        draft[key] = this.readReference(value, id, source);
        return;
      case "errors":
        draft.errors = [...(draft.errors ?? []), ...this.readReferenceList(value, id, source)];
        return;
      case "operations":
        draft.operations = this.readReferenceList(value, id, source);
        return;
      case "resources":
        draft.resources = this.readReferenceList(value, id, source);
        return;
      case "collectionOperations":
        draft.collectionOperations = this.readReferenceList(value, id, source);
        return;
      case "identifiers":
        draft.identifiers = this.readReferenceMap(value, id, source);
        return;
      case "properties":
        if (this.version === "1.0") {
          this.emit(loaderError(
            "Resource properties can only be used with Smithy version 2 or later. Attempted to use resource " +
              "properties with version `1.0`.",
            source,
          ));
        }
        draft.properties = this.readReferenceMap(value, id, source);
        return;
      case "rename":
        if (!isNodeObject(value)) throw new AstError(`Expected \`rename\` to be an object, but found ${describe(value)}`, source);
        draft.rename = Object.keys(value).map((from) => {
          if (!parseShapeId(from)) throw new AstError(`Invalid shape ID: ${from}`, source);
          const to = value[from]!;
          if (typeof to !== "string") throw new AstError(`Expected rename value to be a string; found ${describe(to)}`, source);
          return [this.ref(from, source), to] as const;
        });
        return;
    }
  }

  private checkProperties(body: NodeObject, allowed: readonly string[], id: string, source: SourceLocation): void {
    const extra = Object.keys(body).filter((k) => !allowed.includes(k));
    if (extra.length > 0) this.emit(additionalPropertiesEvent(allowed, extra, source, id));
  }

  private ref(id: string, source: SourceLocation): ShapeRef {
    const hash = id.indexOf("#");
    if (hash > 0) this.referenced.add(id.slice(0, hash));
    return { name: id, namespace: undefined, source };
  }

  private readTarget(body: NodeObject, source: SourceLocation): ShapeRef {
    if (!has(body, "target")) throw new AstError("Missing expected member `target`.", source);
    const target = body["target"];
    if (typeof target !== "string") throw new AstError(`Expected \`target\` member to be a string; found ${describe(target)}`, source);
    if (!parseShapeId(target)) throw new AstError(`Invalid shape ID: ${target}`, source);
    return this.ref(target, source);
  }

  private readReference(value: NodeValue, id: string, source: SourceLocation): ShapeRef {
    if (!isNodeObject(value)) throw new AstError(`Expected object, but found ${describe(value)}.`, source);
    this.checkProperties(value, REFERENCE_PROPERTIES, id, source);
    return this.readTarget(value, source);
  }

  private readReferenceList(value: NodeValue, id: string, source: SourceLocation): ShapeRef[] {
    if (!Array.isArray(value)) throw new AstError(`Expected an array, but found ${describe(value)}.`, source);
    return (value as readonly NodeValue[]).map((v) => this.readReference(v, id, source));
  }

  private readReferenceMap(value: NodeValue, id: string, source: SourceLocation): [string, ShapeRef][] {
    if (!isNodeObject(value)) throw new AstError(`Expected an object, but found ${describe(value)}.`, source);
    return Object.keys(value).map((name) => [name, this.readReference(value[name]!, id, source)]);
  }

  private readTraits(target: string, traits: NodeValue, source: SourceLocation): void {
    if (!isNodeObject(traits)) throw new AstError(`Expected \`traits\` to be an object, but found ${describe(traits)}`, source);
    const targetRef = this.ref(target, source);
    const namespace = target.slice(0, target.indexOf("#"));
    for (const traitId of Object.keys(traits)) {
      if (!parseShapeId(traitId)) throw new AstError(`Invalid shape ID: ${traitId}`, source);
      this.ops.push({
        kind: "trait",
        target: targetRef,
        trait: this.ref(traitId, source),
        value: plainValue(traits[traitId]!, source),
        annotation: false,
        version: this.version,
        namespace,
        phase: TraitPhase.AST,
        source,
      });
    }
  }

  private readNamedMembers(draft: ShapeDraft, members: NodeValue, source: SourceLocation): void {
    if (!isNodeObject(members)) throw new AstError(`Expected \`members\` to be an object, but found ${describe(members)}`, source);
    for (const name of Object.keys(members)) {
      if (!isIdentifier(name)) throw new AstError(`Invalid shape ID member: ${draft.id}$${name}`, source);
      this.readMember(draft, name, members[name]!, source);
    }
  }

  private readMember(draft: ShapeDraft, name: string, body: NodeValue, shapeSource: SourceLocation): void {
    const memberId = `${draft.id}$${name}`;
    const source = this.locations?.get(memberId) ?? shapeSource;
    if (!isNodeObject(body)) throw new AstError(`Expected object, but found ${describe(body)}.`, source);
    // Traits come first so that a member with a broken target still reports its trait errors
    // in document order, like the reference reader.
    for (const key of Object.keys(body)) {
      if (key === "traits") this.readTraits(memberId, body[key]!, source);
    }
    this.checkProperties(body, MEMBER_PROPERTIES, memberId, source);
    const target = this.readTarget(body, source);
    draft.members.push({ name, target, source, inlineTraits: [] });
  }
}

export interface ReadJsonAstOptions {
  /** The document's text, when available: events then carry line and column numbers. */
  readonly text?: string;
}

/** Reads an already-parsed JSON AST document. Never throws on bad documents: problems are events. */
export function readParsedJsonAst(doc: unknown, filename: string, options: ReadJsonAstOptions = {}): ParsedFile {
  const locations = options.text !== undefined ? locateJsonAst(options.text, filename) : undefined;
  return new AstReader(filename, locations).read(doc);
}

/** Parses JSON text and reads it as a JSON AST document. Invalid JSON is reported as an event. */
export function parseJsonAst(text: string, filename: string): ParsedFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      filename,
      version: "2.0",
      operations: [{ kind: "event", event: loaderError(`Invalid JSON: ${why}`, jsonErrorLocation(text, why, filename)) }],
      referencedNamespaces: new Set(),
      definedNamespaces: new Set(),
      isModel: true,
    };
  }
  return readParsedJsonAst(doc, filename, { text });
}

/** Turns the position V8 puts in JSON.parse errors ("at position 12") into a line and column. */
function jsonErrorLocation(text: string, message: string, filename: string): SourceLocation {
  const m = /position (\d+)/.exec(message);
  if (!m) return { ...NO_SOURCE, filename };
  const pos = Math.min(Number(m[1]), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { filename, line, column: pos - lineStart + 1 };
}

/** An event saying a JSON file was skipped because it is not a Smithy model. */
export function notAModelEvent(filename: string): ValidationEvent {
  return loaderEvent(
    "NOTE",
    `Ignoring ${filename}: it is not a Smithy JSON AST model (no top-level "smithy" version)`,
    { filename, line: 1, column: 1 },
    undefined,
    "Model.IgnoredFile",
  );
}
