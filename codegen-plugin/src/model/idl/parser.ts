// Recursive-descent parser for the Smithy IDL (2.0, and 1.0 with its restrictions). It turns
// one file into load operations (see assembler/load-operations.ts) with unresolved names.
//
// Syntax errors are reported as "Syntax error at line L, column C: <what was expected>
// but found <token>". After an error the parser skips to the next line that starts like a
// statement and carries on, so one mistake does not hide the rest of the file's problems.
// Nothing escapes `parseIdl`: every failure becomes an event.
import type { ValidationEvent } from "../events.js";
import type { NodeValue } from "../node-value.js";
import { isAbsoluteShapeId } from "../shape-id.js";
import type { SourceLocation } from "../source-location.js";
import {
  type ApplyTraitOp,
  type DefineShapeDraft,
  type LoadOperation,
  newShapeDefinition,
  type ParsedFile,
  type ParsedNode,
  type ParsedValue,
  type PendingMember,
  type ShapeRef,
  type SmithyVersion,
  SyntacticShapeId,
  type TopLevelType,
  TraitPhase,
} from "../assembler/load-operations.js";
import { additionalPropertiesEvent, badDocCommentEvent, loaderError, loaderEvent } from "../assembler/model-events.js";
import { Tokenizer } from "./tokenizer.js";
import { describeExpected, describeToken, isWhitespaceToken, Tok } from "./tokens.js";

const SHAPE_TYPES: ReadonlySet<string> = new Set<TopLevelType>([
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger",
  "bigDecimal", "timestamp", "document", "list", "set", "map", "structure", "union", "enum", "intEnum",
  "service", "resource", "operation",
]);

const SERVICE_PROPERTIES = ["type", "version", "operations", "resources", "rename", "errors"];
const RESOURCE_PROPERTIES = [
  "type", "create", "read", "update", "delete", "list", "identifiers", "resources", "operations", "put",
  "properties", "collectionOperations",
];

/** Deepest nesting of arrays/objects accepted in node values (keeps recursion bounded). */
const MAX_NESTING = 64;

const UNIT_ID = "smithy.api#Unit";
const DOCUMENTATION_ID = "smithy.api#documentation";

/** A problem that stops the current statement. `plain` messages are reported without the "Syntax error at" prefix. */
class IdlSyntaxError extends Error {
  override readonly name = "IdlSyntaxError";
  constructor(
    message: string,
    readonly location: SourceLocation,
    readonly shapeId?: string,
  ) {
    super(message);
  }
}

interface ParsedTrait {
  readonly name: string;
  readonly value: ParsedValue;
  readonly annotation: boolean;
  readonly isDocComment: boolean;
  readonly source: SourceLocation;
}

type ShapeDraft = DefineShapeDraft;

function isDefinitelyShapeId(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x24 || c === 0x23) return true; // . $ #
  }
  return false;
}

