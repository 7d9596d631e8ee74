// IDL 1.0 nullability, expressed the 2.0 way. In 1.0 a structure member targeting a number or
// boolean shape was non-null with a zero value unless the member or its target was @box; in
// 2.0 that is spelled with @default. So, for structures defined in 1.0 files:
//   - a member targeting an unboxed number/boolean (or a streaming blob, when not @required)
//     gets @default(<zero value>);
//   - a member marked @box gets @default(null), which keeps it nullable even when its target
//     has a default.
// (Root shapes get their zero @default when they are built; see shape-builder.ts.)
import { nodeEquals, type NodeValue } from "../node-value.js";
import { makeMember, makeShape, type MemberShape, type Shape } from "../shape.js";
import type { SmithyVersion } from "./load-operations.js";
import { ZERO_VALUE_TYPES_V1, zeroValueOf } from "./shape-builder.js";

const BOX = "smithy.api#box";
const DEFAULT = "smithy.api#default";
const REQUIRED = "smithy.api#required";
const STREAMING = "smithy.api#streaming";

/** Whether a default value is the zero value 1.0 gave the type (so the shape was not boxed). */
function isZeroValueDefault(value: NodeValue | undefined, type: string): boolean {
  if (value === undefined) return false;
  if (type === "boolean") return value === false;
  if (ZERO_VALUE_TYPES_V1.has(type)) return value === 0;
  return false;
}

/** A target counts as boxed when marked @box, or, for 2.0 shapes, when it has no zero default. */
function isBoxedTarget(target: Shape, version: SmithyVersion): boolean {
  if (target.traits.has(BOX)) return true;
  return version === "2.0" && ZERO_VALUE_TYPES_V1.has(target.type) && !isZeroValueDefault(target.traits.get(DEFAULT), target.type);
}

function upgradeMember(member: MemberShape, target: Shape, targetVersion: SmithyVersion): MemberShape | undefined {
  const streamingBlob = target.type === "blob" && target.traits.has(STREAMING) && !member.traits.has(REQUIRED);
  const hadZeroValue = ZERO_VALUE_TYPES_V1.has(target.type) || streamingBlob;
  let added: NodeValue | undefined;
  if (hadZeroValue && !member.traits.has(DEFAULT) && !member.traits.has(BOX) && !isBoxedTarget(target, targetVersion)) {
    added = zeroValueOf(target.type);
  } else if (member.traits.has(BOX)) {
    added = null;
  } else {
    return undefined;
  }
  const existing = member.introducedTraits.get(DEFAULT);
  if (existing !== undefined && nodeEquals(existing, added)) return undefined;
  const introduced = new Map(member.introducedTraits);
  introduced.set(DEFAULT, added);
  const traits = new Map(member.traits);
  traits.set(DEFAULT, added);
  return makeMember({
    container: member.container,
    memberName: member.memberName,
    target: member.target,
    source: member.source,
    traits,
    introducedTraits: introduced,
    mixins: member.mixins,
  });
}

/**
 * Returns the structure with its members upgraded, or the same object when nothing changes.
 * `lookup` finds member targets; `versionOf` tells which IDL version defined a shape.
 */
export function upgradeV1Structure(
  shape: Shape,
  lookup: (id: string) => Shape | undefined,
  versionOf: (id: string) => SmithyVersion,
): Shape {
  let members: Map<string, MemberShape> | undefined;
  for (const member of shape.members.values()) {
    const target = lookup(member.target);
    if (!target) continue;
    const upgraded = upgradeMember(member, target, versionOf(target.id));
    if (upgraded) {
      members ??= new Map(shape.members);
      members.set(member.memberName, upgraded);
    }
  }
  return members ? makeShape({ ...shape, members }) : shape;
}
