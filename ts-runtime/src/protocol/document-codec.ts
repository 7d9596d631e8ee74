// The pluggable part of an HTTP-binding protocol: how members that are not bound to the URI,
// headers or status travel in the body. restJson1 plugs in the JSON codec; restXml will plug
// in an XML codec implementing the same interface.
import type { MemberSchema, StructureSchema } from "../schema/schema.js";
import type { Side } from "../serde/json-codec.js";
import type { TimestampCodec } from "../serde/timestamp.js";

export interface DocumentCodec {
  /** Timestamp support, present when the package's shapes have timestamps (headers, query strings and labels use it too). */
  readonly timestamps: TimestampCodec | undefined;
  /** Writes a structure as a document. `topLevel` marks an operation's input/output body. */
  writeStructureText(schema: StructureSchema, value: Readonly<Record<string, unknown>>, side: Side, topLevel: boolean): string;
  /** Writes one @httpPayload value (a structure, union or document). */
  writeMemberText(member: MemberSchema, value: unknown, side: Side): string;
  /** Reads a structure from a document. */
  readStructureText(schema: StructureSchema, text: string, side: Side): Record<string, unknown>;
  /** Reads one @httpPayload value. */
  readMemberText(member: MemberSchema, text: string, side: Side): unknown;
  /** Fills @defaults (and, on clients, zero values for required members) of a read structure. */
  completeStructure(schema: StructureSchema, out: Record<string, unknown>, side: Side): void;
}