function setKey(obj: Record<string, ParsedNode>, key: string, value: ParsedNode): void {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

class IdlParser {
  private readonly tok: Tokenizer;
  private readonly filename: string;
  private readonly ops: LoadOperation[] = [];
  private readonly referenced = new Set<string>();
  private readonly uses = new Map<string, string>();
  private version: SmithyVersion = "1.0";
  private namespace: string | undefined;
  private nesting = 0;
  private inputSuffix = "Input";
  private outputSuffix = "Output";
  /** Syntactic shape ids found by the node value currently being parsed. */
  private sawShapeId = false;

  constructor(filename: string, text: string) {
    this.filename = filename;
    this.tok = new Tokenizer(filename, text);
  }

  parse(): ParsedFile {
    try {
      this.skipWsAndDocs();
      this.parseControlSection();
      this.skipWsAndDocs();
      this.parseMetadataSection();
      this.parseShapeSection();
    } catch (e) {
      this.report(e);
    }
    return {
      filename: this.filename,
      version: this.version,
      operations: this.ops,
      referencedNamespaces: this.referenced,
      definedNamespaces: new Set(this.namespace !== undefined && this.ops.some((o) => o.kind === "shape") ? [this.namespace] : []),
      isModel: true,
    };
  }

  // ----- events and errors -----

  private emit(event: ValidationEvent): void {
    this.ops.push({ kind: "event", event });
  }

  private report(e: unknown): void {
    if (e instanceof IdlSyntaxError) {
      this.emit(loaderError(e.message, e.location, e.shapeId));
    } else {
      // A defect in this parser must not take the whole program down; it is reported like any
      // other problem with the file so the user still gets a location.
      const why = e instanceof Error ? e.message : String(e);
      this.emit(loaderError(`Internal error while parsing this file: ${why}`, this.tok.location));
    }
  }

  private syntax(message: string, shapeId?: string): IdlSyntaxError {
    const tok = this.tok;
    const loc = tok.current() === Tok.ERROR && tok.errorLine > 0
      ? { filename: this.filename, line: tok.errorLine, column: tok.errorColumn }
      : tok.location;
    return new IdlSyntaxError(`Syntax error at line ${loc.line}, column ${loc.column}: ${message}`, loc, shapeId);
  }

  /** Skips to the start of the next plausible statement after a syntax error. */
  private recover(e: unknown): void {
    if (this.tok.current() === Tok.EOF || !(e instanceof IdlSyntaxError)) throw e;
    this.report(e);
    do {
      const t = this.tok.next();
      if (this.tok.tokenColumn === 1 && (t === Tok.IDENTIFIER || t === Tok.DOC_COMMENT || t === Tok.AT || t === Tok.DOLLAR)) {
        break;
      }
    } while (this.tok.current() !== Tok.EOF);
  }

  private expect(t: Tok): void {
    if (this.tok.current() !== t) throw this.syntax(this.expectMessage([t]));
  }

  private expectOneOf(...ts: Tok[]): Tok {
    const current = this.tok.current();
    for (const t of ts) if (t === current) return t;
    throw this.syntax(this.expectMessage(ts));
  }

  private expectMessage(ts: readonly Tok[]): string {
    const found = this.tok.current();
    if (found === Tok.ERROR) return this.tok.errorMessage;
    const foundText = describeToken(found, this.tok.lexeme);
    if (ts.length === 1) return `Expected ${describeExpected(ts[0]!)} but found ${foundText}`;
    return `Expected one of ${ts.map(describeExpected).join(", ")}; but found ${foundText}`;
  }

  // ----- whitespace -----

  private skipSpaces(): void {
    while (this.tok.current() === Tok.SPACE) this.tok.next();
  }

  private skipWs(): void {
    while (isWhitespaceToken(this.tok.current())) this.tok.next();
  }

  private skipWsAndDocs(): void {
    let t = this.tok.current();
    while (isWhitespaceToken(t) || t === Tok.DOC_COMMENT) t = this.tok.next();
  }

  private skipOptionalComma(): void {
    if (this.tok.current() === Tok.COMMA) this.tok.next();
  }

  private expectAndSkipSpaces(): void {
    this.expect(Tok.SPACE);
    this.skipSpaces();
  }

  private expectAndSkipWhitespace(): void {
    if (!isWhitespaceToken(this.tok.current())) {
      throw this.syntax(`Expected one or more whitespace characters, but found ${describeToken(this.tok.current(), this.tok.lexeme)}`);
    }
    this.skipWsAndDocs();
  }

  /** The `br` production: optional spaces, then a line break, comment or end of file. */
  private expectAndSkipBr(): void {
    this.skipSpaces();
    this.flushDanglingDocs();
    switch (this.tok.current()) {
      case Tok.NEWLINE:
      case Tok.COMMENT:
      case Tok.DOC_COMMENT:
        this.tok.next();
        this.skipWs();
        return;
      case Tok.EOF:
        return;
      default:
        throw this.syntax(`Expected a line break, but found ${describeToken(this.tok.current(), this.tok.lexeme)}`);
    }
  }

  /** Documentation comments still pending at a line break belong to nothing: warn. */
  private flushDanglingDocs(): void {
    if (this.tok.hasPendingDocComment()) {
      const location = this.tok.location;
      this.emit(badDocCommentEvent(location, this.tok.takeDocComment()));
    }
  }

  // ----- names -----

  private ref(name: string, source: SourceLocation, namespace: string | undefined = this.namespace): ShapeRef {
    let resolved = name;
    const dollar = name.indexOf("$");
    const root = dollar > 0 ? name.slice(0, dollar) : name;
    const imported = this.uses.get(root);
    if (imported !== undefined) resolved = dollar > 0 ? imported + name.slice(dollar) : imported;
    const hash = resolved.indexOf("#");
    if (hash > 0) this.referenced.add(resolved.slice(0, hash));
    return { name: resolved, namespace, source };
  }

  private absoluteRef(id: string, source: SourceLocation): ShapeRef {
    return { name: id, namespace: this.namespace, source };
  }

  private expectIdentifierAndSkip(): number {
    this.expect(Tok.IDENTIFIER);
    const end = this.tok.end;
    this.tok.next();
    return end;
  }

  /** namespace = identifier *("." identifier) */
  private skipNamespace(): number {
    let end = this.expectIdentifierAndSkip();
    while (this.tok.current() === Tok.DOT) {
      this.tok.next();
      end = this.expectIdentifierAndSkip();
    }
    return end;
  }

  /** identifier ["$" identifier] */
  private skipRootAndMember(): number {
    let end = this.expectIdentifierAndSkip();
    if (this.tok.current() === Tok.DOLLAR) {
      this.tok.next();
      end = this.expectIdentifierAndSkip();
    }
    return end;
  }

  private parseNamespaceText(): string {
    const start = this.tok.start;
    const end = this.skipNamespace();
    return this.tok.text.slice(start, end);
  }

  /** A relative or absolute shape id, possibly with a member: the text as written. */
  private parseShapeIdText(): string {
    const start = this.tok.start;
    let end = this.skipNamespace();
    if (this.tok.current() === Tok.DOLLAR || this.tok.current() === Tok.POUND) {
      this.tok.next();
      end = this.skipRootAndMember();
    }
    return this.tok.text.slice(start, end);
  }

  private parseAbsoluteShapeIdText(): string {
    const start = this.tok.start;
    this.skipNamespace();
    this.expect(Tok.POUND);
    this.tok.next();
    const end = this.skipRootAndMember();
    return this.tok.text.slice(start, end);
  }

  private parseShapeRef(): ShapeRef {
    const source = this.tok.location;
    return this.ref(this.parseShapeIdText(), source);
  }

  // ----- control and metadata -----

  private parseControlSection(): void {
    const seen = new Set<string>();
    while (this.tok.current() === Tok.DOLLAR) {
      try {
        this.tok.next();
        this.expectOneOf(Tok.IDENTIFIER, Tok.STRING);
        const key = this.tok.current() === Tok.STRING ? this.tok.stringValue : this.tok.lexeme;
        this.tok.next();
        this.skipSpaces();
        this.expect(Tok.COLON);
        this.tok.next();
        this.skipSpaces();
        if (seen.has(key)) throw this.syntax(`Duplicate control statement \`${key}\``);
        seen.add(key);
        const valueLocation = this.tok.location;
        const value = this.parseNode(undefined);
        switch (key) {
          case "version":
            this.onVersion(value, valueLocation);
            break;
          case "operationInputSuffix":
            this.inputSuffix = this.expectControlString(key, value, valueLocation);
            break;
          case "operationOutputSuffix":
            this.outputSuffix = this.expectControlString(key, value, valueLocation);
            break;
          default:
            this.emit(loaderEvent("WARNING", `Unknown control statement \`${key}\` with value \`${JSON.stringify(printable(value.node))}\``, valueLocation));
        }
        this.expectAndSkipBr();
      } catch (e) {
        this.recover(e);
      }
    }
  }

  private expectControlString(key: string, value: ParsedValue, location: SourceLocation): string {
    if (typeof value.node !== "string") {
      throw new IdlSyntaxError(
        `The $${key} control statement must have a string value, but found ${JSON.stringify(printable(value.node))}`,
        location,
      );
    }
    return value.node;
  }

  private onVersion(value: ParsedValue, location: SourceLocation): void {
    const text = this.expectControlString("version", value, location);
    if (text === "1" || text === "1.0") this.version = "1.0";
    else if (text === "2" || text === "2.0") this.version = "2.0";
    else throw this.syntax(`Unsupported Smithy version number: ${text}`);
  }

  private parseMetadataSection(): void {
    while (this.tok.current() === Tok.IDENTIFIER && this.tok.isLexeme("metadata")) {
      try {
        this.tok.next();
        this.expectAndSkipSpaces();
        this.expectOneOf(Tok.IDENTIFIER, Tok.STRING);
        const key = this.tok.current() === Tok.STRING ? this.tok.stringValue : this.tok.lexeme;
        this.tok.next();
        this.skipSpaces();
        this.expect(Tok.EQUAL);
        this.tok.next();
        this.skipSpaces();
        const value = this.parseNode(undefined);
        this.ops.push({ kind: "metadata", key, value });
        this.expectAndSkipBr();
        this.skipWsAndDocs();
      } catch (e) {
        this.recover(e);
      }
    }
  }

  // ----- namespace, use, shape statements -----

  private parseShapeSection(): void {
    if (this.tok.current() === Tok.IDENTIFIER && this.tok.isLexeme("namespace")) {
      this.tok.next();
      this.expectAndSkipSpaces();
      this.namespace = this.parseNamespaceText();
      this.expectAndSkipBr();
      // Doc comments here may document the first shape, unless a use statement follows.
      const firstDocLocation = this.tok.location;
      this.skipWsAndDocs();
      this.parseUseSection();
      this.parseFirstShapeStatement(firstDocLocation);
      this.parseShapeStatements();
    } else if (this.tok.current() !== Tok.EOF) {
      throw this.syntax(`Expected a namespace definition but found ${describeToken(this.tok.current(), this.tok.lexeme)}`);
    }
  }

  private parseUseSection(): void {
    while (this.tok.current() === Tok.IDENTIFIER && this.tok.isLexeme("use")) {
      this.tok.next();
      this.expectAndSkipSpaces();
      const location = this.tok.location;
      const id = this.parseAbsoluteShapeIdText();
      if (id.includes("$")) throw new IdlSyntaxError("Use statements cannot use members", location);
      const name = id.slice(id.indexOf("#") + 1);
      const previous = this.uses.get(name);
      if (previous !== undefined) {
        throw new IdlSyntaxError(`Cannot use name \`${id}\` because it conflicts with \`${previous}\``, location);
      }
      this.uses.set(name, id);
      this.referenced.add(id.slice(0, id.indexOf("#")));
      this.ops.push({ kind: "use", ref: this.absoluteRef(id, location) });
      this.expectAndSkipBr();
      this.skipWsAndDocs();
    }
  }

  private parseFirstShapeStatement(docLocation: SourceLocation): void {
    if (this.tok.current() === Tok.EOF) return;
    try {
      this.skipWsAndDocs();
      const docs = this.tok.takeDocComment();
      const traits = this.parseDocsAndTraits(false);
      if (docs !== undefined) {
        traits.push({
          name: DOCUMENTATION_ID,
          value: { node: docs, hasShapeIds: false, source: docLocation },
          annotation: false,
          isDocComment: true,
          source: docLocation,
        });
      }
      if (this.startsStatement(traits, docs !== undefined)) this.parseShapeOrApply(traits);
    } catch (e) {
      this.recover(e);
    }
  }

  private parseShapeStatements(): void {
    while (this.tok.current() !== Tok.EOF) {
      try {
        const hasDocs = this.tok.current() === Tok.DOC_COMMENT;
        const traits = this.parseDocsAndTraits(false);
        if (this.startsStatement(traits, hasDocs)) this.parseShapeOrApply(traits);
      } catch (e) {
        this.recover(e);
      }
    }
  }

  /** At end of file, a lone doc comment is only a warning; traits with nothing to apply to are an error. */
  private startsStatement(traits: readonly ParsedTrait[], hasDocs: boolean): boolean {
    if (this.tok.current() !== Tok.EOF) return true;
    if (hasDocs && traits.length === 1) {
      const only = traits[0]!;
      this.emit(badDocCommentEvent(this.tok.location, typeof only.value.node === "string" ? only.value.node : undefined));
      return false;
    }
    return traits.length > 0;
  }

  private parseShapeOrApply(traits: ParsedTrait[]): void {
    const location = this.tok.location;
    this.expect(Tok.IDENTIFIER);
    const typeName = this.tok.lexeme;
    if (typeName === "apply") {
      this.parseApply(traits);
      return;
    }
    if (!SHAPE_TYPES.has(typeName)) throw this.syntax(`Unknown shape type: ${typeName}`);
    const type = typeName as TopLevelType;
    this.tok.next();
    this.expectAndSkipSpaces();
    const id = this.parseShapeName();
    const draft = this.newShape(id, type, location);
    switch (type) {
      case "list":
      case "set":
      case "map":
      case "structure":
      case "union":
        this.parseAggregateShape(draft);
        break;
      case "enum":
      case "intEnum":
        this.parseEnumShape(draft);
        break;
      case "service":
        this.parseServiceShape(draft);
        break;
      case "resource":
        this.parseResourceShape(draft);
        break;
      case "operation":
        this.parseOperationShape(draft);
        break;
      default:
        this.parseMixins(draft);
        this.ops.push(draft);
    }
    this.addTraits(id, traits, TraitPhase.SHAPE);
    this.expectAndSkipBr();
  }

  private newShape(id: string, type: TopLevelType, source: SourceLocation): ShapeDraft {
    return newShapeDefinition(id, type, this.version, source);
  }

  private parseShapeName(): string {
    const location = this.tok.location;
    this.expect(Tok.IDENTIFIER);
    const name = this.tok.lexeme;
    const imported = this.uses.get(name);
    if (imported !== undefined) {
      throw new IdlSyntaxError(`Shape name \`${name}\` conflicts with imported shape \`${imported}\``, location);
    }
    this.tok.next();
    return `${this.namespace}#${name}`;
  }

  private addTraits(targetId: string, traits: readonly ParsedTrait[], phase: TraitPhase): void {
    for (const t of traits) {
      const op: ApplyTraitOp = {
        kind: "trait",
        target: this.absoluteRef(targetId, t.source),
        trait: this.ref(t.name, t.source),
        value: t.value,
        annotation: t.annotation,
        version: this.version,
        namespace: this.namespace,
        phase,
        source: t.source,
      };
      this.ops.push(op);
    }
  }

  private parseApply(traits: readonly ParsedTrait[]): void {
    for (const t of traits) {
      if (!t.isDocComment) throw this.syntax("Traits applied to apply statement");
    }
    this.tok.next();
    this.expectAndSkipWhitespace();
    const target = this.parseShapeRef();
    this.expectAndSkipWhitespace();
    let applied: ParsedTrait[];
    if (this.expectOneOf(Tok.AT, Tok.LBRACE) === Tok.AT) {
      applied = [this.parseTrait()];
    } else {
      this.tok.next();
      this.skipWsAndDocs();
      applied = this.parseTraits();
      this.skipWsAndDocs();
      this.expect(Tok.RBRACE);
      this.tok.next();
    }
    for (const t of applied) {
      this.ops.push({
        kind: "trait",
        target,
        trait: this.ref(t.name, t.source),
        value: t.value,
        annotation: t.annotation,
        version: this.version,
        namespace: this.namespace,
        phase: TraitPhase.APPLY,
        source: t.source,
      });
    }
    this.expectAndSkipBr();
  }

  private parseMixins(draft: ShapeDraft): void {
    this.skipSpaces();
    if (this.tok.current() !== Tok.IDENTIFIER || !this.tok.isLexeme("with")) return;
    if (this.version === "1.0") {
      throw this.syntax(
        "Mixins can only be used with Smithy version 2 or later. Attempted to use mixins with version `1.0`.",
        draft.id,
      );
    }
    this.tok.next();
    this.skipWsAndDocs();
    this.expect(Tok.LBRACKET);
    this.tok.next();
    this.skipWsAndDocs();
    do {
      draft.mixins.push(this.parseShapeRef());
      this.skipWsAndDocs();
    } while (this.tok.current() !== Tok.RBRACKET);
    this.tok.next();
  }

  private parseForResource(draft: ShapeDraft): void {
    this.skipSpaces();
    if (this.tok.current() !== Tok.IDENTIFIER || !this.tok.isLexeme("for")) return;
    if (this.version === "1.0") {
      throw this.syntax(
        "Structures can only be bound to resources with Smithy version 2 or later. Attempted to bind a " +
          "structure to a resource with version `1.0`.",
        draft.id,
      );
    }
    this.tok.next();
    this.expectAndSkipSpaces();
    draft.forResource = this.parseShapeRef();
  }

  private parseAggregateShape(draft: ShapeDraft): void {
    this.parseForResource(draft);
    this.parseMixins(draft);
    this.parseMembers(draft);
    this.ops.push(draft);
  }

  private parseMembers(draft: ShapeDraft): void {
    const seen = new Set<string>();
    this.skipWsAndDocs();
    // Doc comments between the shape name and "{" document nothing.
    this.flushDanglingDocs();
    this.expect(Tok.LBRACE);
    this.tok.next();
    this.skipWs();
    while (this.tok.current() !== Tok.EOF && this.tok.current() !== Tok.RBRACE) {
      this.parseMember(draft, seen);
      this.skipWs();
    }
    this.expect(Tok.RBRACE);
    this.tok.next();
  }

  private parseMember(draft: ShapeDraft, seen: Set<string>): void {
    const traits = this.parseDocsAndTraits(true);
    const location = this.tok.location;
    if (this.tok.current() === Tok.RBRACE && traits.length === 1 && traits[0]!.isDocComment) {
      const doc = traits[0]!;
      this.emit(badDocCommentEvent(doc.source, typeof doc.value.node === "string" ? doc.value.node : undefined));
      return;
    }
    const elided = this.tok.current() === Tok.DOLLAR;
    if (elided) this.tok.next();
    this.expect(Tok.IDENTIFIER);
    const name = this.tok.lexeme;
    if (seen.has(name)) throw this.syntax(`Duplicate member of \`${draft.id}\`: '${name}'`, draft.id);
    seen.add(name);
    const memberId = `${draft.id}$${name}`;
    if (elided && this.version === "1.0") {
      throw this.syntax("Members can only elide targets in IDL version 2 or later", memberId);
    }
    this.tok.next();
    let target: ShapeRef | undefined;
    if (!elided) {
      this.skipSpaces();
      this.expect(Tok.COLON);
      this.tok.next();
      this.skipSpaces();
      // The member's location stands for its target too (they share a line; one object less per member).
      target = this.ref(this.parseShapeIdText(), location);
    }
    this.skipSpaces();
    const inlineTraits: (readonly [string, ParsedValue])[] = [];
    if (this.tok.current() === Tok.EQUAL) {
      if (this.version === "1.0") throw this.syntax("@default assignment is only supported in IDL version 2 or later");
      this.tok.next();
      this.skipSpaces();
      inlineTraits.push(["smithy.api#default", this.parseNode()]);
      this.skipSpaces();
      this.skipOptionalComma();
      this.expectAndSkipBr();
    }
    draft.members.push({ name, target, source: location, inlineTraits });
    this.addTraits(memberId, traits, TraitPhase.SHAPE);
  }

  private parseEnumShape(draft: ShapeDraft): void {
    this.parseMixins(draft);
    this.skipWsAndDocs();
    this.expect(Tok.LBRACE);
    this.tok.next();
    this.skipWs();
    const seen = new Set<string>();
    while (this.tok.current() !== Tok.EOF && this.tok.current() !== Tok.RBRACE) {
      const traits = this.parseDocsAndTraits(true);
      const location = this.tok.location;
      this.expect(Tok.IDENTIFIER);
      const name = this.tok.lexeme;
      if (seen.has(name)) throw this.syntax(`Found conflicting member name, \`${name}\``, draft.id);
      seen.add(name);
      const inlineTraits: (readonly [string, ParsedValue])[] = [];
      const member: PendingMember = { name, target: this.absoluteRef(UNIT_ID, location), source: location, inlineTraits };
      draft.members.push(member);
      this.addTraits(`${draft.id}$${name}`, traits, TraitPhase.SHAPE);
      this.tok.next();
      this.skipSpaces();
      if (this.tok.current() === Tok.EQUAL) {
        this.tok.next();
        this.skipSpaces();
        inlineTraits.push(["smithy.api#enumValue", this.parseNode()]);
        this.skipSpaces();
        this.skipOptionalComma();
        this.expectAndSkipBr();
      } else {
        this.skipWs();
      }
    }
    this.expect(Tok.RBRACE);
    this.tok.next();
    this.ops.push(draft);
  }

  // ----- service, resource, operation -----

  /** Parses the `{ ... }` body of a service or resource as a node object. */
  private parseEntityBody(draft: ShapeDraft, allowed: readonly string[]): Record<string, ParsedNode> {
    this.parseMixins(draft);
    this.skipWsAndDocs();
    this.expect(Tok.LBRACE);
    const bodyLocation = this.tok.location;
    const body = this.parseNode();
    if (body.hasShapeIds) this.ops.push({ kind: "check-ids", value: body });
    const node = body.node as Record<string, ParsedNode>;
    const extra = Object.keys(node).filter((k) => !allowed.includes(k));
    if (extra.length > 0) this.emit(additionalPropertiesEvent(allowed, extra, bodyLocation, draft.id));
    return node;
  }

  /** A shape reference given as a node value: an unquoted id or a quoted string. */
  private nodeToRef(value: ParsedNode, what: string, source: SourceLocation): ShapeRef {
    if (value instanceof SyntacticShapeId) return value.ref;
    if (typeof value === "string") return this.ref(value, source);
    throw new IdlSyntaxError(`Expected ${what} to be a shape id, but found ${describeNode(value)}`, source);
  }

  private nodeToRefList(node: Record<string, ParsedNode>, key: string, source: SourceLocation): ShapeRef[] | undefined {
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    const value = node[key]!;
    if (!Array.isArray(value)) {
      throw new IdlSyntaxError(`Expected \`${key}\` to be an array of shape ids, but found ${describeNode(value)}`, source);
    }
    return (value as readonly ParsedNode[]).map((v) => this.nodeToRef(v, `an element of \`${key}\``, source));
  }

  private nodeToRefMap(node: Record<string, ParsedNode>, key: string, source: SourceLocation): [string, ShapeRef][] | undefined {
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    const value = node[key]!;
    if (!isParsedObject(value)) {
      throw new IdlSyntaxError(`Expected \`${key}\` to be an object, but found ${describeNode(value)}`, source);
    }
    return Object.keys(value).map((name) => [name, this.nodeToRef(value[name]!, `\`${key}\` member \`${name}\``, source)]);
  }

  private parseServiceShape(draft: ShapeDraft): void {
    const source = this.tok.location;
    const node = this.parseEntityBody(draft, SERVICE_PROPERTIES);
    const version = node["version"];
    if (Object.prototype.hasOwnProperty.call(node, "version")) {
      if (typeof version !== "string") {
        throw new IdlSyntaxError(`Expected \`version\` to be a string, but found ${describeNode(version!)}`, source, draft.id);
      }
      draft.serviceVersion = version;
    }
    const operations = this.nodeToRefList(node, "operations", source);
    if (operations) draft.operations = operations;
    const resources = this.nodeToRefList(node, "resources", source);
    if (resources) draft.resources = resources;
    const errors = this.nodeToRefList(node, "errors", source);
    if (errors) draft.errors = errors;
    if (Object.prototype.hasOwnProperty.call(node, "rename")) {
      const rename = node["rename"]!;
      if (!isParsedObject(rename)) {
        throw new IdlSyntaxError(`Expected \`rename\` to be an object, but found ${describeNode(rename)}`, source, draft.id);
      }
      draft.rename = Object.keys(rename).map((from) => {
        const to = rename[from]!;
        if (typeof to !== "string") {
          throw new IdlSyntaxError(`Expected the rename of \`${from}\` to be a string, but found ${describeNode(to)}`, source, draft.id);
        }
        if (!isAbsoluteShapeId(from)) throw new IdlSyntaxError(`Invalid shape ID: ${from}`, source, draft.id);
        this.referenced.add(from.slice(0, from.indexOf("#")));
        return [{ name: from, namespace: undefined, source }, to] as const;
      });
    }
    this.ops.push(draft);
  }

  private parseResourceShape(draft: ShapeDraft): void {
    const source = this.tok.location;
    const node = this.parseEntityBody(draft, RESOURCE_PROPERTIES);
    for (const key of ["put", "create", "read", "update", "delete", "list"] as const) {
      if (Object.prototype.hasOwnProperty.call(node, key)) draft[key] = this.nodeToRef(node[key]!, `\`${key}\``, source);
    }
    const operations = this.nodeToRefList(node, "operations", source);
    if (operations) draft.operations = operations;
    const resources = this.nodeToRefList(node, "resources", source);
    if (resources) draft.resources = resources;
    const collection = this.nodeToRefList(node, "collectionOperations", source);
    if (collection) draft.collectionOperations = collection;
    const identifiers = this.nodeToRefMap(node, "identifiers", source);
    if (identifiers) draft.identifiers = identifiers;
    if (Object.prototype.hasOwnProperty.call(node, "properties") && this.version === "1.0") {
      throw new IdlSyntaxError(
        "Resource properties can only be used with Smithy version 2 or later. Attempted to use resource " +
          "properties with version `1.0`.",
        source,
        draft.id,
      );
    }
    const properties = this.nodeToRefMap(node, "properties", source);
    if (properties) draft.properties = properties;
    this.ops.push(draft);
  }

  private parseOperationShape(draft: ShapeDraft): void {
    this.parseMixins(draft);
    this.skipWsAndDocs();
    this.expect(Tok.LBRACE);
    this.tok.next();
    this.skipWsAndDocs();
    const seen = new Set<string>();
    while (this.tok.current() !== Tok.EOF && this.tok.current() !== Tok.RBRACE) {
      this.expect(Tok.IDENTIFIER);
      const key = this.tok.lexeme;
      if (seen.has(key)) throw this.syntax(`Duplicate operation ${key} property for \`${draft.id}\``, draft.id);
      seen.add(key);
      this.tok.next();
      this.skipWsAndDocs();
      switch (key) {
        case "input":
        case "output": {
          const how = this.expectOneOf(Tok.COLON, Tok.WALRUS);
          this.tok.next();
          const suffix = key === "input" ? this.inputSuffix : this.outputSuffix;
          draft[key] = this.parseOperationIo(draft, how, suffix, `smithy.api#${key}`);
          break;
        }
        case "errors":
          this.expect(Tok.COLON);
          this.tok.next();
          draft.errors = this.parseIdList();
          break;
        default:
          throw this.syntax(`Unknown property ${key} for ${draft.id}`, draft.id);
      }
      this.expectAndSkipWhitespace();
      this.skipWsAndDocs();
    }
    this.expect(Tok.RBRACE);
    this.tok.next();
    this.ops.push(draft);
  }

  private parseOperationIo(operation: ShapeDraft, how: Tok, suffix: string, ioTrait: string): ShapeRef {
    if (how !== Tok.WALRUS) {
      this.skipWsAndDocs();
      return this.parseShapeRef();
    }
    if (this.version === "1.0") {
      throw this.syntax(
        "Inlined operation inputs and outputs can only be used with Smithy version 2 or later. Attempted to use " +
          "inlined IO with version `1.0`.",
        operation.id,
      );
    }
    // Doc comments before ":=" document nothing; the ones after it document the structure.
    this.tok.takeDocComment();
    this.skipWs();
    const traits = this.parseDocsAndTraits(true);
    const location = this.tok.location;
    traits.push({
      name: ioTrait,
      value: { node: {}, hasShapeIds: false, source: location },
      annotation: true,
      isDocComment: false,
      source: location,
    });
    const name = operation.id.slice(operation.id.indexOf("#") + 1) + suffix;
    const id = `${this.namespace}#${name}`;
    const draft = this.newShape(id, "structure", location);
    this.parseAggregateShape(draft);
    this.addTraits(id, traits, TraitPhase.SHAPE);
    return this.absoluteRef(id, location);
  }

  private parseIdList(): ShapeRef[] {
    this.enterNesting();
    this.skipWsAndDocs();
    this.expect(Tok.LBRACKET);
    this.tok.next();
    this.skipWsAndDocs();
    const refs: ShapeRef[] = [];
    while (this.tok.current() !== Tok.EOF && this.tok.current() !== Tok.RBRACKET) {
      this.expect(Tok.IDENTIFIER);
      refs.push(this.parseShapeRef());
      this.skipWsAndDocs();
    }
    this.expect(Tok.RBRACKET);
    this.tok.next();
    this.nesting--;
    return refs;
  }

  // ----- traits -----

  /** Documentation comments and traits before a shape or member. */
  private parseDocsAndTraits(isMember: boolean): ParsedTrait[] {
    this.skipWs();
    let doc: ParsedTrait | undefined;
    if (this.tok.current() === Tok.DOC_COMMENT) {
      const location = this.tok.location;
      this.skipWsAndDocs();
      const text = this.tok.takeDocComment();
      if (text !== undefined) {
        doc = {
          name: DOCUMENTATION_ID,
          value: { node: text, hasShapeIds: false, source: location },
          annotation: false,
          isDocComment: true,
          source: location,
        };
      }
    } else {
      this.skipWsAndDocs();
    }
    const traits = this.parseTraits();
    if (doc) traits.push(doc);
    this.skipWsAndDocs();
    if (isMember) this.flushDanglingDocs();
    return traits;
  }

  private parseTraits(): ParsedTrait[] {
    const traits: ParsedTrait[] = [];
    while (this.tok.current() === Tok.AT) {
      traits.push(this.parseTrait());
      this.skipWsAndDocs();
    }
    return traits;
  }

  private parseTrait(): ParsedTrait {
    const source = this.tok.location;
    this.expect(Tok.AT);
    this.tok.next();
    const name = this.parseShapeIdText();
    const annotation = (): ParsedTrait => ({
      name,
      value: { node: null, hasShapeIds: false, source },
      annotation: true,
      isDocComment: false,
      source,
    });
    if (this.tok.current() !== Tok.LPAREN) return annotation();
    this.tok.next();
    this.skipWsAndDocs();
    if (this.tok.current() === Tok.RPAREN) {
      this.tok.next();
      return annotation();
    }
    this.sawShapeId = false;
    const node = this.parseTraitBody(source);
    const value: ParsedValue = { node, hasShapeIds: this.sawShapeId, source };
    this.skipWsAndDocs();
    this.expect(Tok.RPAREN);
    this.tok.next();
    return { name, value, annotation: false, isDocComment: false, source };
  }

  private parseTraitBody(source: SourceLocation): ParsedNode {
    const t = this.expectOneOf(Tok.LBRACE, Tok.LBRACKET, Tok.TEXT_BLOCK, Tok.STRING, Tok.NUMBER, Tok.IDENTIFIER);
    switch (t) {
      case Tok.LBRACE:
      case Tok.LBRACKET: {
        const node = this.parseNodeValue(source);
        this.skipWsAndDocs();
        return node;
      }
      case Tok.TEXT_BLOCK: {
        const s = this.tok.stringValue;
        this.tok.next();
        this.skipWsAndDocs();
        return s;
      }
      case Tok.NUMBER: {
        const n = this.tok.numberValue;
        this.tok.next();
        this.skipWsAndDocs();
        return n;
      }
      case Tok.STRING: {
        const s = this.tok.stringValue;
        this.tok.next();
        this.skipWsAndDocs();
        if (this.tok.current() !== Tok.COLON) return s;
        this.tok.next();
        this.skipWsAndDocs();
        return this.parseStructuredTrait(s);
      }
      default: {
        const text = this.parseShapeIdText();
        this.skipWsAndDocs();
        if (this.tok.current() === Tok.RPAREN || isDefinitelyShapeId(text)) return this.identifierNode(text, source);
        this.expect(Tok.COLON);
        this.tok.next();
        this.skipWsAndDocs();
        return this.parseStructuredTrait(text);
      }
    }
  }

  /** `@trait(key: value, other: value)`: an object without braces. */
  private parseStructuredTrait(firstKey: string): ParsedNode {
    this.enterNesting();
    const obj: Record<string, ParsedNode> = {};
    setKey(obj, firstKey, this.parseNodeValue(this.tok.location));
    this.skipWsAndDocs();
    while (this.tok.current() !== Tok.RPAREN) {
      this.expectOneOf(Tok.IDENTIFIER, Tok.STRING);
      const key = this.tok.current() === Tok.STRING ? this.tok.stringValue : this.tok.lexeme;
      const keyLocation = this.tok.location;
      this.tok.next();
      this.skipWsAndDocs();
      this.expect(Tok.COLON);
      this.tok.next();
      this.skipWsAndDocs();
      const value = this.parseNodeValue(this.tok.location);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        throw new IdlSyntaxError(`Duplicate member of trait: '${key}'`, keyLocation);
      }
      setKey(obj, key, value);
      this.skipWsAndDocs();
    }
    this.nesting--;
    return obj;
  }

  // ----- node values -----

  /** Parses a whole node value, recording whether it contains syntactic shape ids. */
  private parseNode(namespace: string | undefined = this.namespace): ParsedValue {
    const source = this.tok.location;
    const saved = this.namespace;
    this.namespace = namespace;
    this.sawShapeId = false;
    try {
      const node = this.parseNodeValue(source);
      return { node, hasShapeIds: this.sawShapeId, source };
    } finally {
      this.namespace = saved;
    }
  }

  private parseNodeValue(source: SourceLocation): ParsedNode {
    const t = this.expectOneOf(Tok.STRING, Tok.TEXT_BLOCK, Tok.NUMBER, Tok.IDENTIFIER, Tok.LBRACE, Tok.LBRACKET);
    switch (t) {
      case Tok.STRING:
      case Tok.TEXT_BLOCK: {
        const s = this.tok.stringValue;
        this.tok.next();
        return s;
      }
      case Tok.NUMBER: {
        const n = this.tok.numberValue;
        this.tok.next();
        return n;
      }
      case Tok.IDENTIFIER:
        return this.identifierNode(this.parseShapeIdText(), source);
      case Tok.LBRACE:
        return this.parseObjectNode();
      default:
        return this.parseArrayNode();
    }
  }

  private identifierNode(text: string, source: SourceLocation): ParsedNode {
    switch (text) {
      case "true":
        return true;
      case "false":
        return false;
      case "null":
        return null;
      default:
        this.sawShapeId = true;
        return new SyntacticShapeId(this.ref(text, source));
    }
  }

  private enterNesting(): void {
    if (++this.nesting > MAX_NESTING) throw this.syntax(`Parser exceeded maximum allowed depth of ${MAX_NESTING}`);
  }

  private parseArrayNode(): ParsedNode {
    this.enterNesting();
    this.expect(Tok.LBRACKET);
    this.tok.next();
    this.skipWsAndDocs();
    const items: ParsedNode[] = [];
    while (this.tok.current() !== Tok.RBRACKET) {
      items.push(this.parseNodeValue(this.tok.location));
      this.skipWsAndDocs();
    }
    this.tok.next();
    this.nesting--;
    return items;
  }

  private parseObjectNode(): ParsedNode {
    this.expect(Tok.LBRACE);
    this.tok.next();
    this.skipWsAndDocs();
    this.enterNesting();
    const obj: Record<string, ParsedNode> = {};
    while (this.expectOneOf(Tok.RBRACE, Tok.STRING, Tok.IDENTIFIER) !== Tok.RBRACE) {
      const key = this.tok.current() === Tok.STRING ? this.tok.stringValue : this.tok.lexeme;
      const keyLocation = this.tok.location;
      this.tok.next();
      this.skipWsAndDocs();
      this.expect(Tok.COLON);
      this.tok.next();
      this.skipWsAndDocs();
      const value = this.parseNodeValue(this.tok.location);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        throw new IdlSyntaxError(`Duplicate member: '${key}'`, keyLocation);
      }
      setKey(obj, key, value);
      this.skipWsAndDocs();
    }
    this.tok.next();
    this.nesting--;
    return obj;
  }
}

function isParsedObject(v: ParsedNode): v is { readonly [key: string]: ParsedNode } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof SyntacticShapeId);
}

function describeNode(v: ParsedNode): string {
  if (v === null) return "null";
  if (v instanceof SyntacticShapeId) return `shape id ${v.ref.name}`;
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** A node value with syntactic shape ids shown as they were written (for messages). */
function printable(v: ParsedNode): NodeValue {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof SyntacticShapeId) return v.ref.name;
  if (Array.isArray(v)) return (v as readonly ParsedNode[]).map(printable);
  const obj = v as { readonly [key: string]: ParsedNode };
  const out: Record<string, ParsedNode> = {};
  for (const k of Object.keys(obj)) setKey(out, k, printable(obj[k]!));
  return out as Record<string, NodeValue>;
}

/** Parses one IDL file. Never throws: problems are events among the returned operations. */
export function parseIdl(filename: string, text: string): ParsedFile {
  return new IdlParser(filename, text).parse();
}
