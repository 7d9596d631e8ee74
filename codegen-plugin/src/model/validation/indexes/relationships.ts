// The relationships a shape declares, as written, including references to shapes that do
// not exist (the model's neighbor index only keeps resolvable edges). Kinds use Smithy's
// relationship names because messages quote them ("Illegal MEMBER_TARGET reference ...").
import type { Model } from "../../model.js";
import type { AnyShape } from "../../shape.js";

export type DeclaredKind =
  | "MIXIN" | "OPERATION" | "RESOURCE" | "ERROR" | "IDENTIFIER" | "PROPERTY" | "LIST" | "CREATE" | "PUT"
  | "READ" | "UPDATE" | "DELETE" | "COLLECTION_OPERATION" | "INPUT" | "OUTPUT" | "MEMBER_CONTAINER"
  | "MEMBER_TARGET" | "ENUM_MEMBER" | "INT_ENUM_MEMBER" | "LIST_MEMBER" | "SET_MEMBER" | "MAP_KEY"
  | "MAP_VALUE" | "STRUCTURE_MEMBER" | "UNION_MEMBER";

export interface DeclaredRelationship {
  readonly kind: DeclaredKind;
  readonly shape: AnyShape;
  readonly targetId: string;
  /** Undefined when the target does not exist. */
  readonly target: AnyShape | undefined;
}

const UNIT = "smithy.api#Unit";

const MEMBER_KINDS: Readonly<Record<string, DeclaredKind>> = {
  enum: "ENUM_MEMBER",
  intEnum: "INT_ENUM_MEMBER",
  list: "LIST_MEMBER",
  set: "SET_MEMBER",
  structure: "STRUCTURE_MEMBER",
  union: "UNION_MEMBER",
};

export function declaredRelationships(model: Model, shape: AnyShape): DeclaredRelationship[] {
  const out: DeclaredRelationship[] = [];
  const push = (kind: DeclaredKind, id: string | undefined): void => {
    if (id !== undefined) out.push({ kind, shape, targetId: id, target: model.getShape(id) });
  };
  if (shape.type === "member") {
    push("MEMBER_CONTAINER", shape.container);
    const container = model.getTopLevel(shape.container);
    if (container?.type !== "enum" && container?.type !== "intEnum") push("MEMBER_TARGET", shape.target);
    return out;
  }
  for (const mixin of shape.mixins) push("MIXIN", mixin);
  switch (shape.type) {
    case "service":
      shape.operations.forEach((id) => push("OPERATION", id));
      shape.resources.forEach((id) => push("RESOURCE", id));
      shape.errors.forEach((id) => push("ERROR", id));
      break;
    case "resource":
      for (const id of shape.identifiers.values()) push("IDENTIFIER", id);
      for (const id of shape.properties.values()) push("PROPERTY", id);
      shape.resources.forEach((id) => push("RESOURCE", id));
      push("LIST", shape.list);
      push("CREATE", shape.create);
      push("PUT", shape.put);
      push("READ", shape.read);
      push("UPDATE", shape.update);
      push("DELETE", shape.delete);
      shape.operations.forEach((id) => push("OPERATION", id));
      shape.collectionOperations.forEach((id) => push("COLLECTION_OPERATION", id));
      break;
    case "operation":
      push("INPUT", shape.input ?? UNIT);
      push("OUTPUT", shape.output ?? UNIT);
      shape.errors.forEach((id) => push("ERROR", id));
      break;
    case "map":
      push("MAP_KEY", shape.members.get("key")?.id);
      push("MAP_VALUE", shape.members.get("value")?.id);
      break;
    default: {
      const kind = MEMBER_KINDS[shape.type];
      if (kind) for (const member of shape.members.values()) push(kind, member.id);
    }
  }
  return out;
}

/** Smithy's order of relationship kinds, used when messages list relationships by kind. */
export const RELATIONSHIP_ORDER: readonly DeclaredKind[] = [
  "RESOURCE", "OPERATION", "COLLECTION_OPERATION", "PUT", "CREATE", "READ", "UPDATE", "DELETE", "LIST", "IDENTIFIER",
  "PROPERTY", "MEMBER_CONTAINER", "MEMBER_TARGET", "INPUT", "OUTPUT", "ERROR", "ENUM_MEMBER", "INT_ENUM_MEMBER",
  "LIST_MEMBER", "SET_MEMBER", "MAP_KEY", "MAP_VALUE", "STRUCTURE_MEMBER", "UNION_MEMBER", "MIXIN",
];

/** "{member target: [a, b], output: [c]}": relationships grouped by kind, in Smithy's order. */
export function formatRelationshipGroups(groups: ReadonlyMap<DeclaredKind, ReadonlySet<string>>): string {
  const parts = [...groups.keys()]
    .sort((a, b) => RELATIONSHIP_ORDER.indexOf(a) - RELATIONSHIP_ORDER.indexOf(b))
    .map((kind) => `${kind.toLowerCase().replace(/_/g, " ")}: [${[...groups.get(kind)!].sort().join(", ")}]`);
  return `{${parts.join(", ")}}`;
}
