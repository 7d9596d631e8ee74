// The semantic facts of a namespace's shapes, as the bundled-namespace comparison sees them:
// ids, types, mixins, members (in order) with their targets, and traits. Documentation-only
// traits and source locations are left out: our definitions word their docs differently.
import type { Model } from "../../../src/model/model.js";
import { nodeEquals, type NodeValue } from "../../../src/model/node-value.js";
import { namespaceOf } from "../../../src/model/shape-id.js";
import type { Traits } from "../../../src/model/shape.js";

const IGNORED_TRAITS: ReadonlySet<string> = new Set(["smithy.api#documentation", "smithy.api#externalDocumentation"]);

export interface MemberFacts {
  readonly name: string;
  readonly target: string;
  readonly traits: ReadonlyMap<string, NodeValue>;
}

export interface ShapeFacts {
  readonly type: string;
  readonly mixins: readonly string[];
  readonly traits: ReadonlyMap<string, NodeValue>;
  readonly members: readonly MemberFacts[];
}

function relevantTraits(traits: Traits): ReadonlyMap<string, NodeValue> {
  return new Map([...traits].filter(([id]) => !IGNORED_TRAITS.has(id)));
}

/** Facts of every top-level shape of `namespace` in `model`, keyed by shape id. */
export function namespaceFacts(model: Model, namespace: string): Map<string, ShapeFacts> {
  const out = new Map<string, ShapeFacts>();
  for (const shape of model.shapes()) {
    if (namespaceOf(shape.id) !== namespace) continue;
    out.set(shape.id, {
      type: shape.type,
      mixins: shape.mixins,
      traits: relevantTraits(shape.traits),
      members: [...shape.members.values()].map((m) => ({
        name: m.memberName,
        target: m.target,
        traits: relevantTraits(m.traits),
      })),
    });
  }
  return out;
}

function show(v: NodeValue | undefined): string {
  return v === undefined ? "(absent)" : JSON.stringify(v);
}

function diffTraits(where: string, ours: ReadonlyMap<string, NodeValue>, official: ReadonlyMap<string, NodeValue>): string[] {
  const diffs: string[] = [];
  for (const id of new Set([...ours.keys(), ...official.keys()])) {
    const a = ours.get(id);
    const b = official.get(id);
    if (a === undefined || b === undefined || !nodeEquals(a, b)) {
      diffs.push(`${where}: trait ${id}: ours ${show(a)}, official ${show(b)}`);
    }
  }
  return diffs;
}

/** Human-readable differences between our facts and the official ones; empty when equal. */
export function diffFacts(ours: ReadonlyMap<string, ShapeFacts>, official: ReadonlyMap<string, ShapeFacts>): string[] {
  const diffs: string[] = [];
  for (const id of official.keys()) if (!ours.has(id)) diffs.push(`${id}: missing from ours`);
  for (const id of ours.keys()) if (!official.has(id)) diffs.push(`${id}: not in the official definition`);
  for (const [id, a] of ours) {
    const b = official.get(id);
    if (!b) continue;
    if (a.type !== b.type) diffs.push(`${id}: type ${a.type}, official ${b.type}`);
    if (a.mixins.join(",") !== b.mixins.join(",")) {
      diffs.push(`${id}: mixins [${a.mixins.join(", ")}], official [${b.mixins.join(", ")}]`);
    }
    diffs.push(...diffTraits(id, a.traits, b.traits));
    const names = (s: ShapeFacts) => s.members.map((m) => m.name).join(", ");
    if (names(a) !== names(b)) diffs.push(`${id}: members [${names(a)}], official [${names(b)}]`);
    for (const ma of a.members) {
      const mb = b.members.find((m) => m.name === ma.name);
      if (!mb) continue;
      const where = `${id}$${ma.name}`;
      if (ma.target !== mb.target) diffs.push(`${where}: target ${ma.target}, official ${mb.target}`);
      diffs.push(...diffTraits(where, ma.traits, mb.traits));
    }
  }
  return diffs;
}
